// Renders one document in a process of its own: `node --import tsx render-alone.ts <in.json> <out.pdf>`.
// The isolation test compares its bytes with the same document rendered after others in-process.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RenderableDocument } from '../../../core/document/document';
import { renderDocument } from '../../../electron/services/pdf/render-document';

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: render-alone.ts <document.json> <out.pdf>');
const document = JSON.parse(readFileSync(input, 'utf8')) as RenderableDocument;
writeFileSync(output, await renderDocument(document, { fontsDir: resolve('resources/fonts') }));
