import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The e2e bridge as one browser script (IIFE), built once per worker from bridge-entry.ts. */
export function bridgeScript(): string {
  if (cached) return cached;
  const result = buildSync({
    entryPoints: [fileURLToPath(new URL('./bridge-entry.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  cached = result.outputFiles[0]!.text;
  return cached;
}
