import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { englishSample, hebrewSample } from '../../fixtures/pdf/sample-documents';
import { docOf, render } from './render-helpers';
import { readPdf } from './pdf-reader';

const OUT = 'test-results/pdfs';

function hasPdftoppm(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const chineseSample = docOf(
  [
    { type: 'heading', level: 1, text: '回顾过去，展望未来' },
    {
      type: 'paragraph',
      text: '王小明，这几个月你做了很多努力：每天散步，按时睡觉，也学会了在难过的时候给朋友打电话。'.repeat(
        3,
      ),
    },
    { type: 'list', items: ['每天散步二十分钟', '睡前写三行日记', '需要时联系心理咨询师 Ελπίδα'] },
    {
      type: 'callout',
      title: '危机求助',
      content: [{ type: 'paragraph', text: '全国心理援助热线：400-161-9995（24小时）' }],
    },
  ],
  { lang: 'zh-Hans', pageLabel: '第 {page} 页，共 {total} 页' },
);

describe('sample PDFs for people to look at', () => {
  it('writes the samples to test-results/pdfs and, where pdftoppm exists, their pages as PNG', async () => {
    mkdirSync(OUT, { recursive: true });
    const samples = {
      'sample-en': englishSample(),
      'sample-he': hebrewSample(),
      'sample-zh': chineseSample,
      'sample-en-letter': { ...englishSample(), pageSize: 'Letter' as const },
    };
    for (const [name, doc] of Object.entries(samples)) {
      const bytes = await render(doc);
      writeFileSync(`${OUT}/${name}.pdf`, bytes);
      expect((await readPdf(bytes)).numPages).toBeGreaterThan(0);
      if (hasPdftoppm())
        execFileSync('pdftoppm', ['-png', '-r', '60', `${OUT}/${name}.pdf`, `${OUT}/${name}`]);
    }
    if (hasPdftoppm())
      expect(
        readdirSync(OUT).filter((f) => f.startsWith('sample-en-') && f.endsWith('.png')).length,
      ).toBeGreaterThan(0);
    else console.warn('pdftoppm not found: PNG pages not written');
  });
});
