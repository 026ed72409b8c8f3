import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isEmojiCluster } from '../../../electron/services/pdf/emoji';
import { shareCodePoints } from '../../../electron/services/pdf/emoji-unicode';
import { baseFontNames, readPdf } from './pdf-reader';
import { docOf, render } from './render-helpers';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'pdf-emoji-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Real emoji sequences: single pictographs, skin tones, ZWJ sequences, flags, keycaps, VS16. */
const SEQUENCES = [
  '😀',
  '👍',
  '👍🏽',
  '👍🏿',
  '👩‍⚕️',
  '👨‍👩‍👧',
  '🇺🇦',
  '🇯🇵',
  '1️⃣',
  '#️⃣',
  '❤️',
  '✨',
  '🧑🏿‍🦱',
  '🏳️‍🌈',
  '👩‍❤️‍👨',
  '🙂‍↔️',
  '🎉',
  '☺️',
  '🫶🏽',
] as const;
/** Emoji of one code point (right-to-left text keeps these exact in pdftotext too, between words). */
const SINGLE = ['😀', '👍', '✨', '🎉', '🌱', '💬'] as const;
const LTR_NAMES = [
  'Zoë Ørsted',
  'Ольга Петровна',
  '王小明',
  'Παναγιώτης',
  'Nguyễn Thị Ánh',
  'Żaneta Łukasiewicz',
] as const;
const RTL_NAMES = ['محمد الأحمد', 'דנה לוי', 'سلام الآن'] as const;

/** A name with emoji put between, before or after its words (space-separated, as typed). */
function withEmoji(names: readonly string[], emoji: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...names),
      fc.array(fc.tuple(fc.constantFrom(...emoji), fc.nat()), { minLength: 1, maxLength: 3 }),
    )
    .map(([name, picks]) => {
      const words = name.split(' ');
      for (const [e, at] of picks) words.splice(at % (words.length + 1), 0, e);
      return words.join(' ');
    });
}

async function pdftotextLines(bytes: Uint8Array): Promise<string[]> {
  const file = join(dir, 'read.pdf');
  writeFileSync(file, bytes);
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  return stdout
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const paragraphs = (texts: readonly string[]) =>
  docOf(texts.map((text) => ({ type: 'paragraph' as const, text, direction: 'auto' as const })));

describe('emoji in names and notes', () => {
  it('tells emoji clusters from text symbols', () => {
    for (const e of SEQUENCES) expect(isEmojiCluster(e), e).toBe(true);
    for (const t of ['a', '1', '#', '©', '☺', '❤', '❤︎', 'ü', '王'])
      expect(isEmojiCluster(t), t).toBe(false);
  });

  it('shares a cluster between its glyphs so that, joined, they give the cluster back', () => {
    const cps = (s: string) => [...s].map((c) => c.codePointAt(0) ?? 0);
    expect(shareCodePoints(cps('👍🏽'), [cps('👍')])).toEqual([cps('👍🏽')]);
    // A family the face had no ligature for: one glyph per person, joiners kept with the one before.
    expect(shareCodePoints(cps('👨‍👩‍👧'), [cps('👨'), cps('👩'), cps('👧')])).toEqual([
      cps('👨‍'),
      cps('👩‍'),
      cps('👧'),
    ]);
  });

  it('draws each sequence as one glyph of the emoji face, never the placeholder, and extracts it whole', async () => {
    const bytes = await render(paragraphs(SEQUENCES.map((e) => `Zoë ${e} Ørsted`)));
    expect(baseFontNames(bytes).some((n) => n.endsWith('NotoEmoji-Regular'))).toBe(true);
    const read = await readPdf(bytes);
    expect(read.text).not.toContain('\uFFFD');
    expect(lines(read.text)).toEqual(SEQUENCES.map((e) => `Zoë ${e} Ørsted`));
    // One visible glyph per sequence (marks ride on a zero-width glyph after it), reading back as the sequence.
    const name = new Set('Zoë Ørsted');
    const rows = [...new Set(read.pages[0]!.glyphs.map((g) => g.y))].sort((a, b) => b - a);
    expect(rows).toHaveLength(SEQUENCES.length);
    rows.forEach((y, i) => {
      const drawn = read.pages[0]!.glyphs.filter((g) => g.y === y && !name.has(g.text)).sort(
        (a, b) => a.x - b.x,
      );
      expect(drawn.filter((g) => g.width > 0)).toHaveLength(1);
      expect(drawn.map((g) => g.text).join('')).toBe(SEQUENCES[i]);
    });
    expect(await pdftotextLines(bytes)).toEqual(SEQUENCES.map((e) => `Zoë ${e} Ørsted`));
    mkdirSync('test-results/pdfs', { recursive: true });
    writeFileSync('test-results/pdfs/emoji-names.pdf', bytes);
  });

  it('keeps the file small: only the emoji drawn are embedded', async () => {
    const plain = await render(paragraphs(LTR_NAMES));
    const emoji = await render(
      paragraphs(LTR_NAMES.map((n, i) => `${n} ${SEQUENCES[i]} ${SEQUENCES[i + 6]}`)),
    );
    expect(emoji.byteLength - plain.byteLength).toBeLessThan(30_000);
  });

  it('extracts names in several scripts with generated emoji exactly (pdf.js and pdftotext)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(withEmoji(LTR_NAMES, SEQUENCES), { minLength: 2, maxLength: 5 }),
        async (names) => {
          const bytes = await render(paragraphs(names));
          expect(lines((await readPdf(bytes)).text)).toEqual(names);
          expect(await pdftotextLines(bytes)).toEqual(names);
        },
      ),
      { numRuns: 6, seed: 1313 },
    );
  });

  it('keeps emoji in right-to-left names in typed order', async () => {
    const noSpace = (s: string): string => s.replace(/\s+/g, '');
    const between = fc
      .tuple(fc.constantFrom(...RTL_NAMES), fc.constantFrom(...SINGLE))
      .map(([name, e]) => name.replace(' ', ` ${e} `));
    await fc.assert(
      fc.asyncProperty(
        fc.array(withEmoji(RTL_NAMES, SEQUENCES), { minLength: 2, maxLength: 4 }),
        fc.array(between, { minLength: 1, maxLength: 3 }),
        async (any, single) => {
          // pdf.js reads ToUnicode: every sequence comes back whole (it drops spaces at a change of font in right-to-left lines).
          const bytes = await render(paragraphs(any));
          expect(lines((await readPdf(bytes)).text).map(noSpace)).toEqual(any.map(noSpace));
          // poppler reverses right-to-left lines code point by code point, so only one-code-point emoji come back exact there.
          expect(await pdftotextLines(await render(paragraphs(single)))).toEqual(single);
        },
      ),
      { numRuns: 4, seed: 1314 },
    );
  });

  it('sets an emoji typed first in a right-to-left name at its right end', async () => {
    const read = await readPdf(await render(paragraphs(['🌱 דנה לוי'])));
    const glyphs = read.pages[0]!.glyphs.filter((g) => g.width > 0 && g.text.trim() !== '');
    const sprout = glyphs.find((g) => g.text === '🌱')!;
    for (const g of glyphs) if (g !== sprout) expect(g.x).toBeLessThan(sprout.x);
  });
});
