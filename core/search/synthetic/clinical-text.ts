/**
 * Invented clinical wording for synthetic sessions: goals with the client's own words,
 * achievements, strengths, plans for continued growth, warning signs, notes and the
 * clinician's private reflection. Built from parts so the vocabulary varies like real notes.
 */
import type { Rng } from './prng';

const CONCERNS = [
  'panic attacks',
  'low mood',
  'worry',
  'social anxiety',
  'grief after a bereavement',
  'sleep problems',
  'work stress',
  'burnout',
  'relationship conflict',
  'anger',
  'health anxiety',
  'perfectionism',
  'self-criticism',
  'loneliness after moving',
  'postnatal low mood',
  'intrusive memories',
  'procrastination',
  'drinking more than intended',
  'compulsive checking',
  'fear of driving',
  'exam stress',
  'caring for a parent with dementia',
  'a painful divorce',
];

const GOAL_STEMS = [
  (c: string) => `Feel less overwhelmed by ${c}`,
  (c: string) => `Understand what keeps the ${c} going`,
  (c: string) => `Cope with ${c} without avoiding things`,
  (c: string) => `Notice early signs of ${c} and act sooner`,
  (c: string) => `Talk openly with family about ${c}`,
];

const CONCRETE_GOALS = [
  'Return to work full time',
  'Sleep at least six hours most nights',
  'Take the bus to town alone',
  'Go to the gym twice a week',
  'Say no to extra shifts without guilt',
  'Reconnect with two old friends',
  'Speak up in team meetings',
  'Drive on the motorway again',
  'Finish the dissertation draft',
  'Cook dinner three evenings a week',
  'Visit the cemetery without panicking',
  'Cut down to weekend drinking only',
  'Set a regular bedtime',
  'Ask for help earlier',
  'Spend an afternoon a week on painting',
  'Walk the dog every morning',
  'Plan a holiday with the children',
];

const CLIENT_WORDS = [
  '“I feel like myself again.”',
  '“It still happens, but it doesn’t run my day.”',
  '“I can breathe through it now.”',
  '“Some weeks are harder, but I know what to do.”',
  '“I stopped waiting to feel ready.”',
  '“My partner says I laugh more.”',
  '“I didn’t think I could get here.”',
  '“It’s smaller than it was.”',
  '“I still worry, I just don’t obey it.”',
];

const ACHIEVEMENTS = [
  'Gave a presentation to the whole department',
  'Flew to Lisbon for a cousin’s wedding',
  'Went back to choir',
  'Finished a 10 km charity run',
  'Told their sister about the diagnosis',
  'Started a pottery class',
  'Returned to university',
  'Handled a conflict with the manager calmly',
  'Slept through the night most weeks',
  'Drove to the coast and back',
  'Stopped checking the locks more than once',
  'Cleared the debt letters pile',
  'Spoke at the funeral',
  'Applied for a new job and got it',
  'Joined a walking group',
  'Set boundaries with an ex-partner',
  'Took the children swimming',
  'Went a month without a drink',
];

const STRENGTHS = [
  'persistence',
  'humour',
  'honesty',
  'curiosity',
  'kindness to others',
  'courage to try new things',
  'loyalty',
  'creativity',
  'patience with the children',
  'willingness to ask for help',
];

const COPING = [
  'slow breathing (4-7-8)',
  'a ten-minute walk outside',
  'writing worries down at a set time',
  'calling a friend',
  'the grounding exercise with five senses',
  'a warm shower and a reset',
  'noticing and naming the thought',
  'gentle yoga',
  'keeping a gratitude list',
  'limiting news to once a day',
  'scheduling one pleasant activity daily',
  'the thought record sheet',
];

const WARNING_SIGNS = [
  'sleeping badly for more than a week',
  'cancelling plans with friends',
  'drinking alone in the evening',
  'checking the phone compulsively',
  'snapping at the children',
  'skipping meals',
  'staying in bed late at weekends',
  'feeling hopeless about the future',
  'avoiding the car again',
];

const WARNING_ACTIONS = [
  'use the coping plan and tell a support person',
  'book a check-in with the GP',
  'go back to the daily activity schedule',
  'contact the clinic for a booster session',
  'call the crisis line if it gets worse',
];

const SUPPORT_PEOPLE = [
  'sister',
  'partner',
  'best friend',
  'neighbour',
  'mother',
  'colleague',
  'cousin',
  'support group friend',
];

const NOTE_PARTS = [
  (r: Rng) => `Client reflected on ${r.pick(CONCERNS)} and how it has changed since assessment.`,
  (r: Rng) =>
    `We reviewed the ${r.pick(['PHQ-9', 'GAD-7', 'ORS'])} scores together; client was surprised by the change.`,
  (r: Rng) =>
    `Discussed mixed feelings about ending: relief, some sadness, a little fear of ${r.pick(['relapse', 'being alone with it', 'the winter'])}.`,
  (r: Rng) => `Talked about the ${r.pick(SUPPORT_PEOPLE)} as a key support.`,
  (r: Rng) =>
    `Agreed a booster session in ${r.pick(['six weeks', 'three months', 'the spring', 'September'])}.`,
  (r: Rng) => `Client named ${r.pick(STRENGTHS)} as something they want to keep using.`,
  () => 'Door-open policy explained; client knows how to come back.',
  (r: Rng) => drawFeedback(r),
  () =>
    'Acknowledged the missed sessions in the summer and the rupture around rescheduling; repaired.',
];

const REFLECTION_PARTS = [
  () => 'I felt a pull to extend the work; ending is right clinically.',
  () => 'Noticed my own sadness at this ending — worth taking to supervision.',
  (r: Rng) =>
    `Countertransference around ${r.pick(['rescuing', 'impatience', 'over-reassurance', 'protectiveness'])}; kept an eye on it.`,
  () => 'Early formulation underestimated the grief component.',
  () => 'Next time: introduce relapse prevention earlier.',
  (r: Rng) =>
    `Supervisor suggested exploring ${r.pick(['attachment themes', 'shame', 'the family script', 'perfectionism'])} if the client returns.`,
];

const MULTILINGUAL_NOTES: Readonly<Record<string, readonly string[]>> = {
  es: [
    'La clienta habló de su progreso con la ansiedad.',
    'Acordamos una sesión de refuerzo en tres meses.',
  ],
  fr: [
    'Le client a parlé de son sommeil qui s’améliore.',
    'Nous avons revu le plan en cas de rechute.',
  ],
  de: ['Die Klientin spürt weniger Grübeln und schläft besser.', 'Rückfallprävention besprochen.'],
  el: ['Ο πελάτης μίλησε για το άγχος στη δουλειά.', 'Συμφωνήσαμε σε συνεδρία υποστήριξης.'],
  ru: ['Клиентка рассказала о снижении тревоги.', 'Обсудили план на случай ухудшения.'],
  uk: ['Клієнт відзначив покращення сну.', 'Домовилися про підтримуючу зустріч.'],
  ar: ['تحدث العميل عن تحسن النوم والمزاج.', 'اتفقنا على جلسة متابعة بعد ثلاثة أشهر.'],
  he: ['המטופלת סיפרה על ירידה בחרדה.', 'סיכמנו על פגישת חיזוק בעוד שלושה חודשים.'],
  zh: ['来访者谈到焦虑明显减少。', '我们约定三个月后进行一次巩固会谈。'],
};

/** A treatment goal with where it started and where it is now (0–10), and the client's words. */
export interface SyntheticGoal {
  goal: string;
  start: number;
  now: number;
  clientWords: string;
}

/** Draws a treatment goal. */
export function drawGoal(rng: Rng): SyntheticGoal {
  const goal = rng.chance(0.5)
    ? rng.pick(GOAL_STEMS)(rng.pick(CONCERNS))
    : rng.pick(CONCRETE_GOALS);
  const start = rng.int(1, 5);
  return {
    goal,
    start,
    now: Math.min(10, start + rng.int(0, 6)),
    clientWords: rng.pick(CLIENT_WORDS),
  };
}

/** Draws `count` distinct achievements. */
export function drawAchievements(rng: Rng, count: number): string[] {
  return rng.sample(ACHIEVEMENTS, count);
}

/** Draws `count` distinct strengths. */
export function drawStrengths(rng: Rng, count: number): string[] {
  return rng.sample(STRENGTHS, count);
}

/** An ongoing goal with its first step. */
export interface SyntheticOngoingGoal {
  goal: string;
  firstStep: string;
}

/** Draws the plan for continued growth. */
export function drawPlan(rng: Rng): {
  ongoingGoals: SyntheticOngoingGoal[];
  coping: string[];
  warningSigns: { sign: string; action: string }[];
  supportPeople: string[];
} {
  const ongoingGoals = rng.sample(CONCRETE_GOALS, rng.int(1, 3)).map((goal) => ({
    goal,
    firstStep: `This week: ${rng.pick(['book it in the diary', 'tell someone about it', 'try it once for ten minutes', 'write down the first step'])}`,
  }));
  const warningSigns = rng
    .sample(WARNING_SIGNS, rng.int(1, 3))
    .map((sign) => ({ sign, action: rng.pick(WARNING_ACTIONS) }));
  return {
    ongoingGoals,
    coping: rng.sample(COPING, rng.int(2, 4)),
    warningSigns,
    supportPeople: rng.sample(SUPPORT_PEOPLE, rng.int(1, 2)),
  };
}

/** Draws session notes (a few sentences; sometimes partly in the client's language). */
export function drawNotes(rng: Rng, language: string): string {
  const parts = rng.sample(NOTE_PARTS, rng.int(2, 5)).map((make) => make(rng));
  const local = MULTILINGUAL_NOTES[language];
  if (local && rng.chance(0.5)) parts.push(rng.pick(local));
  return parts.join(' ');
}

/** Draws the clinician's private reflection (sometimes empty). */
export function drawReflection(rng: Rng): string {
  if (rng.chance(0.3)) return '';
  return rng
    .sample(REFLECTION_PARTS, rng.int(1, 2))
    .map((make) => make(rng))
    .join(' ');
}

/** Draws what the client said helped and what did not. */
export function drawFeedback(rng: Rng): string {
  return `Feedback: the ${rng.pick(['homework', 'pace', 'breathing work', 'exposure steps', 'letter writing'])} helped most; the ${rng.pick(['early sessions', 'worksheets', 'online sessions'])} less so.`;
}
