// A failed start-up prints the error's kind and message (so a first launch can be diagnosed),
// with the home folder redacted in every spelling and no stack trace.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeStartupError, redactHome } from '../../electron/main/describe-startup-error';

const fsError = (code: string, syscall: string, path: string) =>
  Object.assign(new Error(`${code}: permission denied, ${syscall} '${path}'`), {
    code,
    syscall,
    errno: -13,
    path,
  });

describe('describeStartupError', () => {
  it('gives name, code, syscall and message, with the Linux home folder as ~', () => {
    const error = fsError('EACCES', 'open', '/home/zoë/.config/Closing Session/data/vault.json');
    expect(describeStartupError(error, '/home/zoë', 'linux')).toBe(
      "[main] Closing Session could not start: Error EACCES open: EACCES: permission denied, open '~/.config/Closing Session/data/vault.json'",
    );
  });

  it('redacts a Windows home in backslash, slash and file-URL spellings, ignoring case', () => {
    const home = 'C:\\Users\\Zoë Álvarez';
    const error = new Error(
      "ENOENT: no such file, open 'c:\\users\\zoë álvarez\\AppData\\Roaming\\Closing Session\\settings.json' (from C:/Users/Zoë Álvarez/x and file:///C:/Users/Zo%C3%AB%20%C3%81lvarez/y)",
    );
    const line = describeStartupError(error, home, 'win32');
    expect(line).not.toMatch(/Zo|lvarez/i);
    expect(line).toContain("'~\\AppData\\Roaming\\Closing Session\\settings.json'");
    expect(line).toContain('from ~/x and ~/y');
  });

  it('redacts only whole folder names: another user whose name starts the same stays', () => {
    expect(redactHome('/home/ann/a and /home/anna/b and /home/ann', '/home/ann', 'linux')).toBe(
      '~/a and /home/anna/b and ~',
    );
    expect(redactHome('/HOME/ANN/a', '/home/ann', 'linux')).toBe('/HOME/ANN/a');
    expect(redactHome('/Users/Ann/a', '/Users/ann', 'darwin')).toBe('~/a');
  });

  it('follows the cause chain, one line, without a stack', () => {
    const cause = fsError('ENOSPC', 'write', '/home/zoë/.config/Closing Session/data/tmp-1');
    const error = new Error('The settings could not be opened.\nSecond line', { cause });
    const line = describeStartupError(error, '/home/zoë', 'linux');
    expect(line).toBe(
      "[main] Closing Session could not start: Error: The settings could not be opened. Second line (caused by Error ENOSPC write: ENOSPC: permission denied, write '~/.config/Closing Session/data/tmp-1')",
    );
    expect(line).not.toMatch(/\n|\s+at\s/);
  });

  it('copes with a thrown string, an error without a message and a cause cycle', () => {
    expect(describeStartupError('boom', '/home/x', 'linux')).toBe(
      '[main] Closing Session could not start: non-error value: boom',
    );
    expect(
      describeStartupError(Object.assign(new TypeError(''), { code: 'ERR_X' }), '/home/x', 'linux'),
    ).toBe('[main] Closing Session could not start: TypeError ERR_X');
    const looped = new Error('loop') as Error & { cause?: unknown };
    looped.cause = looped;
    expect(describeStartupError(looped, '/home/x', 'linux')).toBe(
      '[main] Closing Session could not start: Error: loop',
    );
  });

  it('shortens a very long message', () => {
    const line = describeStartupError(new Error('x'.repeat(5000)), '/home/x', 'linux');
    expect(line.length).toBeLessThan(400);
    expect(line.endsWith('…')).toBe(true);
  });
});

describe('main.ts', () => {
  afterEach(() => {
    vi.doUnmock('../../electron/main/start-app');
    vi.resetModules();
  });

  it('prints the described start-up error and exits with status 1', async () => {
    vi.doMock('electron', async () => (await import('./fake-electron')).electronModule);
    const failure = fsError('EACCES', 'mkdir', '/nonexistent-user-data/data');
    vi.doMock('../../electron/main/start-app', () => ({ startApp: () => Promise.reject(failure) }));
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { electronModule } = await import('./fake-electron');
    const exit = vi.spyOn(electronModule.app, 'exit').mockImplementation(() => undefined);
    await import('../../electron/main/main');
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(1));
    expect(printed).toHaveBeenCalledWith(
      "[main] Closing Session could not start: Error EACCES mkdir: EACCES: permission denied, mkdir '/nonexistent-user-data/data'",
    );
    printed.mockRestore();
  });
});
