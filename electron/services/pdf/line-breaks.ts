import LineBreaker from 'linebreak';
import type { Cluster } from './glyph-coverage';
import { noBreakJoins } from './no-break-spans';

/** An unbreakable piece of a paragraph: clusters [from, to), of which [contentEnd, to) are trailing spaces. */
export interface Atom {
  from: number;
  contentEnd: number;
  to: number;
  /** The atom ends with a hard line break ("\n"). */
  hardBreak: boolean;
  /** The atom's content ends with a soft hyphen: a line ending here shows a hyphen. */
  softHyphen: boolean;
}

/** Soft hyphen: an invisible break opportunity that shows a hyphen when a line ends there. */
export const SOFT_HYPHEN = '\u00ad';

/** Whether a cluster is breakable white space. */
export function isSpace(c: Cluster): boolean {
  return (
    c.text === ' ' ||
    c.text === '\t' ||
    c.text === '\u3000' ||
    c.text === '\u2002' ||
    c.text === '\u2003' ||
    c.text === '\u2009'
  );
}

/** Whether a cluster is a hard line break. */
export function isNewline(c: Cluster): boolean {
  return c.text === '\n' || c.text === '\u2028' || c.text === '\u2029';
}

/** Whether a cluster is a soft hyphen. */
export function isSoftHyphen(c: Cluster): boolean {
  return c.text === SOFT_HYPHEN;
}

/**
 * The Unicode line-break opportunities (UAX #14, via `linebreak`) as cluster indexes: a break
 * before cluster k, and whether it is a required one (after a hard line break). A break that falls
 * inside a cluster is not one (a grapheme is never split).
 */
function breakOpportunities(clusters: readonly Cluster[]): Map<number, boolean> {
  const base = clusters[0]?.start ?? 0;
  const clusterAt = new Map<number, number>();
  let text = '';
  clusters.forEach((c, k) => {
    clusterAt.set(c.start - base, k);
    text += c.text;
  });
  clusterAt.set(text.length, clusters.length);
  const breaks = new Map<number, boolean>();
  const breaker = new LineBreaker(text);
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const k = clusterAt.get(bk.position);
    if (k !== undefined) breaks.set(k, bk.required);
  }
  return breaks;
}

/**
 * Splits clusters into atoms at the Unicode line-break opportunities (UAX #14: after spaces,
 * tabs, zero-width spaces and soft hyphens, around ideographs, after hyphens and dashes, never
 * before closing punctuation), except inside a phone number or a code (see noBreakJoins).
 */
export function toAtoms(clusters: readonly Cluster[]): Atom[] {
  const atoms: Atom[] = [];
  const joined = noBreakJoins(clusters);
  const breaks = breakOpportunities(clusters);
  let from = 0;
  for (let k = 1; k <= clusters.length; k++) {
    const required = breaks.get(k);
    if (required === undefined || (k < clusters.length && !required && joined[k - 1] === 1))
      continue;
    const to = k;
    let contentEnd = to;
    const hardBreak =
      required && k < clusters.length ? true : isNewline(clusters[k - 1] as Cluster);
    if (hardBreak) contentEnd--;
    while (contentEnd > from && isSpace(clusters[contentEnd - 1] as Cluster)) contentEnd--;
    atoms.push({
      from,
      contentEnd,
      to,
      hardBreak,
      softHyphen: contentEnd > from && isSoftHyphen(clusters[contentEnd - 1] as Cluster),
    });
    from = k;
  }
  if (from < clusters.length)
    atoms.push({
      from,
      contentEnd: clusters.length,
      to: clusters.length,
      hardBreak: false,
      softHyphen: false,
    });
  return withSeparatorsTrailing(clusters, atoms);
}

/** A list separator ("phone · web · e-mail"): a middle dot with white space on both sides. */
const LIST_SEPARATOR = '\u00b7';

/**
 * Moves each list separator into the trailing part of the atom before it, like a space: drawn
 * where the line goes on, dropped where the line breaks, so a wrapped contact line never ends or
 * starts a line with "·".
 */
function withSeparatorsTrailing(clusters: readonly Cluster[], atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  atoms.forEach((atom, i) => {
    const prev = out.at(-1);
    const separator =
      prev !== undefined &&
      i < atoms.length - 1 &&
      !prev.hardBreak &&
      !atom.hardBreak &&
      prev.contentEnd < prev.to &&
      atom.contentEnd < atom.to &&
      atom.contentEnd === atom.from + 1 &&
      clusters[atom.from]?.text === LIST_SEPARATOR;
    if (separator) prev.to = atom.to;
    else out.push(atom);
  });
  return out;
}
