/**
 * The copy of a contact a session keeps in its referral section, so the session (and its
 * handout) still says what was given even after the directory entry changes or is removed.
 */
import { z } from 'zod';
import { RecordIdSchema } from '../text';
import type { ReferralContact } from './referral-schema';

/** A contact as captured in a session. Leaves out the clinician's notes and tags about the service. */
export const ReferralSnapshotSchema = z.strictObject({
  contactId: RecordIdSchema,
  contactRev: z.number().int().min(1),
  name: z.string(),
  kind: z.string(),
  phone: z.string(),
  web: z.string(),
  address: z.string(),
  /** When it was taken (ISO 8601). */
  takenAt: z.string(),
});
/** A contact as captured in a session. */
export type ReferralSnapshot = z.output<typeof ReferralSnapshotSchema>;

/** Returns the snapshot of a contact to store in a session's referral section, taken at `takenAt` (ISO 8601). */
export function snapshotReferral(contact: ReferralContact, takenAt: string): ReferralSnapshot {
  return {
    contactId: contact.id,
    contactRev: contact.rev,
    name: contact.name,
    kind: contact.kind,
    phone: contact.phone,
    web: contact.web,
    address: contact.address,
    takenAt,
  };
}

/** Tells whether the directory entry changed since the snapshot was taken (a newer revision exists). */
export function isSnapshotStale(snapshot: ReferralSnapshot, contact: ReferralContact | undefined): boolean {
  return contact !== undefined && contact.id === snapshot.contactId && contact.rev > snapshot.contactRev;
}
