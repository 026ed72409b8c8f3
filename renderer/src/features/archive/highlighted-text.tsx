import type { ReactNode } from 'react';
import type { HighlightedText as Highlighted } from '../../../../core/search';

/** Plain text with its matched words wrapped in <mark>, from offsets (never from HTML). */
export function HighlightedText({ value, className }: { value: Highlighted; className?: string }) {
  const parts: ReactNode[] = [];
  let at = 0;
  value.highlights.forEach((range, i) => {
    if (range.start > at) parts.push(value.text.slice(at, range.start));
    parts.push(<mark key={i}>{value.text.slice(range.start, range.end)}</mark>);
    at = range.end;
  });
  if (at < value.text.length) parts.push(value.text.slice(at));
  return (
    <span className={className} dir="auto">
      {parts}
    </span>
  );
}
