import { useCallback, useState } from 'react';
import type { Settings, SettingsUpdate, SettingsView } from '../../../../core/settings';
import type { SaveOutcome } from '../../lib/save-outcome';
import { useApiLoad } from '../../lib/use-api-call';

/** Loads the settings once and saves partial changes, keeping the loaded copy current. */
export function useSettings() {
  const [state, reload] = useApiLoad<SettingsView>(() => window.api.settings.get({}));
  const [latest, setLatest] = useState<Settings | undefined>(undefined);
  const settings = latest ?? (state.status === 'ready' ? state.value.settings : undefined);

  const save = useCallback(async (patch: SettingsUpdate): Promise<SaveOutcome> => {
    const result = await window.api.settings.update(patch);
    if (!result.ok) return { ok: false, error: result.error };
    setLatest(result.value);
    return { ok: true, settings: result.value };
  }, []);

  return { state, settings, save, reload };
}
