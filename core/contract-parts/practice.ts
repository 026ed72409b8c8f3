/** Contract part: settings, referral directory, crisis lines and the template editor. */
import { z } from 'zod';
import type { ClinicianCrisisLine, CrisisLineView, Region } from '../crisis-lines';
import {
  CrisisLineRemoveInputSchema,
  CrisisLinesListInputSchema,
  CrisisLineUpsertInputSchema,
  CrisisRegionsInputSchema,
} from '../crisis-lines';
import type { CsvProblem, ReferralContact } from '../referrals';
import {
  ReferralExportCsvInputSchema,
  ReferralIdInputSchema,
  ReferralInputSchema,
  ReferralListInputSchema,
  ReferralUpdateInputSchema,
} from '../referrals';
import type { Settings, SettingsView } from '../settings';
import { SettingsNoInputSchema, SettingsUpdateSchema } from '../settings';
import type { Template } from '../template';
import { SlugIdSchema, TemplateSchema } from '../template';
import { method, NoInput } from './method';

/** What an import of the referral directory did: cancelled in the dialog, or the report. */
export type ReferralImportOutcome =
  | { chosen: false }
  | {
      chosen: true;
      /** The chosen file's name (no folder). */
      fileName: string;
      /** How many contacts were added. */
      created: number;
      /** Rows that were not imported: line number and reason. */
      problems: CsvProblem[];
      /** Header names that matched no field and were left out. */
      ignoredColumns: string[];
    };

/** What an export of the referral directory did: cancelled, or saved (file name and count). */
export type ReferralExportOutcome =
  { saved: false } | { saved: true; fileName: string; count: number };

/** The regions for the pickers: every region, and the ones that have lines (with counts). */
export interface CrisisRegions {
  all: Region[];
  withLines: (Region & { lineCount: number })[];
}

/** A template as the template library lists it. */
export interface TemplateListing {
  id: string;
  name: string;
  description: string;
  version: number;
  builtIn: boolean;
  sectionCount: number;
  /** When a custom template was last saved (ISO 8601); '' for built-ins. */
  updatedAt: string;
}

/** Input naming one template. */
export const TemplateIdInputSchema = z.strictObject({ id: SlugIdSchema });

/** Input of `templates.duplicate`: the template to copy and, optionally, the copy's name. */
export const TemplateDuplicateInputSchema = z.strictObject({
  id: SlugIdSchema,
  name: z
    .string()
    .trim()
    .max(120, { error: 'A template name can be at most 120 characters.' })
    .optional(),
});

/**
 * Input of `templates.save`: the edited template (checked with every template rule) and the
 * version it was based on; a save from an older version is a conflict.
 */
export const TemplateSaveInputSchema = z.strictObject({
  template: TemplateSchema,
  expectedVersion: z.number({ error: 'The version must be a number.' }).int().min(1),
});

/** The practice methods. */
export const practiceMethods = {
  /** The settings and any notice about the settings file. Works while the vault is locked. */
  'settings.get': method<typeof SettingsNoInputSchema, SettingsView>(SettingsNoInputSchema),
  /** Applies a strict, partial change; wrong types or unknown fields are refused with per-field messages. */
  'settings.update': method<typeof SettingsUpdateSchema, Settings>(SettingsUpdateSchema),
  /** Forgets the notice once the clinician has read it. */
  'settings.dismissNotice': method<typeof SettingsNoInputSchema, SettingsView>(
    SettingsNoInputSchema,
  ),

  /** The directory, searched (empty query: everyone, by name). */
  'referrals.list': method<typeof ReferralListInputSchema, ReferralContact[]>(
    ReferralListInputSchema,
  ),
  'referrals.create': method<typeof ReferralInputSchema, ReferralContact>(ReferralInputSchema),
  /** Edits a contact; `conflict` unless `expectedRev` is current. */
  'referrals.update': method<typeof ReferralUpdateInputSchema, ReferralContact>(
    ReferralUpdateInputSchema,
  ),
  /** Removes a contact from the directory (sessions keep their snapshots). */
  'referrals.remove': method<typeof ReferralIdInputSchema, { id: string }>(ReferralIdInputSchema),
  /** Asks for a CSV file in an open dialog and imports its good rows; bad rows are reported by line. */
  'referrals.importCsv': method<typeof NoInput, ReferralImportOutcome>(NoInput),
  /** Asks where to save and writes the directory as CSV (UTF-8). */
  'referrals.exportCsv': method<typeof ReferralExportCsvInputSchema, ReferralExportOutcome>(
    ReferralExportCsvInputSchema,
  ),

  /** The lines for a region with the clinician's corrections, each with its "check this" hint. */
  'crisisLines.list': method<typeof CrisisLinesListInputSchema, CrisisLineView[]>(
    CrisisLinesListInputSchema,
  ),
  /** Adds or replaces (same id) the clinician's own line or correction of a shipped line. */
  'crisisLines.upsert': method<typeof CrisisLineUpsertInputSchema, ClinicianCrisisLine>(
    CrisisLineUpsertInputSchema,
  ),
  /** Removes the clinician's own line or correction (a corrected shipped line comes back). */
  'crisisLines.remove': method<typeof CrisisLineRemoveInputSchema, { id: string }>(
    CrisisLineRemoveInputSchema,
  ),
  /** Every region by name, and those with lines. */
  'crisisLines.regions': method<typeof CrisisRegionsInputSchema, CrisisRegions>(
    CrisisRegionsInputSchema,
  ),

  /** Every template: built-ins first, then the clinician's own by name. */
  'templates.library': method<typeof NoInput, TemplateListing[]>(NoInput),
  /** One template in full (built-in or the newest version of the clinician's own). */
  'templates.open': method<typeof TemplateIdInputSchema, Template>(TemplateIdInputSchema),
  /** Makes an editable copy of any template, at version 1. */
  'templates.duplicate': method<typeof TemplateDuplicateInputSchema, Template>(
    TemplateDuplicateInputSchema,
  ),
  /** Saves an edited copy as its next version (unchanged content keeps the version). Built-ins are refused. */
  'templates.save': method<typeof TemplateSaveInputSchema, Template>(TemplateSaveInputSchema),
  /** Removes one of the clinician's templates (sessions keep their snapshots). */
  'templates.remove': method<typeof TemplateIdInputSchema, { id: string }>(TemplateIdInputSchema),
} as const;
