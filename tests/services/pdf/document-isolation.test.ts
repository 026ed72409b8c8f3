import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { RenderableDocument } from '../../../core/document/document';
import { readPdf } from './pdf-reader';
import { docOf, render } from './render-helpers';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'pdf-isolation-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Names and phrases in nine scripts, and emoji; several are built from composite glyphs in DejaVu Sans. */
const NAMES = [
  'Zoë Ørsted',
  'Żaneta Łukasiewicz',
  'Nguyễn Thị Ánh',
  'Παναγιώτης',
  'Ольга Петровна',
  'محمد الأحمد',
  'في البيت',
  'على الطاولة',
  'إلى اللقاء',
  'سلام الآن لا بأس',
  'דנה לוי',
  '王小明',
  'Անի Պետրոսյան',
  'ნინო ბერიძე',
  // Emoji: 👍🏽 is drawn with the same glyph as the earlier document's 👍, yet must extract as typed.
  'Zoë 👍🏽 Ørsted 👩‍⚕️',
  '王小明 👨‍👩‍👧 🇺🇦 1️⃣ ❤️',
] as const;

/**
 * Printed first: its composite glyphs (Ż over Z, Π over П, final yeh over final alef maksura, ễ over e)
 * pull component glyphs into the subset without characters.
 */
const EARLIER = docOf([
  { type: 'heading', level: 1, text: 'Żaneta Łukasiewicz' },
  { type: 'paragraph', text: 'Παναγιώτης · Nguyễn Thị Ánh · İpek Öztürk' },
  { type: 'paragraph', text: 'في البيت وفي العمل', direction: 'rtl', lang: 'ar' },
  { type: 'paragraph', text: 'Żaneta 👍 ❤️ 🇯🇵 #️⃣ 👩‍⚕️' },
]);

/**
 * Arabic presentation forms (U+FEF2 is the final yeh glyph "في" reaches through shaping): a font
 * that remembers "في" shapes "بﻲ" as two joined letters; on its own, as two separate ones.
 */
const PRESENTATION_FORMS = 'بﻲ بﻲ بﻲ';

function laterDoc(extra: readonly string[] = []): RenderableDocument {
  const texts = [...extra, ...NAMES];
  return docOf([
    { type: 'heading', level: 1, text: 'Names' },
    ...texts.map((text) => ({ type: 'paragraph' as const, text, direction: 'auto' as const })),
  ]);
}

/** Renders a document in a fresh Node process, where nothing was printed before it. */
async function renderInFreshProcess(doc: RenderableDocument): Promise<Buffer> {
  const input = join(dir, 'doc.json');
  const output = join(dir, 'alone.pdf');
  writeFileSync(input, JSON.stringify(doc));
  await run(process.execPath, [
    '--import',
    'tsx',
    resolve('tests/services/pdf/render-alone.ts'),
    input,
    output,
  ]);
  return readFileSync(output);
}

/** pdftotext's lines, without the bidi controls it adds around right-to-left text. */
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

describe('a document depends only on its own content', () => {
  it('is byte-identical rendered after another document and alone in a fresh process', async () => {
    const alone = await renderInFreshProcess(laterDoc([PRESENTATION_FORMS]));
    await render(EARLIER);
    const after = Buffer.from(await render(laterDoc([PRESENTATION_FORMS])));
    expect(after.byteLength).toBe(alone.byteLength);
    expect(Buffer.compare(after, alone)).toBe(0);
  });

  it('extracts every name exactly with pdf.js after composite glyphs were printed', async () => {
    await render(EARLIER);
    const read = await readPdf(await render(laterDoc()));
    const lines = read.text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines).toEqual(['Names', ...NAMES]);
  });

  it('extracts every name exactly with pdftotext after composite glyphs were printed', async () => {
    await render(EARLIER);
    expect(await pdftotextLines(await render(laterDoc()))).toEqual(['Names', ...NAMES]);
  });
});
