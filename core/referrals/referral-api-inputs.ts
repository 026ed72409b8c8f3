/** Input schemas for the referral-directory methods of the contract. */
import { z } from 'zod';

/** The largest CSV text `referrals.importCsv` accepts (characters). */
export const MAX_REFERRAL_CSV_CHARS = 5_000_000;

/** Input of `referrals.list`: an optional search query (empty = everyone, by name). */
export const ReferralListInputSchema = z.strictObject({
  query: z.string().max(200, { error: 'A search can be at most 200 characters.' }).default(''),
});

/** Input of `referrals.importCsv`: the file's text (the renderer reads the chosen file). */
export const ReferralImportCsvInputSchema = z.strictObject({
  text: z
    .string({ error: 'The file must be text.' })
    .max(MAX_REFERRAL_CSV_CHARS, { error: 'The file is too large to import: 5 MB at most.' }),
});

/** Input of `referrals.exportCsv`: whether to start with a byte-order mark (spreadsheet apps need it for non-Latin text). */
export const ReferralExportCsvInputSchema = z.strictObject({ bom: z.boolean().default(true) });
