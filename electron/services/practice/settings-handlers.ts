/** The settings methods: no vault needed, so the gate can read the theme and auto-lock before unlock. */
import type { Handlers } from '../../../core/contract';
import type { HandlerContext } from '../handler-context';

type SettingsMethods = Pick<
  Handlers,
  'settings.get' | 'settings.update' | 'settings.dismissNotice'
>;

/** Creates `settings.get`, `settings.update` and `settings.dismissNotice` over the context's settings store. */
export function createSettingsHandlers({ settings, deps }: HandlerContext): SettingsMethods {
  const systemLocale = deps.locale ?? 'en-GB';
  return {
    'settings.get': async () => {
      const store = settings();
      return { settings: store.get(), notice: store.notice(), systemLocale };
    },
    'settings.update': async (patch) => settings().update(patch),
    'settings.dismissNotice': async () => {
      const store = settings();
      store.dismissNotice();
      return { settings: store.get(), notice: store.notice(), systemLocale };
    },
  };
}
