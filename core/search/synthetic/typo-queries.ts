/**
 * The project's own typo query set: queries a clinician might type into the archive of a
 * synthetic vault — swapped letters, a letter missing or wrong, no accents, other scripts,
 * record codes, clinical words and referrals, two-word searches — each with the word its
 * target document must hold. Used by the recall test and `npm run bench`.
 */
import type { ArchiveIndex } from '../archive-index';
import { foldText } from '../fold';
import { indexFieldText, INDEX_FIELDS, type SearchDocument } from '../search-document';

/** One query and the word (as stored, any case or accents) a found document must contain. */
export interface TypoQuery {
  query: string;
  target: string;
  kind: 'swap' | 'typo' | 'accents' | 'script' | 'code' | 'content' | 'two-words';
}

const q = (kind: TypoQuery['kind'], pairs: readonly (readonly [string, string])[]): TypoQuery[] =>
  pairs.map(([query, target]) => ({ query, target, kind }));

/** The query set (at least 100 queries; about a third are swapped letters). */
export const TYPO_QUERIES: readonly TypoQuery[] = [
  ...q('swap', [
    ['Mensha', 'Mensah'],
    ['Ngyuen', 'Nguyễn'],
    ['Nowka', 'Nowak'],
    ['Sahni', 'Şahin'],
    ['Garica', 'García'],
    ['Kowlaski', 'Kowalski'],
    ['Mulelr', 'Müller'],
    ['Obrein', "O'Brien"],
    ['Dvroak', 'Dvořák'],
    ['Jovanoivc', 'Jovanović'],
    ['Fernadnez', 'Fernández'],
    ['Lindqvsit', 'Lindqvist'],
    ['Okfaor', 'Okafor'],
    ['Lefevre', 'Lefèvre'],
    ['Wisniewksa', 'Wiśniewska'],
    ['Goncavles', 'Gonçalves'],
    ['Sorenesn', 'Sørensen'],
    ['Hamalainne', 'Hämäläinen'],
    ['Smtih', 'Smith'],
    ['Ptael', 'Patel'],
    ['Johanssno', 'Johansson'],
    ['Rosis', 'Rossi'],
    ['Yilmza', 'Yılmaz'],
    ['Ibnaez', 'Ibáñez'],
    ['Acheamopng', 'Acheampong'],
    ['Macloed', 'MacLeod'],
    ['Dubios', 'Dubois'],
    ['Schaefr', 'Schäfer'],
    ['Bainchi', 'Bianchi'],
    ['Cotsa', 'Costa'],
    ['Kaminksa', 'Kamińska'],
    ['Lukazs', 'Łukasz'],
    ['Siobahn', 'Siobhán'],
    ['Francios', 'François'],
    ['Jugren', 'Jürgen'],
    ['Kwmae', 'Kwame'],
    ['Pirya', 'Priya'],
    ['Sofai', 'Sofía'],
    ['Joaqiun', 'Joaquín'],
    ['Elodei', 'Élodie'],
    ['Mairam', 'Mariam'],
    ['Ngzoi', 'Ngozi'],
    ['Aoief', 'Aoife'],
    ['Oliiva', 'Olivia'],
    ['Daneil', 'Daniel'],
  ]),
  ...q('typo', [
    ['Kowalsky', 'Kowalski'],
    ['Jovanovich', 'Jovanović'],
    ['Fernandes', 'Fernández'],
    ['Lindquist', 'Lindqvist'],
    ['Okafur', 'Okafor'],
    ['Bartoz', 'Bartosz'],
    ['Halldor', 'Halldóra'],
    ['Acheampon', 'Acheampong'],
    ['Hamalainen', 'Hämäläinen'],
    ['Gonsalves', 'Gonçalves'],
    ['Mensa', 'Mensah'],
    ['Dvorack', 'Dvořák'],
  ]),
  ...q('accents', [
    ['zoe orsted', 'Ørsted'],
    ['jose garcia', 'García'],
    ['malgorzata', 'Małgorzata'],
    ['stepan', 'Štěpán'],
    ['thorsdottir', 'Þórsdóttir'],
    ['anais', 'Anaïs'],
    ['cagla', 'Çağla'],
    ['dorde', 'Đorđe'],
    ['ovrebo', 'Øvrebø'],
    ['bronte', 'Brontë'],
  ]),
  ...q('script', [
    ['παπαδοπουλος', 'Παπαδόπουλος'],
    ['ελενη', 'Ελένη'],
    ['иванова', 'Иванова'],
    ['шевченко', 'Шевченко'],
    ['الحسن', 'الحسن'],
    ['فاطمه', 'فاطمة'],
    ['כהן', 'כהן'],
    ['מזרחי', 'מזרחי'],
    ['王小明', '王小明'],
    ['דנה', 'דנה'],
    ['Παπαδόπουλς', 'Παπαδόπουλος'],
    ['Иавнова', 'Иванова'],
  ]),
  ...q('code', [
    ['CS-2019', 'CS-2019'],
    ['KL/21', 'KL/21'],
    ['A100', 'A100'],
    ['cs2020', 'CS-2020'],
    ['KL/18/0', 'KL/18/0'],
  ]),
  ...q('content', [
    ['panic attakcs', 'panic'],
    ['bereavmeent', 'bereavement'],
    ['motrway', 'motorway'],
    ['countertransfernece', 'countertransference'],
    ['presentaiton', 'presentation'],
    ['mindfulnses', 'mindfulness'],
    ['riverbend psychaitry', 'Riverbend'],
    ['harbourlgiht', 'Harbourlight'],
    ['debt advcie', 'Debt'],
    ['demetnia', 'dementia'],
    ['perfectionsim', 'perfectionism'],
    ['pottery', 'pottery'],
    ['anxeity', 'anxiety'],
    ['slepe clinic', 'Sleep'],
  ]),
  ...q('two-words', [
    ['ana kowlaski', 'Kowalski'],
    ['zoe orsetd', 'Ørsted'],
    ['garcia gried', 'García'],
    ['pepe garica', 'García'],
    ['νίκος παπαδπουλος', 'Παπαδόπουλος'],
  ]),
];

function documentText(doc: SearchDocument): string {
  return foldText(INDEX_FIELDS.map((f) => indexFieldText(doc, f)).join('\n'));
}

/** Tells whether a query's target is in the first `top` results (by the documents' own text). */
export function findsTarget(index: ArchiveIndex, item: TypoQuery, top = 10): boolean {
  const want = foldText(item.target);
  const result = index.search({ text: item.query, limit: top });
  return result.hits.some((h) => {
    const doc = index.get(h.sessionId);
    return doc !== undefined && documentText(doc).includes(want);
  });
}

/** The fraction of the query set whose target is in the top `top` results, and the misses. */
export function measureRecall(
  index: ArchiveIndex,
  queries: readonly TypoQuery[] = TYPO_QUERIES,
  top = 10,
): { recall: number; misses: TypoQuery[] } {
  const misses = queries.filter((item) => !findsTarget(index, item, top));
  return {
    recall: queries.length === 0 ? 1 : (queries.length - misses.length) / queries.length,
    misses,
  };
}
