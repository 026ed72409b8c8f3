import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CSP_BASELINE,
  cspWeaknesses,
  parseCsp,
} from '../../core/security/csp';
import { RENDERER_RESPONSE_HEADERS } from '../../core/security/response-headers';

describe('the renderer CSP', () => {
  it('is no weaker than the promised baseline', () => {
    expect(cspWeaknesses(CONTENT_SECURITY_POLICY)).toEqual([]);
    const directives = parseCsp(CONTENT_SECURITY_POLICY);
    for (const [name, sources] of Object.entries(CSP_BASELINE))
      expect(directives.get(name)).toEqual(sources);
  });

  it('never allows inline or eval-ed script, and loads nothing from the network', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(
      /unsafe-eval|unsafe-inline|unsafe-hashes|https?:|\*/,
    );
    const directives = parseCsp(CONTENT_SECURITY_POLICY);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives.get('worker-src')).toEqual(["'self'", 'blob:']);
  });

  it('is sent with every renderer response, with nosniff', () => {
    expect(RENDERER_RESPONSE_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(RENDERER_RESPONSE_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });

  it('reports every way a policy can be weaker (the checker can fail)', () => {
    const weaken = (from: string, to: string) =>
      cspWeaknesses(CONTENT_SECURITY_POLICY.replace(from, to));
    expect(weaken("script-src 'self'", "script-src 'self' 'unsafe-eval'")).toContain(
      "scripts allowed from 'unsafe-eval'",
    );
    expect(weaken("script-src 'self'", "script-src 'self' 'unsafe-inline'")).toContain(
      "scripts allowed from 'unsafe-inline'",
    );
    expect(weaken("object-src 'none'", "object-src 'self'")).toContain(
      "object-src also allows 'self'",
    );
    expect(weaken("frame-ancestors 'none'; ", '')).toContain('frame-ancestors is missing');
    expect(weaken("default-src 'self'", 'default-src *')).toContain('default-src also allows *');
    expect(
      cspWeaknesses(
        "default-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
      ),
    ).toEqual(
      expect.arrayContaining(['script-src is missing', "scripts allowed from 'unsafe-inline'"]),
    );
    expect(cspWeaknesses(`${CONTENT_SECURITY_POLICY}; script-src-elem 'self' data:`)).toContain(
      'scripts allowed from data:',
    );
  });

  it('parses directives case-insensitively, first occurrence winning', () => {
    const parsed = parseCsp("Default-Src 'self';  ; default-src *; img-src 'self'  data:");
    expect(parsed.get('default-src')).toEqual(["'self'"]);
    expect(parsed.get('img-src')).toEqual(["'self'", 'data:']);
  });
});
