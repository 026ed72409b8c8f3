/**
 * A chart as a small vector scene: plain shapes in a coordinate box (origin top-left, y grows
 * downwards, like SVG). core/chart builds scenes; the PDF engine scales the box to the page.
 */

/** A colour: a design token the renderer maps to its palette, or a #rrggbb hex value. */
export type ChartColor =
  'ink' | 'muted' | 'grid' | 'accent' | 'accentSoft' | 'highlight' | `#${string}`;

export interface ChartRect {
  x: number;
  y: number;
  width: number;
  height: number;
  fill?: ChartColor;
  stroke?: ChartColor;
}

export interface ChartLine {
  /** At least two points, drawn as one polyline. */
  points: readonly (readonly [number, number])[];
  stroke?: ChartColor;
  /** Stroke width in scene units (default 1). */
  width?: number;
  dashed?: boolean;
}

export interface ChartPoint {
  x: number;
  y: number;
  /** Radius in scene units (default 3). */
  radius?: number;
  fill?: ChartColor;
}

export interface ChartLabel {
  x: number;
  y: number;
  text: string;
  /** Which end of the text sits at x: 'start' (left), 'middle' or 'end' (right). Default 'start'. */
  anchor?: 'start' | 'middle' | 'end';
  /** y is the label's baseline. Font size in scene units (default 10). */
  size?: number;
  color?: ChartColor;
  bold?: boolean;
}

/** A chart ready to draw. `description` is the alternative text read by screen readers. */
export interface ChartScene {
  width: number;
  height: number;
  title?: string;
  description: string;
  rects?: readonly ChartRect[];
  lines?: readonly ChartLine[];
  points?: readonly ChartPoint[];
  labels?: readonly ChartLabel[];
}
