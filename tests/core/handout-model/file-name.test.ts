/** The file-name sanitizer and default names: hostile input in, one safe name out. */
import { describe, expect, it } from 'vitest';
import { defaultDocumentFileName } from '../../../core/documents/document-record';
import { MAX_FILE_NAME_BYTES, sanitizeFileName } from '../../../core/documents/file-name';

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

describe('sanitizeFileName', () => {
  it('removes path parts', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('-..-etc-passwd');
    expect(sanitizeFileName('..\\..\\boot.ini')).toBe('-..-boot.ini');
    expect(sanitizeFileName('..')).toBe('document.pdf');
    expect(sanitizeFileName('/')).toBe('document.pdf');
    for (const out of [sanitizeFileName('../x.pdf'), sanitizeFileName('a/b\\c.pdf')])
      expect(out).not.toMatch(/[/\\]/);
  });

  it('removes NUL, control characters and direction overrides', () => {
    expect(sanitizeFileName('hand\u0000out.pdf')).toBe('handout.pdf');
    expect(sanitizeFileName('a\tb\nc.pdf')).toBe('abc.pdf');
    // "fdp.exe" shown reversed would pretend to be a PDF.
    expect(sanitizeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(sanitizeFileName('x\u2066y\u200F.pdf')).toBe('xy.pdf');
  });

  it('escapes Windows device names, with or without extension, any case', () => {
    for (const name of [
      'CON',
      'con.pdf',
      'NUL',
      'nul.txt',
      'COM1',
      'com1.pdf',
      'LPT9.pdf',
      'aux',
      'PRN.pdf',
    ]) {
      expect(sanitizeFileName(name)).toBe(`_${name}`);
    }
    expect(sanitizeFileName('console.pdf')).toBe('console.pdf');
  });

  it('drops trailing dots and spaces, and leading dots', () => {
    expect(sanitizeFileName('handout.pdf. . ')).toBe('handout.pdf');
    expect(sanitizeFileName('.hidden.pdf')).toBe('hidden.pdf');
    expect(sanitizeFileName('   ')).toBe('document.pdf');
  });

  it('replaces characters Windows forbids', () => {
    expect(sanitizeFileName('a<b>c:d"e|f?g*.pdf')).toBe('a-b-c-d-e-f-g-.pdf');
  });

  it('keeps emoji and other scripts whole, including joined emoji sequences', () => {
    const family = '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}';
    expect(sanitizeFileName(`notes ${family} 王小明.pdf`)).toBe(`notes ${family} 王小明.pdf`);
    expect(sanitizeFileName('Zoë Ørsted.pdf')).toBe('Zoë Ørsted.pdf');
  });

  it('fits 255 bytes of UTF-8, keeps the extension and never splits a character', () => {
    for (const unit of ['a', 'é', '王', '😀', '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}']) {
      const out = sanitizeFileName(`${unit.repeat(300)}.pdf`);
      expect(utf8(out)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
      expect(out.endsWith('.pdf')).toBe(true);
      expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
      expect(out.slice(0, -4).length % unit.length).toBe(0);
      expect(utf8(out)).toBeGreaterThan(MAX_FILE_NAME_BYTES - utf8(unit) - 5);
    }
  });

  it('turns lone surrogates into nothing', () => {
    expect(sanitizeFileName('a\ud800b.pdf')).toBe('ab.pdf');
  });
});

describe('default file names', () => {
  it('carry only the kind and the date', () => {
    expect(defaultDocumentFileName('handout', '2026-11-26T10:00:00.000Z')).toBe(
      'handout-2026-11-26.pdf',
    );
    expect(defaultDocumentFileName('handout-one-page', '2026-11-26')).toBe(
      'handout-one-page-2026-11-26.pdf',
    );
    expect(defaultDocumentFileName('discharge-summary', '2026-11-26')).toBe(
      'discharge-summary-2026-11-26.pdf',
    );
    expect(defaultDocumentFileName('closure-letter', '2026-11-26')).toBe(
      'closure-letter-2026-11-26.pdf',
    );
    expect(defaultDocumentFileName('transfer-letter', '2026-11-26')).toBe(
      'transfer-letter-2026-11-26.pdf',
    );
    expect(defaultDocumentFileName('acknowledgement-letter', '2026-11-26')).toBe(
      'acknowledgement-letter-2026-11-26.pdf',
    );
  });
});
