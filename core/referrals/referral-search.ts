/** Finding contacts in the directory by a few typed letters. */
import { foldText } from '../search/fold';
import type { ReferralData } from './referral-schema';

function score(contact: ReferralData, terms: string[]): number {
  const name = foldText(contact.name);
  const kind = foldText(contact.kind);
  const tags = contact.tags.map(foldText);
  const notes = foldText(contact.notes);
  let total = 0;
  for (const term of terms) {
    if (name.split(/\s+/).some((w) => w.startsWith(term))) total += 8;
    else if (name.includes(term)) total += 6;
    else if (tags.some((t) => t.includes(term))) total += 4;
    else if (kind.includes(term)) total += 3;
    else if (notes.includes(term)) total += 1;
    else return 0;
  }
  return total;
}

/**
 * Returns the contacts whose name, kind of service, tags or notes contain every word of the
 * query, ignoring case and accents; best matches first (name, then tags, kind, notes), ties by
 * name. An empty query returns every contact by name.
 */
export function searchReferrals<T extends ReferralData>(
  contacts: readonly T[],
  query: string,
): T[] {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  const terms = foldText(query).split(/\s+/).filter(Boolean);
  return contacts
    .map((contact) => ({ contact, score: terms.length ? score(contact, terms) : 1 }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || collator.compare(a.contact.name, b.contact.name))
    .map((r) => r.contact);
}
