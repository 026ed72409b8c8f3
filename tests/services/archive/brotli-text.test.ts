import fc from 'fast-check';
import { expect, test } from 'vitest';
import { createArchiveIndex, type SearchDocument } from '../../../core/search';
import { BROTLI_TEXT } from '../../../electron/services/archive/brotli-text';
import { generateSyntheticArchive, syntheticSearchDocuments } from '../../../core/search/synthetic';
import { syntheticRecordOptions } from '../../../electron/services/archive/synthetic-options';

async function someDocuments(n: number): Promise<SearchDocument[]> {
  return [
    ...syntheticSearchDocuments(
      generateSyntheticArchive({ seed: 'brotli', sessions: n }),
      await syntheticRecordOptions(),
    ),
  ];
}

test('the codec gives back any bytes it was given', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
      expect(Buffer.from(BROTLI_TEXT.decode(BROTLI_TEXT.encode(bytes)))).toEqual(
        Buffer.from(bytes),
      );
    }),
  );
});

test('an index keeping text compressed finds, shows and restores the same as one keeping it plain, in less memory', async () => {
  const docs = await someDocuments(60);
  const plain = createArchiveIndex({ locale: 'en' });
  const packed = createArchiveIndex({ locale: 'en', textCodec: BROTLI_TEXT });
  for (const doc of docs) {
    plain.upsert(doc);
    packed.upsert(doc);
  }
  const restored = createArchiveIndex({ locale: 'en', textCodec: BROTLI_TEXT });
  expect(restored.restore(packed.snapshot())).toBe(true);
  for (const text of ['', 'walk', 'ngyuen', docs[7]!.clientDisplayName, 'grief']) {
    const expected = plain.search({ text });
    expect(packed.search({ text }).hits, text).toEqual(expected.hits);
    expect(restored.search({ text }).hits, text).toEqual(expected.hits);
  }
  expect(restored.get(docs[3]!.sessionId)).toEqual(plain.get(docs[3]!.sessionId));
  expect(packed.snapshot().docs.text.byteLength).toBeLessThan(
    plain.snapshot().docs.text.byteLength * 0.7,
  );
});

test('a snapshot kept with another text codec is refused (rebuilt), never read as if it were this one', async () => {
  const docs = await someDocuments(5);
  const plain = createArchiveIndex({ locale: 'en' });
  for (const doc of docs) plain.upsert(doc);
  const packed = createArchiveIndex({ locale: 'en', textCodec: BROTLI_TEXT });
  expect(packed.restore(plain.snapshot())).toBe(false);
  expect(packed.size).toBe(0);
});
