/** How a piece of inline text is emphasised. */
export type Emphasis = 'strong' | 'em';

/** A piece of inline text with one emphasis. */
export interface TextSpan {
  text: string;
  emphasis?: Emphasis;
}

/** Inline text: plain text, or spans of differently emphasised text in reading (typed) order. */
export type InlineText = string | readonly TextSpan[];

/** Writing direction of a block or document; 'auto' takes the first strong character's direction. */
export type TextDirection = 'ltr' | 'rtl' | 'auto';

/** Returns inline text as a list of spans (a plain string becomes one unemphasised span). */
export function toSpans(text: InlineText): readonly TextSpan[] {
  return typeof text === 'string' ? [{ text }] : text;
}

/** Returns the plain characters of inline text, in typed order. */
export function plainText(text: InlineText): string {
  return toSpans(text)
    .map((s) => s.text)
    .join('');
}
