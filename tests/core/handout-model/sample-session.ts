// An invented closing session used by the document tests (core, services, e2e). No real people.
import type { Profile, HandoutDefaults } from '../../../core/settings/settings-schema';
import type { CrisisLineSnapshot } from '../../../core/checklist/answer-schema';
import type { DocumentClient } from '../../../core/handout-model/source';

export const NAMES = [
  'Zoë Ørsted',
  'Ελπίδα',
  'Анастасия',
  'דנה לוי',
  'محمد الأحمد',
  '王小明',
] as const;
export const HEBREW_SENTENCE = 'אני גאה בדרך שעשיתי';
export const ARABIC_SENTENCE = 'أنا فخورة بما حققته هذا العام';
export const MIXED_LINE = 'Referral: דנה לוי, Tel Aviv';
export const HEBREW_LONG =
  'בחודשים האחרונים למדתי לזהות את הסימנים המוקדמים של עומס, לעצור לרגע, לנשום ולבקש עזרה מאנשים שאכפת להם ממני. אני יודעת שיהיו ימים קשים, ואני יודעת גם מה עוזר לי לעבור אותם בשלום.';

/** Words that must never reach the client handout. */
export const PRIVATE_REFLECTION =
  'Reflection-7f3a: I felt protective of this client and should take that to supervision.';
export const FEEDBACK_NOTE = 'Feedback-91c2: the second month felt slow and the homework too long.';
export const REPAIR_NOTE = 'Repair-44d0: we talked through the cancelled session in March.';
export const CLIENT_NOTES = 'Client-notes-5b1e: private note on the client record.';

const a = (itemId: string, answer: Record<string, unknown>) => ({ op: 'answer', itemId, answer });
const list = (prefix: string, texts: string[]) =>
  texts.map((text, i) => ({ id: `${prefix}${i + 1}`, values: { text } }));

/** Every change that fills the sample session (Planned ending), as `sessions.update` takes them. */
export function sampleChanges(): unknown[] {
  return [
    a('opening-feelings', { covered: true, text: 'A little sad, mostly proud.' }),
    a('opening-notes', { text: 'Mixed feelings; relief that the panic is rare now.' }),
    a('goals', {
      goals: [
        {
          id: 'g1',
          goal: 'Sleep through the night',
          start: 2,
          now: 7,
          clientWords: 'I wake up rested most days',
        },
        {
          id: 'g2',
          goal: 'Feel calmer at work',
          start: 3,
          now: 8,
          clientWords: 'Meetings no longer scare me',
        },
        {
          id: 'g3',
          goal: 'See friends every week',
          start: 1,
          now: 6,
          clientWords: 'Sunday walks with Анастасия',
        },
      ],
    }),
    a('measures', {
      scores: [
        { id: 'p1', measureId: 'phq-9', date: '2024-09-02', score: 18 },
        { id: 'p2', measureId: 'phq-9', date: '2024-11-04', score: 13 },
        { id: 'p3', measureId: 'phq-9', date: '2025-01-13', score: 9 },
        { id: 'p4', measureId: 'phq-9', date: '2025-03-10', score: 6 },
        { id: 'q1', measureId: 'gad-7', date: '2024-09-02', score: 15 },
        { id: 'q2', measureId: 'gad-7', date: '2024-11-04', score: 11 },
        { id: 'q3', measureId: 'gad-7', date: '2025-01-13', score: 8 },
        { id: 'q4', measureId: 'gad-7', date: '2025-03-10', score: 5 },
      ],
    }),
    a('what-helped', {
      text: 'Writing three lines each evening, and noticing the first signs of worry before they grew.',
    }),
    a('celebrate-proud', { covered: true, text: HEBREW_SENTENCE, inHandout: true }),
    a('celebrate-noticed', { covered: true, text: ARABIC_SENTENCE, inHandout: true }),
    a('referrals-fit', { covered: true, text: MIXED_LINE, inHandout: true }),
    a('achievements', {
      entries: list('a', [
        'Went back to the choir after two years',
        'Spoke up in the team meeting',
        'Slept eight hours most nights in March',
      ]),
    }),
    a('strengths', {
      entries: list('s', [
        'Curiosity about my own feelings',
        'Keeping going when it is hard',
        'Asking for help',
      ]),
    }),
    a('ongoing-goals', {
      goals: [
        {
          id: 'o1',
          goal: 'Keep the evening routine',
          firstStep: 'Phone away at 22:00 on weeknights',
        },
        { id: 'o2', goal: 'Travel by train again', firstStep: 'One stop with Ελπίδα in May' },
      ],
    }),
    a('coping-toolkit', {
      entries: list('c', ['Walk by the river', 'Box breathing for two minutes', 'Text Ελπίδα']),
    }),
    a('warning-signs', {
      entries: [
        {
          id: 'w1',
          values: {
            sign: 'Skipping meals',
            action: 'Plan a simple meal the night before',
            contact: 'Ελπίδα',
          },
        },
        {
          id: 'w2',
          values: {
            sign: 'Lying awake after 2 am',
            action: 'Get up, read in the kitchen',
            contact: 'My doctor',
          },
        },
      ],
    }),
    a('support-people', {
      entries: [
        {
          id: 'p1',
          values: {
            name: 'Ελπίδα',
            how: 'My sister; listens without fixing',
            reach: '+44 7700 900123',
          },
        },
        { id: 'p2', values: { name: 'Анастасия', how: 'Sunday walks', reach: 'Messages' } },
        {
          id: 'p3',
          values: { name: '王小明', how: 'Colleague who covers for me', reach: 'At work' },
        },
      ],
    }),
    a('safety-plan', {
      safetyPlan: {
        warningSigns: ['Not sleeping for several nights'],
        copingAlone: ['Box breathing', 'Cold water on my face'],
        distractions: ['The library on Hill Street'],
        askForHelp: ['Ελπίδα', 'Анастасия'],
        professionals: ['My doctor', 'Samaritans 116 123'],
        saferSurroundings: ['Medication kept by my partner'],
        reasonsForLiving: ['My nephew', 'The choir'],
      },
    }),
    a('referrals', {
      covered: true,
      referrals: [
        {
          id: 'r1',
          name: 'דנה לוי',
          kind: 'Psychologist',
          phone: '+972 3 555 0101',
          address: 'Tel Aviv',
          note: 'Speaks Hebrew and English.',
        },
        {
          id: 'r2',
          name: 'محمد الأحمد',
          kind: 'Peer support group',
          phone: '+44 20 7946 0321',
          web: 'https://example.org/group',
          note: 'Tuesdays at 7 pm.',
        },
        {
          id: 'r3',
          name: 'Quiet Harbor Sleep Clinic',
          kind: 'Sleep clinic',
          phone: '+44 20 7946 0999',
        },
      ],
    }),
    a('crisis-lines', { covered: true, crisisLines: sampleCrisisLines() }),
    a('self-help', {
      entries: list('h', ['“Overcoming Insomnia” workbook', 'A breathing app you like']),
    }),
    a('feedback-notes', { text: FEEDBACK_NOTE, inHandout: true }),
    a('repair-notes', { text: REPAIR_NOTE }),
    a('return-policy', {
      text: 'You are welcome back at any time. Call the practice and we can usually offer a first session within two weeks.',
    }),
    a('booster-session', { text: 'A check-in in September, if you would like one' }),
    a('closing-note', {
      text: 'It has been a privilege to work with you, Zoë. You did the hard work; I was glad to walk beside you.',
    }),
    a('reflection', { text: PRIVATE_REFLECTION }),
    a('reflection-learned', { covered: true, text: PRIVATE_REFLECTION }),
    { op: 'reason', reason: { code: 'goals-met' } },
    {
      op: 'risk-at-discharge',
      risk: {
        date: '2025-03-14',
        level: 'none',
        note: 'Asked directly: no thoughts of suicide or self-harm since January; PHQ-9 item 9 was 0.',
      },
    },
  ];
}

/** Two crisis lines as a session would snapshot them. */
export function sampleCrisisLines(): CrisisLineSnapshot[] {
  return [
    {
      id: 'gb-samaritans',
      name: 'Samaritans',
      how: ['call'],
      contact: '116 123',
      instructions: 'Free, any time, from any phone.',
      hours: '24 hours',
      region: 'GB',
      emergency: false,
    },
    {
      id: 'gb-shout',
      name: 'Shout',
      how: ['text'],
      contact: '85258',
      instructions: 'Text SHOUT to 85258.',
      hours: '24 hours',
      region: 'GB',
      emergency: false,
    },
    {
      id: 'gb-999',
      name: 'Emergency services',
      how: ['call'],
      contact: '999',
      instructions: 'If your life is in danger.',
      hours: '',
      region: 'GB',
      emergency: true,
    },
  ];
}

/** The sample client (as the documents see it). */
export const SAMPLE_CLIENT: DocumentClient = {
  displayName: 'Zoë Ørsted',
  preferredName: 'Zoë',
  pronouns: 'she/her',
  recordCode: 'RC-1001',
  language: 'en',
  direction: 'ltr',
};

/** The sample clinician profile. */
export const SAMPLE_PROFILE: Profile = {
  name: 'Ελπίδα Παπαδοπούλου',
  credentials: 'MSc, Counselling Psychologist',
  licenceNumber: 'HCPC PYL12345',
  practiceName: 'Quiet Harbor Counselling',
  address: '12 Harbour Lane, Bristol BS1 4AA',
  phone: '+44 117 496 0000',
  email: 'hello@quietharbor.example',
  website: 'https://quietharbor.example',
  signatureLine: '',
  recordsYears: 7,
  recordsContact: 'Records office, records@quietharbor.example',
};

/** The sample handout settings. */
export const SAMPLE_HANDOUT: HandoutDefaults = {
  pageSize: 'A4',
  dateFormat: 'long',
  showScores: true,
  chartBandNames: true,
  returnPolicy: 'Ending our work together does not close the door.',
  goodbyeStarter: 'It has been a privilege to work with you. ',
  wordingOverrides: {},
  wordingChecked: [],
};
