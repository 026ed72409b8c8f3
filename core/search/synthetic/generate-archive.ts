/**
 * A synthetic archive: invented, varied clients and their closing documents, deterministic for
 * a seed. Used by `npm run seed-demo` (which writes them through the vault) and by the search
 * benchmark. Nothing here is real client data.
 */
import {
  drawAchievements,
  drawGoal,
  drawNotes,
  drawPlan,
  drawReflection,
  drawStrengths,
  drawFeedback,
  type SyntheticGoal,
  type SyntheticOngoingGoal,
} from './clinical-text';
import { drawName, isShowcaseName, SHOWCASE_CLIENTS, type NameScript } from './name-pools';
import { createRng, type Rng } from './prng';
import { buildReferralDirectory, type SyntheticReferral } from './referral-directory';

/** An invented client. */
export interface SyntheticClient {
  id: string;
  displayName: string;
  preferredName: string;
  pronouns: string;
  recordCode: string;
  language: string;
  script: NameScript;
  notes: string;
}

/** An invented closing session or closure letter, with fields named like the built-in templates' items. */
export interface SyntheticSession {
  id: string;
  clientId: string;
  kind: 'closing-session' | 'closure-letter';
  status: 'draft' | 'finalized';
  templateId: string;
  templateName: string;
  reasonCode: string;
  reasonOtherText: string;
  /** YYYY-MM-DD. */
  date: string;
  createdAt: string;
  updatedAt: string;
  finalizedAt: string | null;
  goals: SyntheticGoal[];
  measures: { measure: 'phq-9' | 'gad-7'; scores: { date: string; score: number }[] }[];
  achievements: string[];
  strengths: string[];
  ongoingGoals: SyntheticOngoingGoal[];
  copingToolkit: string[];
  warningSigns: { sign: string; action: string }[];
  supportPeople: string[];
  referrals: SyntheticReferral[];
  feedbackNotes: string;
  closingNote: string;
  notes: string;
  reflection: string;
}

/** One client with their documents, oldest first. */
export interface SyntheticClientRecord {
  client: SyntheticClient;
  sessions: SyntheticSession[];
}

/** What to generate. */
export interface SyntheticArchiveOptions {
  seed: number | string;
  /** How many documents in all (clients are added until this many exist). */
  sessions: number;
  /** Whether to start with the fixed showcase clients (default true). */
  showcase?: boolean;
}

const TEMPLATES = {
  'planned-ending': 'Planned ending',
  'brief-ending': 'Brief / unplanned ending',
  'planned-ending-teens': 'Planned ending (young people)',
} as const;

const SESSION_REASONS = {
  'goals-met': 40,
  'mutual-agreement': 20,
  'client-choice': 10,
  moved: 8,
  'financial-or-insurance': 6,
  'referred-elsewhere': 6,
  'higher-level-of-care': 3,
  'clinician-leaving': 4,
  other: 3,
} as const;
const LETTER_REASONS = { 'stopped-attending': 80, moved: 10, other: 10 } as const;
const PRONOUNS = ['she/her', 'he/him', 'they/them', '', ''] as const;
const FIRST_DAY = Date.UTC(2017, 0, 1);
const LAST_DAY = Date.UTC(2025, 11, 31);
const SPAN_DAYS = 3000;
const DAY_MS = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function recordCode(rng: Rng, n: number, year: number): string {
  const style = rng.int(0, 2);
  if (style === 0) return `CS-${year}-${String(n).padStart(4, '0')}`;
  if (style === 1) return `KL/${String(year).slice(2)}/${String(n).padStart(5, '0')}`;
  return `A${10000 + n}`;
}

function makeSession(
  rng: Rng,
  client: SyntheticClient,
  dayMs: number,
  directory: readonly SyntheticReferral[],
  unique: SyntheticReferral | null,
): SyntheticSession {
  const kind = rng.chance(0.15) ? 'closure-letter' : 'closing-session';
  const status = rng.chance(0.85) ? 'finalized' : 'draft';
  const templateId =
    kind === 'closure-letter'
      ? 'brief-ending'
      : rng.weighted({ 'planned-ending': 75, 'brief-ending': 15, 'planned-ending-teens': 10 });
  const reasonCode =
    kind === 'closure-letter' ? rng.weighted(LETTER_REASONS) : rng.weighted(SESSION_REASONS);
  const date = isoDay(dayMs);
  const created = new Date(dayMs + rng.int(8, 17) * 3_600_000).toISOString();
  const updated = new Date(dayMs + rng.int(18, 23) * 3_600_000).toISOString();
  const referrals = rng.sample(directory, rng.int(0, 3));
  if (unique) referrals.unshift(unique);
  const first = rng.int(10, 24);
  const measures = [
    {
      measure: 'phq-9' as const,
      scores: [
        { date: isoDay(dayMs - rng.int(60, 300) * DAY_MS), score: first },
        { date, score: Math.max(0, first - rng.int(0, 14)) },
      ],
    },
  ];
  const plan = drawPlan(rng);
  return {
    id: rng.hex(32),
    clientId: client.id,
    kind,
    status,
    templateId,
    templateName: TEMPLATES[templateId],
    reasonCode,
    reasonOtherText:
      reasonCode === 'other'
        ? rng.pick([
            'Client started a long work posting abroad',
            'Service contract ended',
            'Client preferred an online service',
          ])
        : '',
    date,
    createdAt: created,
    updatedAt: updated,
    finalizedAt: status === 'finalized' ? updated : null,
    goals:
      kind === 'closure-letter'
        ? [drawGoal(rng)]
        : Array.from({ length: rng.int(1, 4) }, () => drawGoal(rng)),
    measures: kind === 'closure-letter' ? [] : measures,
    achievements: kind === 'closure-letter' ? [] : drawAchievements(rng, rng.int(1, 4)),
    strengths: drawStrengths(rng, rng.int(1, 3)),
    ongoingGoals: plan.ongoingGoals,
    copingToolkit: plan.coping,
    warningSigns: plan.warningSigns,
    supportPeople: plan.supportPeople,
    referrals,
    feedbackNotes: kind === 'closure-letter' ? '' : drawFeedback(rng),
    closingNote: `It has been a privilege to work with you, ${client.preferredName || client.displayName}.`,
    notes: drawNotes(rng, client.language),
    reflection: drawReflection(rng),
  };
}

/**
 * Yields invented clients with their documents until `sessions` documents exist, the showcase
 * clients first. Deterministic: the same options always give the same archive.
 */
export function* iterateSyntheticArchive(
  options: SyntheticArchiveOptions,
): Generator<SyntheticClientRecord> {
  const rng = createRng(options.seed);
  const directory = buildReferralDirectory(rng, 60);
  const showcase = (options.showcase ?? true) ? SHOWCASE_CLIENTS : [];
  let made = 0;
  let n = 0;
  while (made < options.sessions) {
    const fixed = showcase[n];
    n += 1;
    let drawn = drawName(rng, fixed?.script);
    while (!fixed && isShowcaseName(drawn.displayName)) drawn = drawName(rng);
    const startDay = FIRST_DAY + rng.int(0, SPAN_DAYS) * DAY_MS;
    const client: SyntheticClient = {
      id: rng.hex(32),
      displayName: fixed?.displayName ?? drawn.displayName,
      preferredName: fixed ? fixed.preferredName : rng.chance(0.2) ? drawn.givenName : '',
      pronouns: rng.pick(PRONOUNS),
      recordCode: rng.chance(0.9) ? recordCode(rng, n, new Date(startDay).getUTCFullYear()) : '',
      language: fixed?.language ?? drawn.language,
      script: drawn.script,
      notes: rng.chance(0.4) ? drawNotes(rng, fixed?.language ?? drawn.language) : '',
    };
    const count = Math.min(
      options.sessions - made,
      rng.weighted({ one: 80, two: 15, three: 5 }) === 'one' ? 1 : rng.int(2, 3),
    );
    const unique = fixed?.uniqueReferral
      ? { ...fixed.uniqueReferral, phone: '0161 555 0142', web: 'https://harbourlight.example.org' }
      : null;
    const sessions: SyntheticSession[] = [];
    let day = startDay;
    for (let i = 0; i < count; i += 1) {
      sessions.push(makeSession(rng, client, day, directory, unique));
      day = Math.min(
        day + rng.int(120, 700) * DAY_MS,
        Math.max(day + DAY_MS, LAST_DAY - rng.int(0, 60) * DAY_MS),
      );
    }
    made += count;
    yield { client, sessions };
  }
}

/** The whole synthetic archive at once (see `iterateSyntheticArchive`). */
export function generateSyntheticArchive(
  options: SyntheticArchiveOptions,
): SyntheticClientRecord[] {
  return [...iterateSyntheticArchive(options)];
}
