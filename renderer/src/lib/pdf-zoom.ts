/**
 * Zoom of the PDF preview. A page is drawn at a size in CSS pixels — "actual size" is the paper's
 * own size (1 pt = 96/72 px) — so the app's zoom enlarges it like everything else; "fit width"
 * fills the preview's width instead. The steps are the usual ones of document viewers.
 */
import { useEffect, useState } from 'react';

/** The zoom steps, as fractions of the paper's actual size. */
export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4] as const;

/** Where the preview's zoom stands: fit to the width, or a step of the actual size. */
export type PdfZoom = { mode: 'fit' } | { mode: 'scale'; scale: number };

/** CSS pixels per PDF point at actual size. */
const PX_PER_PT = 96 / 72;

/** The next step in a direction from the current zoom (from "fit width", from the scale it shows now). */
export function stepZoom(zoom: PdfZoom, shownScale: number, direction: 1 | -1): PdfZoom {
  const from = zoom.mode === 'scale' ? zoom.scale : shownScale;
  const next =
    direction > 0
      ? ZOOM_STEPS.find((s) => s > from + 1e-6)
      : [...ZOOM_STEPS].reverse().find((s) => s < from - 1e-6);
  return { mode: 'scale', scale: next ?? (direction > 0 ? ZOOM_STEPS.at(-1)! : ZOOM_STEPS[0]) };
}

/** The page's width in CSS pixels for a zoom, its width in points and the width available. */
export function pageCssWidth(zoom: PdfZoom, pageWidthPt: number, availableCss: number): number {
  return zoom.mode === 'fit' ? Math.max(1, availableCss) : pageWidthPt * PX_PER_PT * zoom.scale;
}

/** The scale (of actual size) a page is shown at, for the zoom status ("125%"). */
export function shownScale(cssWidth: number, pageWidthPt: number): number {
  return cssWidth / (pageWidthPt * PX_PER_PT);
}

/**
 * A number that changes whenever the window's size or pixel density changes — the app's zoom
 * changes both — so the page is drawn again, sharp, at the new size.
 */
export function useViewportVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    window.addEventListener('resize', bump);
    return () => window.removeEventListener('resize', bump);
  }, []);
  return version;
}
