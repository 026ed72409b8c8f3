/**
 * Gathers what a document is built from out of the open vault, the settings and the shipped
 * crisis lines: the session record (template snapshot, content, finalization), its client, the
 * clinician's profile and handout settings, the crisis lines for the client's own region (the
 * practice's when the client has none; with the clinician's corrections when that area stores
 * any) and the referral directory.
 */
import { createHash } from 'node:crypto';
import type { CrisisLineSnapshot, ReferralSnapshot } from '../../../core/checklist/answer-schema';
import { snapshotCrisisLine } from '../../../core/checklist/answer-schema';
import type { SessionContent } from '../../../core/checklist/content-schema';
import { canonicalize } from '../../../core/checklist/content-schema';
import type { Finalization } from '../../../core/checklist/finalize';
import type { Client } from '../../../core/clients/client';
import type { ClinicianCrisisLine } from '../../../core/crisis-lines/crisis-line-schema';
import { linesForRegion } from '../../../core/crisis-lines/lines-for-region';
import type { DocumentOptions } from '../../../core/documents/document-record';
import type { CourseOfCare, DocumentSource } from '../../../core/handout-model/source';
import { AppError } from '../../../core/result';
import type { Settings } from '../../../core/settings/settings-schema';
import type { Template } from '../../../core/template/template-schema';
import type { RecordIndex } from '../store/record-index';
import { loadCrisisLines } from '../settings/crisis-lines-file';

/** The parts of a stored session record the documents read. */
export interface SessionForDocuments {
  id: string;
  clientId: string;
  template: Template;
  content: SessionContent;
  finalization: Finalization;
}

/** A source plus the directory referrals the closure letter may add. */
export type FullSource = DocumentSource & { directoryReferrals: ReferralSnapshot[] };

/** SHA-256 of the session's canonical content: the stored hash when finalized, else computed now. */
export function sessionContentHash(
  session: Pick<SessionForDocuments, 'content' | 'finalization'>,
): string {
  return (
    session.finalization.contentHash ??
    createHash('sha256').update(canonicalize(session.content), 'utf8').digest('hex')
  );
}

/** Reads one session record for documents; `not-found` when it does not exist or is not a checklist record. */
export async function readSession(
  index: RecordIndex,
  sessionId: string,
): Promise<SessionForDocuments> {
  if (!index.summary('session', sessionId))
    throw new AppError('not-found', 'That session does not exist.');
  const data = (await index.get<Partial<SessionForDocuments>>('session', sessionId)).data;
  if (!data.template || !data.content || !data.finalization || !data.clientId) {
    throw new AppError('not-found', 'That session has no checklist yet.');
  }
  return {
    id: sessionId,
    clientId: data.clientId,
    template: data.template,
    content: data.content,
    finalization: data.finalization,
  };
}

/** Summaries of a kind another area may not have registered yet (empty then). */
function optionalSummaries<T>(index: RecordIndex, kind: string): T[] {
  try {
    return index.summaries<T>(kind);
  } catch {
    return [];
  }
}

/** The clinician's own crisis-line corrections and additions, when that area stores them. */
function clinicianLines(index: RecordIndex): ClinicianCrisisLine[] {
  return optionalSummaries<{ line?: ClinicianCrisisLine; deleted?: boolean }>(index, 'crisis-line')
    .filter((s) => s.line && !s.deleted)
    .map((s) => s.line!);
}

/** Directory contacts as referral snapshots (for the closure letter), in name order. */
function directoryReferrals(index: RecordIndex): ReferralSnapshot[] {
  return optionalSummaries<{
    id: string;
    name?: string;
    kind?: string;
    phone?: string;
    web?: string;
    address?: string;
    deleted?: boolean;
  }>(index, 'referral')
    .filter((r) => !r.deleted && r.name)
    .sort((a, b) => a.name!.localeCompare(b.name!))
    .map((r, i) => ({
      id: `dir-${i}`,
      referralId: r.id,
      name: r.name!,
      kind: r.kind ?? '',
      phone: r.phone ?? '',
      web: r.web ?? '',
      address: r.address ?? '',
      note: '',
    }));
}

/** The crisis lines for a region (ISO 3166-1 alpha-2), as snapshots; none for ''. */
export function regionCrisisLines(
  resourcesDir: string,
  region: string,
  corrections: readonly ClinicianCrisisLine[] = [],
): CrisisLineSnapshot[] {
  if (!region) return [];
  return linesForRegion(loadCrisisLines(resourcesDir), region, corrections).map((line) =>
    snapshotCrisisLine(line),
  );
}

/** The region whose crisis lines a client's documents carry: the client's own, else the practice's. */
export function crisisRegionFor(
  client: Pick<Client, 'region'>,
  settings: Pick<Settings, 'crisisRegion'>,
): string {
  return client.region || settings.crisisRegion;
}

/** Builds a document source for a session at a given creation time. */
export function documentSource(args: {
  index: RecordIndex;
  session: SessionForDocuments;
  settings: Settings;
  resourcesDir: string;
  createdAt: string;
  options: DocumentOptions;
}): FullSource {
  const { index, session, settings } = args;
  const client = index.summary<Client>('client', session.clientId);
  if (!client) throw new AppError('not-found', 'The client of this session does not exist.');
  const course: CourseOfCare = { ...(args.options.course ?? {}) };
  return {
    template: session.template,
    content: session.content,
    finalization: session.finalization,
    client: {
      displayName: client.displayName,
      preferredName: client.preferredName,
      pronouns: client.pronouns,
      recordCode: client.recordCode,
      language: client.language,
      direction: client.direction,
    },
    profile: settings.profile,
    handout: settings.handout,
    crisisLines: regionCrisisLines(
      args.resourcesDir,
      crisisRegionFor(client, settings),
      clinicianLines(index),
    ),
    measurePrefs: { gad7Cutoff: settings.gad7Cutoff },
    date: args.createdAt.slice(0, 10),
    creationDate: args.createdAt,
    course,
    directoryReferrals: directoryReferrals(index),
  };
}
