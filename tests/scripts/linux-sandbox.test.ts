// Ubuntu 23.10+/24.04: will Electron's sandbox start for this user, and if not, what one sentence
// says the fix? Decided from injected, read-only file-system answers.
import { describe, expect, it } from 'vitest';
import {
  nodeSandboxFs,
  sandboxMessage,
  sandboxProblem,
  type SandboxFs,
} from '../../scripts/linux-sandbox.mjs';

const BINARY = '/home/zoë/Clínica notes/closing-session/node_modules/electron/dist/electron';
const HELPER = '/home/zoë/Clínica notes/closing-session/node_modules/electron/dist/chrome-sandbox';
const RESTRICT = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns';
const CLONE = '/proc/sys/kernel/unprivileged_userns_clone';

/** A fake file system: text files, stats and folder listings by path. */
function fakeFs(
  files: Record<string, string>,
  stats: Record<string, { uid: number; mode: number }> = {},
): SandboxFs {
  return {
    readText: (path) => files[path],
    stat: (path) => stats[path],
    list: (dir) =>
      Object.keys(files)
        .filter((path) => path.startsWith(`${dir}/`))
        .map((path) => path.slice(dir.length + 1)),
  };
}

const ubuntu2404 = { [RESTRICT]: '1\n' };
const plainHelper = { [HELPER]: { uid: 1000, mode: 0o100755 } };
const setuidHelper = { [HELPER]: { uid: 0, mode: 0o104755 } };
const check = (fs: SandboxFs, overrides: { platform?: string; uid?: number } = {}) =>
  sandboxProblem({ platform: 'linux', uid: 1000, binary: BINARY, fs, ...overrides });

describe('sandboxProblem', () => {
  it('finds Ubuntu 24.04 with an ordinary chrome-sandbox a problem', () => {
    expect(check(fakeFs(ubuntu2404, plainHelper))).toEqual({ reason: 'apparmor', helper: HELPER });
  });

  it('finds a missing helper, or one that is root-owned but not setuid, a problem too', () => {
    expect(check(fakeFs(ubuntu2404))).toEqual({ reason: 'apparmor', helper: HELPER });
    expect(check(fakeFs(ubuntu2404, { [HELPER]: { uid: 0, mode: 0o100755 } }))).toEqual({
      reason: 'apparmor',
      helper: HELPER,
    });
    expect(check(fakeFs(ubuntu2404, { [HELPER]: { uid: 1000, mode: 0o104755 } }))).toEqual({
      reason: 'apparmor',
      helper: HELPER,
    });
  });

  it('is content with a setuid-root helper', () => {
    expect(check(fakeFs(ubuntu2404, setuidHelper))).toBeUndefined();
    expect(check(fakeFs({ [CLONE]: '0' }, setuidHelper))).toBeUndefined();
  });

  it('is content with an AppArmor profile that allows userns for this binary, and only that', () => {
    const profile = `abi <abi/4.0>,\ninclude <tunables/global>\nprofile electron-dev "${BINARY}" flags=(unconfined) {\n  userns,\n}\n`;
    expect(
      check(fakeFs({ ...ubuntu2404, '/etc/apparmor.d/electron-dev': profile }, plainHelper)),
    ).toBeUndefined();
    const other = profile.replace(BINARY, '/opt/Other/other');
    expect(check(fakeFs({ ...ubuntu2404, '/etc/apparmor.d/other': other }, plainHelper))).toEqual({
      reason: 'apparmor',
      helper: HELPER,
    });
    const noUserns = profile.replace('  userns,\n', '');
    expect(
      check(fakeFs({ ...ubuntu2404, '/etc/apparmor.d/electron-dev': noUserns }, plainHelper)),
    ).toEqual({ reason: 'apparmor', helper: HELPER });
  });

  it('finds Debian with user namespaces switched off a problem that no profile lifts', () => {
    expect(check(fakeFs({ [CLONE]: '0\n' }, plainHelper))).toEqual({
      reason: 'userns-disabled',
      helper: HELPER,
    });
    expect(check(fakeFs({ '/proc/sys/user/max_user_namespaces': '0' }, plainHelper))).toEqual({
      reason: 'userns-disabled',
      helper: HELPER,
    });
  });

  it('says nothing where namespaces are allowed, for root, or off Linux', () => {
    expect(check(fakeFs({ [RESTRICT]: '0', [CLONE]: '1' }, plainHelper))).toBeUndefined();
    expect(check(fakeFs({}, plainHelper))).toBeUndefined();
    expect(check(fakeFs(ubuntu2404, plainHelper), { uid: 0 })).toBeUndefined();
    expect(check(fakeFs(ubuntu2404, plainHelper), { platform: 'darwin' })).toBeUndefined();
  });
});

describe('sandboxMessage', () => {
  it('is one sentence naming the cause and the exact commands, with the path quoted for the shell', () => {
    const message = sandboxMessage({ reason: 'apparmor', helper: HELPER });
    expect(message.match(/\.(\s|$)/g)).toHaveLength(1);
    expect(message).toContain('AppArmor');
    expect(message).toContain(`sudo chown root:root '${HELPER}' && sudo chmod 4755 '${HELPER}'`);
    expect(message).not.toContain('--no-sandbox');
    const disabled = sandboxMessage({
      reason: 'userns-disabled',
      helper: "/tmp/it's/chrome-sandbox",
    });
    expect(disabled).toContain("'/tmp/it'\\''s/chrome-sandbox'");
    expect(disabled).toMatch(/user namespaces turned off/);
  });
});

describe('nodeSandboxFs', () => {
  it('reads this machine without throwing, whatever it has', () => {
    expect(nodeSandboxFs.readText('/nonexistent/file')).toBeUndefined();
    expect(nodeSandboxFs.stat('/nonexistent/file')).toBeUndefined();
    expect(nodeSandboxFs.list('/nonexistent/dir')).toEqual([]);
    expect(nodeSandboxFs.stat(process.execPath)?.mode).toBeGreaterThan(0);
  });
});
