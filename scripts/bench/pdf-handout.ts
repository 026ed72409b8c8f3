/** The bench handout: a few pages with charts, in Latin, Chinese or Arabic text (Arabic for an Arabic client, right to left). */
import { readFileSync } from 'node:fs';
import type { RenderableDocument } from '../../core/document/document';
import {
  applyUpdate,
  ContentUpdateSchema,
  draftFinalization,
  newSessionContent,
} from '../../core/checklist';
import { buildHandout } from '../../core/handout-model/handout';
import { parseBuiltInTemplate } from '../../core/template';

const TEMPLATE_FILE = new URL('../../resources/templates/planned-ending.json', import.meta.url);

/** Which script the handout's typed text is in. */
export type Script = 'latin' | 'cjk' | 'arabic';

const ARABIC = {
  client: 'محمد الأحمد',
  goals: ['النوم طوال الليل', 'هدوء أكثر في العمل', 'رؤية الأصدقاء كل أسبوع'],
  clientWords: ['أستيقظ مرتاحا معظم الأيام', 'الاجتماعات لم تعد تخيفني', 'نزهة يوم الأحد مع صديق'],
  helped: 'كتابة ثلاثة أسطر كل مساء، وملاحظة أولى علامات القلق قبل أن تكبر.',
  achievements: [
    'عدت إلى الجوقة بعد عامين',
    'تحدثت في اجتماع الفريق',
    'نمت ثماني ساعات معظم ليالي مارس',
  ],
  toolkit: ['المشي بجانب النهر', 'التنفس المربع لدقيقتين', 'رسالة إلى أختي'],
  note: 'كان العمل معك شرفا لي. أنت من قام بالعمل الصعب، وكنت سعيدة بالسير بجانبك.',
};

/** Text of the bench handout in one script (Latin, Chinese for the CJK size, Arabic for right to left). */
function words(script: Script) {
  if (script === 'arabic') return ARABIC;
  const zh = script === 'cjk';
  return {
    client: zh ? '王小明' : 'Zoë Ørsted',
    goals: zh
      ? ['晚上睡得安稳', '工作时更平静', '每周见朋友']
      : ['Sleep through the night', 'Feel calmer at work', 'See friends every week'],
    clientWords: zh
      ? ['大多数日子醒来精神很好', '开会不再让我害怕', '周日和朋友散步']
      : ['I wake up rested most days', 'Meetings no longer scare me', 'Sunday walks with a friend'],
    helped: zh
      ? '每天晚上写三行字，在担心变大之前注意到它的最初迹象。'
      : 'Writing three lines each evening, and noticing the first signs of worry before they grew.',
    achievements: zh
      ? ['两年后重新回到合唱团', '在团队会议上发言', '三月份大多数晚上睡了八个小时']
      : [
          'Went back to the choir after two years',
          'Spoke up in the team meeting',
          'Slept eight hours most nights in March',
        ],
    toolkit: zh
      ? ['在河边散步', '两分钟的方块呼吸', '给姐姐发短信']
      : ['Walk by the river', 'Box breathing for two minutes', 'Text my sister'],
    note: zh
      ? '能与你一起工作是我的荣幸。你做了艰难的工作，我很高兴能陪你走这一段路。'
      : 'It has been a privilege to work with you. You did the hard work; I was glad to walk beside you.',
  };
}

function source(script: Script) {
  const template = parseBuiltInTemplate(JSON.parse(readFileSync(TEMPLATE_FILE, 'utf8')));
  const w = words(script);
  const a = (itemId: string, answer: Record<string, unknown>) => ({ op: 'answer', itemId, answer });
  const list = (p: string, texts: string[]) =>
    texts.map((text, i) => ({ id: `${p}${i}`, values: { text } }));
  const changes = [
    a('goals', {
      goals: w.goals.map((goal, i) => ({
        id: `g${i}`,
        goal,
        start: 2 + i,
        now: 7 + (i % 3),
        clientWords: w.clientWords[i],
      })),
    }),
    a('measures', {
      scores: [18, 13, 9, 6].flatMap((s, i) => [
        { id: `p${i}`, measureId: 'phq-9', date: `2025-0${i + 1}-10`, score: s },
        { id: `q${i}`, measureId: 'gad-7', date: `2025-0${i + 1}-10`, score: s - 3 },
      ]),
    }),
    a('what-helped', { text: w.helped }),
    a('achievements', { entries: list('a', w.achievements) }),
    a('coping-toolkit', { entries: list('c', w.toolkit) }),
    a('crisis-lines', {
      covered: true,
      crisisLines: [
        {
          id: 'c1',
          name: 'Samaritans',
          how: ['call'],
          contact: '116 123',
          instructions: 'Free, any time.',
          hours: '24 hours',
          region: 'GB',
        },
      ],
    }),
    a('return-policy', {
      text: 'You are welcome back at any time. Call the practice and we can usually offer a first session within two weeks.',
    }),
    a('closing-note', { text: w.note }),
  ];
  const start = {
    template,
    content: newSessionContent(template),
    finalization: draftFinalization(),
  };
  const filled = applyUpdate(start, ContentUpdateSchema.parse({ changes }), {
    at: '2025-03-14T10:00:00.000Z',
    hash: () => 'bench',
  });
  return {
    template,
    content: filled.content,
    finalization: filled.finalization,
    client: {
      displayName: w.client,
      preferredName: '',
      pronouns: '',
      recordCode: '',
      language: script === 'cjk' ? 'zh' : script === 'arabic' ? 'ar' : 'en',
      direction: script === 'arabic' ? ('rtl' as const) : ('ltr' as const),
    },
    profile: {
      name: 'Helen Park',
      credentials: 'MSc',
      licenceNumber: '',
      practiceName: 'Quiet Harbor Counselling',
      address: '',
      phone: '+44 117 496 0000',
      email: 'hello@quietharbor.example',
      website: '',
      signatureLine: '',
      recordsYears: 7,
      recordsContact: '',
    },
    handout: {
      pageSize: 'A4' as const,
      dateFormat: 'long' as const,
      showScores: true,
      chartBandNames: true,
      returnPolicy: '',
      goodbyeStarter: '',
    },
    crisisLines: [],
    date: '2025-03-14',
    creationDate: '2025-03-14T10:30:00.000Z',
  };
}

/** The bench handout's document model. */
export function benchHandout(script: Script): RenderableDocument {
  return buildHandout(source(script));
}
