import { useEffect, useState } from 'react';
import type { SelectOption } from '../../components/select-field';
import { t } from '../../i18n/t';

/**
 * The choices for a client's crisis-line country: first "same as your practice" (the empty
 * value, which the service turns into the practice's region), then every country by name.
 */
export function useRegionOptions(): SelectOption[] {
  const [options, setOptions] = useState<SelectOption[]>([
    { value: '', label: t('newClient.region.practiceUnset') },
  ]);
  useEffect(() => {
    let current = true;
    void Promise.all([window.api.settings.get({}), window.api.crisisLines.regions({})]).then(
      ([settings, regions]) => {
        if (!current) return;
        const all = regions.ok ? regions.value.all : [];
        const practice = settings.ok ? settings.value.settings.crisisRegion : '';
        const practiceName = all.find((r) => r.code === practice)?.name ?? practice;
        setOptions([
          {
            value: '',
            label: practice
              ? t('newClient.region.practice', { name: practiceName })
              : t('newClient.region.practiceUnset'),
          },
          ...all.map((r) => ({ value: r.code, label: r.name })),
        ]);
      },
    );
    return () => {
      current = false;
    };
  }, []);
  return options;
}
