// Linux only: will Electron's sandbox start for this user? Ubuntu 23.10+ (AppArmor's
// kernel.apparmor_restrict_unprivileged_userns = 1) and some Debian set-ups
// (kernel.unprivileged_userns_clone = 0) refuse unprivileged user namespaces; Chromium then needs
// the setuid helper chrome-sandbox (owned by root, mode 4755) or an AppArmor profile that allows
// `userns` for the Electron binary, and without either it aborts at launch (electron/electron#42510).
// Every check here only reads; the file system is injected so the decision is a pure function.
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

const SYSCTLS = {
  apparmorRestrict: '/proc/sys/kernel/apparmor_restrict_unprivileged_userns',
  usernsClone: '/proc/sys/kernel/unprivileged_userns_clone',
  maxUserNamespaces: '/proc/sys/user/max_user_namespaces',
};
const APPARMOR_DIR = '/etc/apparmor.d';

/**
 * @typedef {object} SandboxFs
 * @property {(path: string) => string | undefined} readText the start of a text file, undefined if unreadable
 * @property {(path: string) => { uid: number, mode: number } | undefined} stat undefined if missing
 * @property {(path: string) => string[]} list file names in a folder, [] if unreadable
 */

/**
 * Why the sandbox cannot start, or undefined when it can (or the question does not arise: not
 * Linux, or root, which start.mjs handles with an explicit --no-sandbox).
 * @param {{ platform: string, uid: number | undefined, binary: string, fs: SandboxFs }} input
 * @returns {{ reason: 'apparmor' | 'userns-disabled', helper: string } | undefined}
 */
export function sandboxProblem({ platform, uid, binary, fs }) {
  if (platform !== 'linux' || uid === 0) return undefined;
  const value = (path) => fs.readText(path)?.trim();
  const apparmor = value(SYSCTLS.apparmorRestrict) === '1';
  const disabled = value(SYSCTLS.usernsClone) === '0' || value(SYSCTLS.maxUserNamespaces) === '0';
  if (!apparmor && !disabled) return undefined;
  const helper = join(dirname(binary), 'chrome-sandbox');
  const helperStat = fs.stat(helper);
  // The setuid helper works without user namespaces at all.
  if (helperStat && helperStat.uid === 0 && (helperStat.mode & 0o4000) !== 0) return undefined;
  // Under AppArmor alone, a profile naming this binary (and allowing userns) lifts the restriction.
  if (apparmor && !disabled && hasProfileFor(binary, fs)) return undefined;
  return { reason: apparmor && !disabled ? 'apparmor' : 'userns-disabled', helper };
}

/** Tells whether a profile in /etc/apparmor.d names the binary and allows user namespaces. */
function hasProfileFor(binary, fs) {
  return fs.list(APPARMOR_DIR).some((name) => {
    const text = fs.readText(join(APPARMOR_DIR, name));
    return text !== undefined && text.includes(binary) && /^\s*userns\s*,/m.test(text);
  });
}

/**
 * The one sentence printed instead of launching into Chromium's abort.
 * @param {{ reason: 'apparmor' | 'userns-disabled', helper: string }} problem
 * @returns {string}
 */
export function sandboxMessage({ reason, helper }) {
  const cause =
    reason === 'apparmor'
      ? "this system (Ubuntu 23.10 or later) lets AppArmor refuse the unprivileged user namespaces Electron's sandbox needs"
      : "this system has unprivileged user namespaces turned off, which Electron's sandbox needs";
  const quoted = `'${helper.replace(/'/g, "'\\''")}'`;
  const alternative =
    reason === 'apparmor'
      ? ', or add an AppArmor profile that allows `userns` for the Electron binary next to it (see Troubleshooting in README.md)'
      : '';
  return (
    `Closing Session did not start because ${cause} and the development copy of Electron's sandbox helper is not set up: ` +
    `run \`sudo chown root:root ${quoted} && sudo chmod 4755 ${quoted}\` once${alternative}, then \`npm start\` again.`
  );
}

/** The real, read-only file system for sandboxProblem. */
export const nodeSandboxFs = {
  readText(path) {
    let fd;
    try {
      fd = openSync(path, 'r');
      const buffer = Buffer.alloc(64 * 1024);
      return buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  },
  stat(path) {
    try {
      const { uid, mode } = statSync(path);
      return { uid, mode };
    } catch {
      return undefined;
    }
  },
  list(path) {
    try {
      return readdirSync(path, { withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name);
    } catch {
      return [];
    }
  },
};
