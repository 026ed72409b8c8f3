/**
 * How practice data is kept in the vault: one encrypted record per referral contact, per
 * clinician crisis line and per custom template. Removing one writes a tombstone revision
 * (`deleted: true`) rather than deleting the file, so a copy synced from another computer can
 * never bring a removed entry back silently and every change stays a revision of one record.
 */
import type { ClinicianCrisisLine } from '../../../core/crisis-lines';
import type { ReferralContact } from '../../../core/referrals';
import type { Template } from '../../../core/template';

/** The vault record kinds of practice data. */
export const PRACTICE_KINDS = {
  referral: 'referral',
  crisisLine: 'crisis-line',
  template: 'template',
} as const;

/** A referral contact as stored (a tombstone keeps only what identifies it). */
export type StoredReferral = ReferralContact & { deleted?: boolean };

/** A clinician crisis line as stored. */
export interface StoredCrisisLine {
  /** The vault record's own id (the line's id is the clinician's, and may be reused after removal). */
  recordId: string;
  line: ClinicianCrisisLine;
  deleted?: boolean;
  updatedAt: string;
}

/** A custom template as stored: its newest version. */
export interface StoredTemplate {
  template: Template;
  deleted?: boolean;
  updatedAt: string;
}

/** What the index keeps of a custom template. */
export interface TemplateSummary {
  id: string;
  name: string;
  description: string;
  version: number;
  sectionCount: number;
  updatedAt: string;
  deleted: boolean;
}

/** Index summary of a referral: the whole contact (small, and searched in memory). */
export function summarizeReferral(data: unknown): StoredReferral {
  return data as StoredReferral;
}

/** Index summary of a clinician crisis line: the whole entry. */
export function summarizeCrisisLine(data: unknown): StoredCrisisLine {
  return data as StoredCrisisLine;
}

/** Index summary of a custom template: what the library lists. */
export function summarizeTemplate(data: unknown): TemplateSummary {
  const { template, deleted, updatedAt } = data as StoredTemplate;
  return {
    id: template.id,
    name: template.name,
    description: template.description,
    version: template.version,
    sectionCount: template.sections.length,
    updatedAt,
    deleted: deleted === true,
  };
}
