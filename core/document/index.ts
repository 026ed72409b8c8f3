export type { Emphasis, TextSpan, InlineText, TextDirection } from './inline-text';
export { toSpans, plainText } from './inline-text';
export type {
  ChartColor,
  ChartRect,
  ChartLine,
  ChartPoint,
  ChartLabel,
  ChartScene,
} from './chart-scene';
export type {
  BlockText,
  HeadingBlock,
  ParagraphBlock,
  ListBlock,
  KeyValueRow,
  KeyValueBlock,
  TableColumn,
  TableBlock,
  ChartBlock,
  CalloutContent,
  CalloutBlock,
  SignatureBlock,
  PageBreakBlock,
  SpacerBlock,
  DocumentBlock,
} from './blocks';
export type { PageSize, RenderableDocument } from './document';
export { formatPageLabel } from './document';
export { fromChartScene } from './from-chart-scene';
export { mirrorChartScene } from './mirror-chart-scene';
