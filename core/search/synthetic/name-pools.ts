/**
 * Invented client names in several scripts. Names are combined at random, so no generated
 * person is real; a few fixed "showcase" clients make demo and end-to-end searches predictable.
 */
import type { Rng } from './prng';

/** The writing systems names are drawn from. */
export type NameScript = 'latin' | 'greek' | 'cyrillic' | 'arabic' | 'hebrew' | 'cjk';

/** How often each script is drawn. */
export const SCRIPT_WEIGHTS: Readonly<Record<NameScript, number>> = {
  latin: 55,
  greek: 7,
  cyrillic: 8,
  arabic: 10,
  hebrew: 7,
  cjk: 13,
};

interface Pool {
  given: readonly string[];
  family: readonly string[];
  /** Handout languages for clients named in this script. */
  languages: readonly string[];
  /** Family name first, without a space (Chinese). */
  familyFirstJoined?: boolean;
}

const POOLS: Readonly<Record<NameScript, Pool>> = {
  latin: {
    given: [
      'Zoë',
      'José',
      'Ana',
      'Łukasz',
      'Søren',
      'Björn',
      'Siobhán',
      'François',
      'Małgorzata',
      'Jürgen',
      'Inès',
      'Chloé',
      'Raúl',
      'Ngozi',
      'Thảo',
      'Çağla',
      'Đorđe',
      'Aoife',
      'Mårten',
      'Renée',
      'Tomás',
      'Halldóra',
      'Kwame',
      'Amara',
      'Liam',
      'Olivia',
      'Mateo',
      'Priya',
      'Daniel',
      'Sofía',
      'Noah',
      'Emma',
      'Ayşe',
      'Joaquín',
      'Zuzana',
      'Štěpán',
      'Anaïs',
      'Dagný',
      'Grace',
      'Samuel',
      'Leïla',
      'Oisín',
      'Ivana',
      'Bartosz',
      'Nuno',
      'Élodie',
      'Kai',
      'Mariam',
      'Pilar',
      'Ruth',
    ],
    family: [
      'García',
      'Kowalski',
      'Nguyễn',
      'Müller',
      "O'Brien",
      'Dvořák',
      'Øvrebø',
      'Şahin',
      'Jovanović',
      'Fernández',
      'Lindqvist',
      'Ní Bhriain',
      'Okafor',
      'Mensah',
      'Lefèvre',
      'Wiśniewska',
      'Gonçalves',
      'Sørensen',
      'Hämäläinen',
      'Brontë',
      'Nowak',
      'Smith',
      'Patel',
      'Johansson',
      'Rossi',
      'Novák',
      'Yılmaz',
      'Peña',
      'Ibáñez',
      'Þórsdóttir',
      'Acheampong',
      'MacLeod',
      'Van der Berg',
      'Dubois',
      'Schäfer',
      'Łęcka',
      'Trần',
      'Bianchi',
      'Costa',
      'Horvát',
      'Kamińska',
      'Ó Súilleabháin',
    ],
    languages: [
      'en',
      'en',
      'en',
      'es',
      'fr',
      'de',
      'pl',
      'pt',
      'da',
      'nb',
      'sv',
      'tr',
      'vi',
      'it',
      'nl',
    ],
  },
  greek: {
    given: [
      'Νίκος',
      'Ελένη',
      'Γιώργος',
      'Μαρία',
      'Δημήτρης',
      'Κατερίνα',
      'Σοφία',
      'Ανδρέας',
      'Φωτεινή',
      'Στέλιος',
    ],
    family: [
      'Παπαδόπουλος',
      'Κωνσταντίνου',
      'Γεωργίου',
      'Οικονόμου',
      'Νικολάου',
      'Αντωνίου',
      'Βλάχου',
      'Μαυρίδης',
    ],
    languages: ['el', 'el', 'en'],
  },
  cyrillic: {
    given: [
      'Анна',
      'Дмитрий',
      'Ольга',
      'Сергей',
      'Наталья',
      'Алексей',
      'Юлия',
      'Михаил',
      'Ксения',
      'Тарас',
      'Олена',
      'Ёлка',
    ],
    family: [
      'Иванова',
      'Петров',
      'Смирнова',
      'Ковальчук',
      'Соколов',
      'Шевченко',
      'Фёдорова',
      'Бондаренко',
      'Орлов',
    ],
    languages: ['ru', 'uk', 'en'],
  },
  arabic: {
    given: [
      'محمد',
      'فاطمة',
      'أحمد',
      'ليلى',
      'يوسف',
      'مريم',
      'عمر',
      'نور',
      'خالد',
      'سارة',
      'إبراهيم',
      'هدى',
    ],
    family: [
      'الأحمد',
      'الحسن',
      'منصور',
      'العلي',
      'حداد',
      'الخطيب',
      'إسماعيل',
      'الشامي',
      'عبد الله',
      'النجار',
    ],
    languages: ['ar', 'ar', 'en', 'fa', 'ur'],
  },
  hebrew: {
    given: ['דנה', 'יוסי', 'נועה', 'אבי', 'תמר', 'עומר', 'מיכל', 'איתי', 'שירה', 'רוני'],
    family: ['לוי', 'כהן', 'מזרחי', 'פרץ', 'ביטון', 'אברהם', 'פרידמן', 'שפירא'],
    languages: ['he', 'he', 'en'],
  },
  cjk: {
    given: ['小明', '娜', '伟', '静', '秀英', '建华', '丽', '子涵', '浩然', '雨桐', '美玲', '志强'],
    family: ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴'],
    languages: ['zh', 'zh', 'en'],
    familyFirstJoined: true,
  },
};

/** A drawn name with the language its handout is likely written in. */
export interface DrawnName {
  script: NameScript;
  displayName: string;
  givenName: string;
  language: string;
}

/** Draws a full name in a script. */
export function drawName(rng: Rng, script: NameScript = rng.weighted(SCRIPT_WEIGHTS)): DrawnName {
  const pool = POOLS[script];
  const given = rng.pick(pool.given);
  const family = rng.pick(pool.family);
  const displayName = pool.familyFirstJoined ? `${family}${given}` : `${given} ${family}`;
  return { script, displayName, givenName: given, language: rng.pick(pool.languages) };
}

/** A fixed client that every synthetic archive starts with, so searches in demos are predictable. */
export interface ShowcaseClient {
  displayName: string;
  preferredName: string;
  script: NameScript;
  language: string;
  /** A referral organisation only this client's sessions use. */
  uniqueReferral?: { name: string; kind: string };
}

/** The showcase clients, first in every synthetic archive (in this order). */
export const SHOWCASE_CLIENTS: readonly ShowcaseClient[] = [
  { displayName: 'Zoë Ørsted', preferredName: 'Zoë', script: 'latin', language: 'da' },
  { displayName: 'José García', preferredName: 'Pepe', script: 'latin', language: 'es' },
  { displayName: '王小明', preferredName: '', script: 'cjk', language: 'zh' },
  { displayName: 'דנה לוי', preferredName: '', script: 'hebrew', language: 'he' },
  { displayName: 'محمد الأحمد', preferredName: '', script: 'arabic', language: 'ar' },
  {
    displayName: 'Ana Kowalski',
    preferredName: 'Ana',
    script: 'latin',
    language: 'en',
    uniqueReferral: { name: 'Harbourlight Peer Support Collective', kind: 'Peer support group' },
  },
  { displayName: 'Νίκος Παπαδόπουλος', preferredName: '', script: 'greek', language: 'el' },
  { displayName: 'Анна Иванова', preferredName: 'Аня', script: 'cyrillic', language: 'ru' },
];

/** Tells whether a drawn name would duplicate a showcase client's. */
export function isShowcaseName(displayName: string): boolean {
  return SHOWCASE_CLIENTS.some((c) => c.displayName === displayName);
}
