import { describe, expect, it } from 'vitest';
import {
  factorFrom,
  MAX_FACTOR,
  machineFactor,
  REFERENCE_MS,
  scaledTimeout,
} from '../../scripts/machine-factor.mjs';

describe('machine factor: timeouts scale with how slow the machine is right now', () => {
  it('is 1 on a quiet machine as fast as the reference, and never below 1', () => {
    expect(factorFrom([REFERENCE_MS, REFERENCE_MS * 0.5, REFERENCE_MS * 0.9], 0.2, 2)).toBe(1);
  });

  it('follows the median work time, so one outlier does not count', () => {
    expect(factorFrom([REFERENCE_MS * 3, REFERENCE_MS * 3, REFERENCE_MS * 40], 0, 2)).toBe(3);
  });

  it('follows the load per core when that is higher (load that starts after the measurement)', () => {
    expect(factorFrom([REFERENCE_MS], 8, 2)).toBe(4);
  });

  it('is capped, so a hung test still ends', () => {
    expect(factorFrom([REFERENCE_MS * 1000], 500, 2)).toBe(MAX_FACTOR);
  });

  it('scales a timeout by CS_MACHINE_FACTOR, ignoring a missing or invalid value', () => {
    expect(scaledTimeout(90_000, { CS_MACHINE_FACTOR: '2.5' })).toBe(225_000);
    expect(scaledTimeout(90_000, {})).toBe(90_000);
    expect(scaledTimeout(90_000, { CS_MACHINE_FACTOR: 'fast' })).toBe(90_000);
    expect(scaledTimeout(90_000, { CS_MACHINE_FACTOR: '0.1' })).toBe(90_000);
    expect(scaledTimeout(1_000, { CS_MACHINE_FACTOR: '99' })).toBe(1_000 * MAX_FACTOR);
  });

  it('takes a given factor as is, and measures one (≥ 1) otherwise', () => {
    expect(machineFactor({ CS_MACHINE_FACTOR: '3' })).toBe(3);
    const measured = machineFactor({});
    expect(measured).toBeGreaterThanOrEqual(1);
    expect(measured).toBeLessThanOrEqual(MAX_FACTOR);
  });
});
