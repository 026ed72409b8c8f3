import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { packSections, unpackSections } from '../../../electron/services/archive/binary-sections';
import { openBytes, sealBytes } from '../../../electron/services/vault/record-cipher';

const sectionArb = fc.oneof(
  fc.uint8Array({ maxLength: 40 }),
  fc.uint16Array({ maxLength: 40 }),
  fc.uint32Array({ maxLength: 40 }),
);

describe('binary sections (the stored archive index container)', () => {
  test('any JSON header and named typed arrays come back equal, of the same kind, each a copy', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), sectionArb, { maxKeys: 6 }),
        fc.nat({ max: 7 }),
        (meta, sections, shift) => {
          const packed = packSections(meta, sections);
          // Given at an odd place in a larger buffer, as a file read may hand it over.
          const host = new Uint8Array(packed.length + shift);
          host.set(packed, shift);
          const back = unpackSections(host.subarray(shift));
          expect(back.meta).toEqual(JSON.parse(JSON.stringify(meta)));
          for (const [name, array] of Object.entries(sections)) {
            const kind =
              array instanceof Uint32Array ? 'u32' : array instanceof Uint16Array ? 'u16' : 'u8';
            const read = back[kind](name);
            expect(read).toBeInstanceOf(array.constructor);
            expect(Array.from(read)).toEqual(Array.from(array));
            expect(read.buffer).not.toBe(host.buffer);
          }
        },
      ),
    );
  });

  test('a missing section or one of another kind is an error, not a wrong array', () => {
    const back = unpackSections(packSections({}, { ids: Uint32Array.of(1, 2) }));
    expect(() => back.u16('ids')).toThrow('The section ids is missing.');
    expect(() => back.u32('terms')).toThrow('The section terms is missing.');
  });

  test('cut or damaged containers throw (every prefix; a section table pointing past the end)', () => {
    const packed = packSections({ a: 1 }, { big: new Uint32Array(16).fill(7) });
    for (let cut = 0; cut < packed.length; cut += 1) {
      expect(() => {
        const back = unpackSections(packed.subarray(0, cut));
        back.u32('big');
      }).toThrow();
    }
    const lying = Buffer.from(
      JSON.stringify({
        meta: null,
        sections: [{ name: 'x', type: 'u32', offset: 0, bytes: 4096 }],
      }),
    );
    const bytes = new Uint8Array(8 + lying.length);
    new DataView(bytes.buffer).setUint32(0, lying.length, true);
    bytes.set(lying, 4);
    expect(() => unpackSections(bytes)).toThrow('The section table is damaged.');
  });
});

describe('sealed bytes', () => {
  const key = randomBytes(32);
  const address = { kind: 'archive-index', id: '0'.repeat(32) };

  test('open gives back the sealed bytes; another key, address or a flipped byte fails', () => {
    const plain = randomBytes(1000);
    const sealed = sealBytes(key, address, plain);
    expect(sealed.includes(plain.subarray(0, 32))).toBe(false);
    expect(openBytes(key, address, sealed).equals(plain)).toBe(true);
    expect(() => openBytes(randomBytes(32), address, sealed)).toThrow();
    expect(() => openBytes(key, { ...address, id: '1'.repeat(32) }, sealed)).toThrow();
    const flipped = Buffer.from(sealed);
    const at = flipped.length - 30;
    flipped[at] = (flipped[at] as number) ^ 1;
    expect(() => openBytes(key, address, flipped)).toThrow();
    expect(() => openBytes(key, address, sealed.subarray(0, 3))).toThrow();
  });
});
