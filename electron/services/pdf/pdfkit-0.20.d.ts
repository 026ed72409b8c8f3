/**
 * What pdfkit 0.20.2 has and @types/pdfkit 0.17.6 (the newest types published) lacks, limited to
 * the members this PDF engine uses. Each declaration mirrors pdfkit 0.20.2's own source
 * (node_modules/pdfkit/js/pdfkit.js: PDFStructureElement, FontsMixin, PDFFontFactory.open,
 * PDFDocument's constructor). tests/services/pdf/pdfkit-augmentation.test.ts checks them against
 * a real document, so a pdfkit upgrade that drops one fails there.
 *
 * Remove this file (and that test) once @types/pdfkit describes pdfkit 0.20.
 */
declare namespace PDFKit.Mixins {
  interface StructureElementOptions {
    /** Layout attribute BBox, in page coordinates from the top left: [x1, y1, x2, y2]. */
    bbox?: [number, number, number, number];
    /** Layout attribute Placement (pdfkit writes 'Block' when only bbox is given). */
    placement?: 'Block' | 'Inline' | 'Before' | 'Start' | 'End';
    /** Table attribute Scope of a header cell (TH). */
    scope?: 'Row' | 'Column' | 'Both';
  }

  interface PDFFont {
    /** Registers an already opened fontkit font under a name (PDFFontFactory.open takes any object with `layout`). */
    registerFont(name: string, src: import('fontkit').Font, family?: string): this;
  }
}

declare namespace PDFKit {
  interface PDFDocument {
    /** pdfkit's private table of registered fonts, by name (FontsMixin.registerFont). */
    _registeredFonts: Record<string, { src: unknown; family?: string }>;
    /**
     * pdfkit's private current font object: an EmbeddedFont (its fontkit font in `font`) or a
     * StandardFont (no `font`); null before the first font().
     */
    _font: { readonly name: string; readonly font?: import('fontkit').Font } | null;
    /** pdfkit's private document catalog; ViewerPreferences exists when created with displayTitle. */
    _root: { data: { ViewerPreferences?: { data: Record<string, unknown> } } };
  }
}
