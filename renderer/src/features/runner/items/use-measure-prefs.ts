import { useEffect, useState } from 'react';
import { DEFAULT_MEASURE_PREFS, type MeasurePrefs } from '../../../../../core/measures';

/** How the clinician reads scores (the GAD-7 cut-off from Settings); the default until Settings have loaded. */
export function useMeasurePrefs(): MeasurePrefs {
  const [prefs, setPrefs] = useState<MeasurePrefs>(DEFAULT_MEASURE_PREFS);
  useEffect(() => {
    let live = true;
    void window.api.settings
      .get({})
      .then((result) => {
        if (live && result.ok) setPrefs({ gad7Cutoff: result.value.settings.gad7Cutoff });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return prefs;
}
