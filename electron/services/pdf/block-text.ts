import type { InlineText, TextDirection } from '../../../core/document/inline-text';
import { toSpans } from '../../../core/document/inline-text';
import type { TextStyle } from './font-set';
import { layoutParagraph, type LaidParagraph, type StyledSpan } from './paragraph-layout';
import type { RenderContext } from './render-context';

/** Options for laying out a block's text. */
export interface TextOptions {
  size: number;
  lineHeight: number;
  /** Style of unemphasised text (headings are bold throughout). */
  base?: TextStyle;
  direction?: TextDirection;
  align?: 'start' | 'center' | 'end';
}

/** Turns inline text into styled spans: 'strong' is bold, 'em' is oblique. */
export function styledSpans(text: InlineText, base: TextStyle = 'regular'): StyledSpan[] {
  return toSpans(text).map((span) => ({
    text: span.text,
    style:
      span.emphasis === 'strong'
        ? 'bold'
        : span.emphasis === 'em' && base === 'regular'
          ? 'oblique'
          : base,
  }));
}

/** Lays out inline text for a box of the given width in the document's (or the block's) direction. */
export function layoutText(
  ctx: RenderContext,
  text: InlineText,
  width: number,
  opts: TextOptions,
): LaidParagraph {
  return layoutParagraph(
    styledSpans(text, opts.base),
    width,
    {
      size: opts.size,
      lineHeight: opts.lineHeight,
      direction: opts.direction ?? ctx.direction,
      align: opts.align ?? 'start',
    },
    ctx.fonts,
  );
}

/** Structure-element options carrying the block's language when it differs from the document's. */
export function langOption(ctx: RenderContext, lang: string | undefined): { lang?: string } {
  return lang && lang !== ctx.lang ? { lang } : {};
}

/** Whether a block is set right-to-left (its own direction, else the document's). */
export function isRtl(ctx: RenderContext, direction: TextDirection | undefined): boolean {
  return (direction ?? ctx.direction) === 'rtl';
}
