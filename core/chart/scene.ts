/**
 * A chart as a small, renderer-neutral scene: rectangles, lines, polylines, points and text
 * labels with coordinates in a given width × height (origin top-left, y downwards, as in SVG and
 * pdfkit). The React view draws it as SVG and the PDF service draws it with pdfkit vectors, so
 * both show the same chart. Elements carry a `role` instead of colours; each renderer maps roles
 * to its theme (light, dark, print). Every scene has a title, a description and a data table
 * for assistive technology (WCAG 1.1.1 text alternatives).
 */

import type { LabelMetrics } from './label-geometry';

/** What an element is for; renderers choose colours and styles by role. */
export type SceneRole =
  | 'plot-area'
  | 'band'
  | 'gridline'
  | 'axis'
  | 'cutoff'
  | 'series'
  | 'series-point'
  | 'bar-start'
  | 'bar-now'
  | 'tick-label'
  | 'band-label'
  | 'value-label'
  | 'goal-label'
  | 'legend-label'
  | 'note';

/** A filled rectangle. Bands say how concerning their range is (0 calm … 1 most concerning). */
export interface SceneRect {
  type: 'rect';
  role: 'plot-area' | 'band' | 'bar-start' | 'bar-now';
  x: number;
  y: number;
  width: number;
  height: number;
  /** For bands: 0 (least concerning) to 1 (most), whichever way the scale runs. */
  concern?: number;
  /** Text for screen readers or a tooltip. */
  label?: string;
}

/** A straight line. */
export interface SceneLine {
  type: 'line';
  role: 'gridline' | 'axis' | 'cutoff';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  dashed: boolean;
}

/** A connected line through points. */
export interface ScenePolyline {
  type: 'polyline';
  role: 'series';
  points: [number, number][];
}

/** A data point (a small circle). */
export interface ScenePoint {
  type: 'point';
  role: 'series-point';
  x: number;
  y: number;
  r: number;
  /** The value in words, e.g. "5 Jan 2025: 16, Moderately severe". */
  label: string;
}

/** A text label anchored at (x, y). Renderers may shorten text that exceeds `maxWidth`. */
export interface SceneLabel {
  type: 'label';
  role: 'tick-label' | 'band-label' | 'value-label' | 'goal-label' | 'legend-label' | 'note';
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  baseline: 'top' | 'middle' | 'bottom';
  maxWidth?: number;
}

/** Any scene element. */
export type SceneElement = SceneRect | SceneLine | ScenePolyline | ScenePoint | SceneLabel;

/** The same data as a table, for screen readers and the PDF's text alternative. */
export interface DataTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

/** A complete chart. */
export interface Scene {
  width: number;
  height: number;
  title: string;
  description: string;
  /** Drawn in order: later elements on top. */
  elements: SceneElement[];
  table: DataTable;
}

/** Size and text options shared by the chart builders. */
export interface ChartOptions {
  width: number;
  height: number;
  /** Turns a YYYY-MM-DD date into display text (default: unchanged). */
  formatDate?: (isoDate: string) => string;
  /** Label size and text widths the labels are placed with (default: 11 units, estimated widths). */
  labels?: LabelMetrics;
}

/** Rounds a coordinate to 0.01 so scenes compare exactly and stay small. */
export function px(n: number): number {
  return Math.round(n * 100) / 100;
}

/** A linear map from a domain [d0, d1] to a range [r0, r1]; a zero-width domain maps to the range's middle. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  if (d0 === d1) return () => px((r0 + r1) / 2);
  return (v) => px(r0 + ((v - d0) / (d1 - d0)) * (r1 - r0));
}

/** Days since 1970-01-01 for a YYYY-MM-DD date (calendar arithmetic only, no time zones). */
export function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}
