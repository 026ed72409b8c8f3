import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  formatRecoveryKey,
  parseRecoveryKey,
  RECOVERY_KEY_CHARS,
} from '../../../core/vault/recovery-key';

const key = fc.uint8Array({ minLength: 16, maxLength: 16 });

describe('recovery key', () => {
  test('is seven groups of four Base32 characters', () => {
    const text = formatRecoveryKey(new Uint8Array(16).fill(0xab));
    expect(text).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){6}$/);
    expect(text.replace(/-/g, '')).toHaveLength(RECOVERY_KEY_CHARS);
  });

  test('round-trips any 16 bytes, tolerant of case, spaces and dashes', () => {
    fc.assert(
      fc.property(key, fc.constantFrom('upper', 'lower', 'spaces', 'bare'), (bytes, style) => {
        const text = formatRecoveryKey(bytes);
        const typed =
          style === 'lower'
            ? text.toLowerCase()
            : style === 'spaces'
              ? ` ${text.replace(/-/g, '  ')} `
              : style === 'bare'
                ? text.replace(/-/g, '')
                : text;
        const parsed = parseRecoveryKey(typed);
        expect(parsed.ok && Buffer.from(parsed.bytes).equals(Buffer.from(bytes))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('reads 0, 1 and 8 as O, I and B', () => {
    const bytes = new Uint8Array(16).map((_, i) => i * 37);
    const text = formatRecoveryKey(bytes);
    const confusable = text.replace(/O/g, '0').replace(/I/g, '1').replace(/B/g, '8');
    const parsed = parseRecoveryKey(confusable);
    expect(parsed.ok).toBe(true);
  });

  test('catches any single mistyped character and any swap of neighbours', () => {
    fc.assert(
      fc.property(
        key,
        fc.nat({ max: RECOVERY_KEY_CHARS - 1 }),
        fc.nat({ max: 30 }),
        (bytes, at, shift) => {
          const chars = formatRecoveryKey(bytes).replace(/-/g, '').split('');
          const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
          const original = alphabet.indexOf(chars[at] as string);
          chars[at] = alphabet[(original + 1 + shift) % 32] as string;
          expect(parseRecoveryKey(chars.join('')).ok).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
    const chars = formatRecoveryKey(new Uint8Array(16).map((_, i) => i * 11 + 3))
      .replace(/-/g, '')
      .split('');
    for (let i = 0; i + 1 < chars.length; i += 1) {
      if (chars[i] === chars[i + 1]) continue;
      const swapped = [...chars];
      [swapped[i], swapped[i + 1]] = [swapped[i + 1] as string, swapped[i] as string];
      expect(parseRecoveryKey(swapped.join('')).ok).toBe(false);
    }
  });

  test('says what is wrong with the length or alphabet', () => {
    const short = parseRecoveryKey('ABCD-EFGH');
    expect(short.ok === false && short.reason).toMatch(/28/);
    const odd = parseRecoveryKey('ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ9!');
    expect(odd.ok).toBe(false);
  });
});
