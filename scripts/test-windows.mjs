// `npm run test:windows`: the Windows journey (see windows-journey.mjs). Prints one line and
// exits 0 when it passed or was skipped (no Wine here), 1 when it failed.
import { runWindowsJourney } from './windows-journey.mjs';

const outcome = await runWindowsJourney((line) => console.log(line));
const label = { passed: 'PASSED', failed: 'FAILED', skipped: 'SKIPPED' }[outcome.status];
console.log(`Windows journey ${label}: ${outcome.message}`);
process.exit(outcome.status === 'failed' ? 1 : 0);
