import type { Cluster } from './glyph-coverage';
import { noBreakJoins } from './no-break-spans';

/** An unbreakable piece of a paragraph: clusters [from, to), of which [contentEnd, to) are trailing spaces. */
export interface Atom {
  from: number;
  contentEnd: number;
  to: number;
  /** The atom ends with a hard line break ("\n"). */
  hardBreak: boolean;
}

const CJK = /[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\u{20000}-\u{3134f}]/u;
/** Characters that must not start a line (closing punctuation, small kana marks). */
const NO_START = /^[\u3001\u3002\uff0c\uff0e\uff1a\uff1b\uff01\uff1f\uff09\u300d\u300f\u300b\u3009\u3011\u3015\u30fc\u2026\u00bb\u201d\u2019)\]}!?,.:;%]/u;
/** Characters that must not end a line (opening punctuation). */
const NO_END = /^[\uff08\u300c\u300e\u300a\u3008\u3010\u3014\u00ab\u201c\u2018([{]/u;

/** Whether a cluster is breakable white space. */
export function isSpace(c: Cluster): boolean {
  return c.text === ' ' || c.text === '\u3000' || c.text === '\u2002' || c.text === '\u2003' || c.text === '\u2009';
}

/** Whether a cluster is a hard line break. */
export function isNewline(c: Cluster): boolean {
  return c.text === '\n' || c.text === '\u2028' || c.text === '\u2029';
}

function isCjk(c: Cluster): boolean {
  return CJK.test(c.text);
}

/** Whether a line may break between two adjacent non-space clusters. */
function mayBreakBetween(a: Cluster, b: Cluster): boolean {
  if (NO_START.test(b.text) || NO_END.test(a.text)) return false;
  if (isCjk(a) || isCjk(b)) return true;
  // After a hyphen or dash inside a word ("well-being", "2024–2025").
  return /^[-\u2010\u2013\u2014/]$/u.test(a.text) && /\p{L}|\p{N}/u.test(b.text);
}

/**
 * Splits clusters into atoms at line-break opportunities: after spaces, around CJK characters, after
 * hyphens; never inside a phone number or a code (see noBreakJoins).
 */
export function toAtoms(clusters: readonly Cluster[]): Atom[] {
  const atoms: Atom[] = [];
  const joined = noBreakJoins(clusters);
  let from = 0;
  let i = 0;
  while (i < clusters.length) {
    const c = clusters[i] as Cluster;
    if (joined[i] === 1 && !isNewline(c)) {
      i++;
      continue;
    }
    if (isNewline(c)) {
      atoms.push({ from, contentEnd: i, to: i + 1, hardBreak: true });
      from = ++i;
      continue;
    }
    if (isSpace(c)) {
      const contentEnd = i;
      while (i < clusters.length && isSpace(clusters[i] as Cluster)) i++;
      const next = clusters[i];
      if (next && isNewline(next)) {
        atoms.push({ from, contentEnd, to: i + 1, hardBreak: true });
        from = ++i;
      } else {
        atoms.push({ from, contentEnd, to: i, hardBreak: false });
        from = i;
      }
      continue;
    }
    const next = clusters[i + 1];
    i++;
    if (next && !isSpace(next) && !isNewline(next) && mayBreakBetween(c, next)) {
      atoms.push({ from, contentEnd: i, to: i, hardBreak: false });
      from = i;
    }
  }
  if (from < clusters.length) atoms.push({ from, contentEnd: clusters.length, to: clusters.length, hardBreak: false });
  return atoms;
}
