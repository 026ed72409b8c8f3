/**
 * The Content-Security-Policy of the renderer, shared by the Electron `app://` protocol handler
 * and the end-to-end static server so both serve the renderer under the same rules, plus a small
 * checker that tells whether a policy is at least as strict as the baseline the app promises.
 *
 * Why each source beyond 'self' is there:
 * - `img-src data: blob:` — charts and previews drawn in the renderer may be handed to <img> as
 *   data: or blob: URLs (e.g. a rendered PDF page); neither can run script.
 * - `worker-src blob:` — pdf.js (for previewing stored PDFs) may start its worker from a blob:
 *   URL; workers still obey `script-src 'self'` for anything they import.
 * Everything else is 'self' or 'none': no network, no inline or eval'd script, no plugins, no
 * frames, no form posts, no <base> rewriting.
 */

/** The directives of the renderer's policy, in the order they are written. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'media-src': ["'none'"],
  'manifest-src': ["'none'"],
  'frame-src': ["'none'"],
  'child-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'none'"],
});

/** The Content-Security-Policy header value the renderer is served with. */
export const CONTENT_SECURITY_POLICY: string = Object.entries(CSP_DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

/** The baseline the app promises (issue: Foundation, point 3): the policy must be no weaker. */
export const CSP_BASELINE: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'none'"],
});

/** Parses a policy into directive name → list of sources (names lower-cased; first one wins). */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const tokens = part.trim().split(/\s+/).filter(Boolean);
    const name = tokens.shift()?.toLowerCase();
    if (name && !directives.has(name)) directives.set(name, tokens);
  }
  return directives;
}

const SCRIPT_FALLBACK = ['script-src', 'default-src'];
const UNSAFE_SCRIPT_SOURCES = [
  "'unsafe-eval'",
  "'unsafe-inline'",
  "'wasm-unsafe-eval'",
  "'unsafe-hashes'",
  'data:',
  'blob:',
  '*',
];

/** The sources a directive effectively allows, following CSP's fallback to default-src. */
function effective(
  directives: Map<string, string[]>,
  chain: readonly string[],
): string[] | undefined {
  for (const name of chain) {
    const sources = directives.get(name);
    if (sources) return sources;
  }
  return undefined;
}

/**
 * Lists every way a policy is weaker than the baseline (empty when it is at least as strict):
 * each baseline directive must be present and allow nothing beyond the baseline's sources, and
 * scripts must never be allowed from inline code, eval, data:, blob: or a wildcard.
 */
export function cspWeaknesses(policy: string): string[] {
  const directives = parseCsp(policy);
  const problems: string[] = [];
  for (const [name, allowed] of Object.entries(CSP_BASELINE)) {
    const sources = directives.get(name);
    if (!sources) {
      problems.push(`${name} is missing`);
      continue;
    }
    const extra = sources.filter((source) => !allowed.includes(source.toLowerCase()));
    if (extra.length > 0) problems.push(`${name} also allows ${extra.join(' ')}`);
  }
  const scripts = [
    effective(directives, SCRIPT_FALLBACK),
    directives.get('script-src-elem'),
    directives.get('script-src-attr'),
  ];
  for (const sources of scripts) {
    for (const source of sources ?? []) {
      if (UNSAFE_SCRIPT_SOURCES.includes(source.toLowerCase()))
        problems.push(`scripts allowed from ${source}`);
    }
  }
  return [...new Set(problems)];
}
