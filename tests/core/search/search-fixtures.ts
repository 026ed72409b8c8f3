import { createHash } from 'node:crypto';
import type { SearchDocument } from '../../../core/search';
import type { SyntheticRecordOptions } from '../../../core/search/synthetic';
import { builtIn } from '../template-fixtures';

/** The built-in templates and SHA-256, for building synthetic archives' records. */
export function syntheticOptions(): SyntheticRecordOptions {
  return {
    templates: {
      'planned-ending': builtIn('planned-ending'),
      'brief-ending': builtIn('brief-ending'),
    },
    hash: (text) => createHash('sha256').update(text, 'utf8').digest('hex'),
  };
}

let counter = 0;

/** A document with sensible defaults; ids are 32 hex characters like real record ids. */
export function makeDoc(partial: Partial<SearchDocument> = {}): SearchDocument {
  counter += 1;
  const n = counter.toString(16).padStart(32, '0');
  return {
    sessionId: `a${n.slice(1)}`,
    clientId: `c${n.slice(1)}`,
    clientDisplayName: 'Sam Example',
    preferredName: '',
    recordCode: '',
    kind: 'closing-session',
    status: 'finalized',
    templateId: 'planned-ending',
    templateName: 'Planned ending',
    reasonCode: 'goals-met',
    reasonText: 'Goals met',
    date: '2024-03-14',
    updatedAt: '2024-03-14T10:00:00.000Z',
    finalizedAt: '2024-03-14T11:00:00.000Z',
    goals: ['Feel calmer before presentations at work'],
    achievements: ['Gave a talk to the whole team'],
    plan: ['Keep practising slow breathing every morning'],
    referrals: [],
    notes: [],
    clinicianNotes: [],
    privateReflection: [],
    ...partial,
  };
}

/** A small archive with names in several scripts. */
export function sampleArchive(): SearchDocument[] {
  return [
    makeDoc({ clientDisplayName: 'Zoë Ørsted', recordCode: 'CS-2023-014', date: '2023-05-02' }),
    makeDoc({
      clientDisplayName: 'José Álvarez',
      preferredName: 'Pepe',
      date: '2022-11-20',
      status: 'draft',
      finalizedAt: null,
    }),
    makeDoc({ clientDisplayName: '王小明', date: '2024-01-09', goals: ['减少焦虑'] }),
    makeDoc({
      clientDisplayName: 'דנה לוי',
      date: '2021-07-30',
      kind: 'closure-letter',
      reasonCode: 'stopped-attending',
      reasonText: 'Client stopped attending',
    }),
    makeDoc({ clientDisplayName: 'محمد الأحمد', date: '2024-06-18' }),
    makeDoc({
      clientDisplayName: 'Ana Kowalski',
      date: '2022-02-01',
      referrals: [{ name: 'Harbourlight Peer Support Collective', kind: 'Peer support group' }],
    }),
    makeDoc({
      clientDisplayName: 'Łukasz Đorđević',
      date: '2020-09-12',
      templateId: 'brief-ending',
      templateName: 'Brief / unplanned ending',
    }),
    makeDoc({
      clientDisplayName: 'Νίκος Παπαδόπουλος',
      date: '2023-12-01',
      privateReflection: ['I noticed my own impatience around the countertransference in March'],
    }),
  ];
}
