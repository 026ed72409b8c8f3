// Entry point of the bundled Windows journey: `node journey.cjs <work folder> <resources folder>`.
// Prints one JSON line: { ok: true, summary } or { ok: false, error, steps }; exits 0 or 1.
import { runJourney } from './journey';

async function main(): Promise<void> {
  const [workDir, resourcesDir] = process.argv.slice(2);
  if (!workDir || !resourcesDir) throw new Error('usage: journey <work folder> <resources folder>');
  const steps: string[] = [];
  try {
    const summary = await runJourney(workDir, resourcesDir, steps);
    console.log(JSON.stringify({ ok: true, summary }));
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const code = (error as { code?: unknown } | null)?.code;
    console.log(
      JSON.stringify({ ok: false, platform: process.platform, error: message, code, steps }),
    );
    process.exitCode = 1;
  }
}

void main();
