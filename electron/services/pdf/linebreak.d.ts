// The part of `linebreak` (UAX #14, the Unicode line breaking algorithm; a dependency of pdfkit) the PDF engine uses.
declare module 'linebreak' {
  /** A line-break opportunity before the character at `position` (UTF-16 index); `required` after a hard break. */
  export interface Break {
    position: number;
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    /** The next break opportunity, or null at the end of the text. */
    nextBreak(): Break | null;
  }
}
