// How much slower this machine is right now than the quiet 2-core machine the test timeouts were
// set on, so that timeouts scale with the machine instead of being fixed minutes. `npm test`
// measures it once and hands it to every suite in CS_MACHINE_FACTOR.
import { createHash } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';

/** The work unit's wall time on the quiet reference machine (2 cores, no other load), in ms. */
export const REFERENCE_MS = 45;
/** Timeouts never shrink below their set values, and never grow past this many times. */
export const MAX_FACTOR = 10;

const BLOCK = Buffer.alloc(1 << 20, 7);

/** Runs one fixed unit of CPU work (hashing and integer arithmetic); returns its wall time in ms. */
export function timeWorkUnit() {
  const started = performance.now();
  let x = 0;
  for (let i = 0; i < 40; i += 1) x ^= createHash('sha256').update(BLOCK).digest()[0];
  for (let i = 0; i < 3e6; i += 1) x = (x * 31 + i) | 0;
  if (x === 0.5) throw new Error('unreachable');
  return performance.now() - started;
}

/**
 * The factor from measurements: the median work-unit time against the reference, or the load
 * per core when that is higher (load that starts after the measurement), within 1…MAX_FACTOR.
 * @param {number[]} times work-unit wall times (ms)
 * @param {number} load1 the one-minute load average
 * @param {number} cores
 */
export function factorFrom(times, load1, cores) {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? REFERENCE_MS;
  const raw = Math.max(median / REFERENCE_MS, load1 / Math.max(1, cores));
  return Math.round(Math.min(MAX_FACTOR, Math.max(1, raw)) * 10) / 10;
}

/**
 * The machine factor: CS_MACHINE_FACTOR when set (a number ≥ 1), else measured now (about half a
 * second: seven work units and the load average).
 * @param {NodeJS.ProcessEnv} [env]
 */
export function machineFactor(env = process.env) {
  const given = Number(env.CS_MACHINE_FACTOR);
  if (Number.isFinite(given) && given >= 1) return Math.min(MAX_FACTOR, given);
  const times = Array.from({ length: 7 }, timeWorkUnit);
  return factorFrom(times, loadavg()[0] ?? 0, availableParallelism());
}

/**
 * A timeout scaled by the machine factor in CS_MACHINE_FACTOR (1 when unset or invalid).
 * @param {number} ms the timeout on the quiet reference machine
 * @param {NodeJS.ProcessEnv} [env]
 */
export function scaledTimeout(ms, env = process.env) {
  const factor = Number(env.CS_MACHINE_FACTOR);
  return Math.round(
    ms * (Number.isFinite(factor) && factor >= 1 ? Math.min(MAX_FACTOR, factor) : 1),
  );
}
