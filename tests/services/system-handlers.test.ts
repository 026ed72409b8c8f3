import { describe, expect, it } from 'vitest';
import type { LockSources } from '../../core/lock-sources';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { defaultLockSources } from '../../electron/services/system-handlers';
import { tempDataDir } from './vault/helpers';

describe('system.lockSources', () => {
  it('answers while locked with what main reports, or the platform default', async () => {
    const dataDir = await tempDataDir();
    const plain = createHandlers({ dataDir });
    expect(await dispatch(plain, 'system.lockSources', {})).toEqual({
      ok: true,
      value: defaultLockSources(process.platform),
    });
    const reported: LockSources = {
      platform: 'linux',
      idle: 'unknown',
      screenLockSignal: { state: 'listening', sources: ['org.gnome.ScreenSaver'] },
    };
    const fromMain = createHandlers({ dataDir, lockSources: () => reported });
    expect(await dispatch(fromMain, 'system.lockSources', {})).toEqual({
      ok: true,
      value: reported,
    });
  });

  it('names the platform and, on Linux only, a screen-lock signal still being looked for', () => {
    expect(defaultLockSources('linux')).toEqual({
      platform: 'linux',
      idle: 'measured',
      screenLockSignal: { state: 'starting' },
    });
    expect(defaultLockSources('darwin')).toEqual({ platform: 'darwin', idle: 'measured' });
    expect(defaultLockSources('freebsd')).toEqual({ platform: 'other', idle: 'measured' });
  });
});
