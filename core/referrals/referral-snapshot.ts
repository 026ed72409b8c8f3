/**
 * The copy of a directory contact a session keeps in its referrals item, so the session (and
 * its handout) still says what was given after the directory entry changes or is removed. The
 * stored shape is `ReferralSnapshotSchema` in core/checklist (the one schema for it).
 */
import type { ReferralSnapshot } from '../checklist/answer-schema';
import type { ReferralContact } from './referral-schema';

/** The session's copy of a directory contact: its details now, with a link back to the entry. Leaves out the clinician's notes and tags. */
export function referralFromContact(contact: ReferralContact, id: string): ReferralSnapshot {
  return {
    id,
    referralId: contact.id,
    name: contact.name,
    kind: contact.kind,
    phone: contact.phone,
    web: contact.web,
    address: contact.address,
    note: '',
  };
}

/**
 * Tells whether the directory entry a session's referral came from now says something else
 * (name, kind, phone, web or address): the session's copy is older than the directory.
 */
export function isReferralOutdated(
  referral: ReferralSnapshot,
  contact: ReferralContact | undefined,
): boolean {
  if (!contact || referral.referralId !== contact.id) return false;
  return (['name', 'kind', 'phone', 'web', 'address'] as const).some(
    (key) => referral[key] !== contact[key],
  );
}
