// `npm run test:node24 [-- vitest args]`: the Vitest suite run by Node 24 (Electron 45's Node).
// Where no Node 24 can be had (registry unreachable, nothing cached) it prints why and exits 0.
import { spawn } from 'node:child_process';
import { findNode24 } from './node24.mjs';

const node = await findNode24();
if (!node.binary) {
  console.log(`Unit tests on Node 24 SKIPPED: ${node.reason}`);
  process.exit(0);
}
console.log(`Unit tests on Node ${node.version} (${node.binary})`);
const child = spawn(
  node.binary,
  ['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
child.on('close', (code) => process.exit(code ?? 1));
