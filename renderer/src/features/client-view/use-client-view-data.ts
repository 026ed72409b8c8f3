import { useEffect, useState } from 'react';
import type { CrisisLineSnapshot } from '../../../../core/checklist';
import { snapshotCrisisLine } from '../../../../core/checklist';
import type { ClientChartPrefs } from '../../../../core/client-words';
import { crisisLinesShown } from '../../../../core/crisis-lines';

/** What the client view reads from Settings and the crisis-line list; null while loading. */
export interface ClientViewData {
  chartPrefs: ClientChartPrefs;
  /** The lines the client sees: the same `crisisLinesShown` list the handout prints. */
  crisisLines: CrisisLineSnapshot[];
}

/**
 * Loads the client view's settings and crisis lines: the lines chosen in the session plus the
 * emergency number of the client's region (the practice's when the client has none), through the
 * same `crisisLinesShown` the handout prints with, and whether client charts name their bands.
 */
export function useClientViewData(
  clientRegion: string,
  chosen: readonly CrisisLineSnapshot[],
): ClientViewData | null {
  const [loaded, setLoaded] = useState<{
    chartPrefs: ClientChartPrefs;
    regionLines: CrisisLineSnapshot[];
  } | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const settings = await window.api.settings.get({});
      const chartPrefs = {
        bandNames: settings.ok ? settings.value.settings.handout.chartBandNames : true,
      };
      const region = clientRegion || (settings.ok ? settings.value.settings.crisisRegion : '');
      const listed = region ? await window.api.crisisLines.list({ region }) : undefined;
      if (live)
        setLoaded({
          chartPrefs,
          regionLines: listed?.ok ? listed.value.map((line) => snapshotCrisisLine(line)) : [],
        });
    })().catch(() => {
      if (live) setLoaded({ chartPrefs: { bandNames: true }, regionLines: [] });
    });
    return () => {
      live = false;
    };
  }, [clientRegion]);
  return loaded === null
    ? null
    : { chartPrefs: loaded.chartPrefs, crisisLines: crisisLinesShown(chosen, loaded.regionLines) };
}
