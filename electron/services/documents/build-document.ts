/** Chooses the document model for a kind of output and renders it to PDF bytes. */
import type { DocumentOptions, DocumentOutputKind } from '../../../core/documents/document-record';
import type { RenderableDocument } from '../../../core/document/document';
import { buildClosureLetter } from '../../../core/handout-model/closure-letter';
import type { HandoutSection } from '../../../core/handout-model/choices';
import { onePageDefaults } from '../../../core/handout-model/one-page';
import {
  buildAcknowledgementLetter,
  buildTransferLetter,
} from '../../../core/handout-model/ending-letters';
import { buildDischargeSummary } from '../../../core/handout-model/discharge-summary';
import { buildHandout, buildOnePageHandout } from '../../../core/handout-model/handout';
import type { TextMeasure } from '../../../core/chart/label-geometry';
import { chartTextMeasure } from '../pdf/chart-text-measure';
import { renderDocument } from '../pdf/render-document';
import { fitOnePage, type FittedOnePage } from './fit-one-page';
import type { DocumentSource } from '../../../core/handout-model/source';
import type { FullSource } from './document-source';

/** Builds the renderable document of a kind with its options. */
export function documentModel(
  kind: DocumentOutputKind,
  source: FullSource,
  options: DocumentOptions,
  chartText?: TextMeasure,
): RenderableDocument {
  const common = {
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    ...(chartText ? { chartText } : {}),
  };
  switch (kind) {
    case 'handout':
      return buildHandout(source, common);
    case 'handout-one-page':
      return buildOnePageHandout(source, onePagePicks(source, options), common);
    case 'discharge-summary':
      return buildDischargeSummary(source, common);
    case 'closure-letter':
      return buildClosureLetter(source, {
        ...common,
        variant: options.variant ?? 'minimal',
        ...(options.text !== undefined ? { text: options.text } : {}),
      });
    case 'transfer-letter':
      return buildTransferLetter(source, common);
    case 'acknowledgement-letter':
      return buildAcknowledgementLetter(source, common);
  }
}

/** The parts picked for a one-page handout: the options' picks, else the defaults for this session. */
export function onePagePicks(source: DocumentSource, options: DocumentOptions): HandoutSection[] {
  return (options.sections as HandoutSection[] | undefined) ?? onePageDefaults(source);
}

/** The one-page handout fitted to one page, with what was left out to fit. */
export function fittedOnePage(
  source: DocumentSource,
  options: DocumentOptions,
  fontsDir: string,
): FittedOnePage {
  const common = {
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    chartText: chartTextMeasure(fontsDir),
  };
  return fitOnePage(
    (sections) => buildOnePageHandout(source, sections, common),
    onePagePicks(source, options),
    fontsDir,
  );
}

/** Counts the pages of a PDF pdfkit wrote (page objects are written uncompressed). */
export function countPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength)
      .toString('latin1')
      .match(/\/Type \/Page\b(?!s)/g)?.length ?? 0
  );
}

/** Renders a kind of document for a source to PDF bytes with the shipped fonts. */
export async function renderKind(
  kind: DocumentOutputKind,
  source: FullSource,
  options: DocumentOptions,
  fontsDir: string,
): Promise<Uint8Array> {
  if (kind === 'handout-one-page') {
    const { document, theme } = fittedOnePage(source, options, fontsDir);
    return renderDocument(document, { fontsDir, theme });
  }
  return renderDocument(documentModel(kind, source, options, chartTextMeasure(fontsDir)), {
    fontsDir,
  });
}
