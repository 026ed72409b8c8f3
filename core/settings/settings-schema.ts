/**
 * The stored settings: practice and clinician data, handout defaults and app preferences. They
 * hold no client data — every object is strict, so nothing but these fields can be stored.
 */
import { z } from 'zod';
import { DEFAULT_OUTREACH_PLAN } from './outreach-plan';
import { AUTO_LOCK_MINUTES, handoutFields, profileFields, topFields } from './settings-fields';

/** The shape version of the stored settings; bump it with a migration in settings-migrations.ts. */
export const SETTINGS_SCHEMA_VERSION = 3;

/** The built-in template a new closing session starts from unless the clinician picks another. */
export const DEFAULT_TEMPLATE_ID = 'planned-ending';

/** Default text for the "door open" return policy on the handout. */
export const DEFAULT_RETURN_POLICY =
  'Ending our work together does not close the door. If things get harder, or you would simply like a check-in, you are welcome to get in touch and we will find a time.';

/** Default opening words for the closing note. */
export const DEFAULT_GOODBYE_STARTER = 'It has been a privilege to work with you. ';

/** The clinician's profile as stored. */
export const ProfileSchema = z
  .strictObject({
    name: profileFields.name.default(''),
    credentials: profileFields.credentials.default(''),
    licenceNumber: profileFields.licenceNumber.default(''),
    practiceName: profileFields.practiceName.default(''),
    address: profileFields.address.default(''),
    phone: profileFields.phone.default(''),
    email: profileFields.email.default(''),
    website: profileFields.website.default(''),
    signatureLine: profileFields.signatureLine.default(''),
    /** Settings from before these two fields read as "not given". */
    recordsYears: profileFields.recordsYears.default(0),
    recordsContact: profileFields.recordsContact.default(''),
  })
  .prefault({});

/** The handout defaults as stored. */
export const HandoutDefaultsSchema = z
  .strictObject({
    pageSize: handoutFields.pageSize.default('A4'),
    dateFormat: handoutFields.dateFormat.default('long'),
    showScores: handoutFields.showScores.default(true),
    chartBandNames: handoutFields.chartBandNames.default(true),
    returnPolicy: handoutFields.returnPolicy.default(DEFAULT_RETURN_POLICY),
    goodbyeStarter: handoutFields.goodbyeStarter.default(DEFAULT_GOODBYE_STARTER),
    /** The clinician's rewritten fixed sentences of the client documents, per language (no client data). */
    wordingOverrides: handoutFields.wordingOverrides.default({}),
    /** Languages whose wording the clinician has had checked by a native-speaking clinician. */
    wordingChecked: handoutFields.wordingChecked.default([]),
  })
  .prefault({});

/** The whole settings file, with a default for every field but the version. */
export const SettingsSchema = z.strictObject({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION, {
    error: `Settings must be schema version ${SETTINGS_SCHEMA_VERSION}.`,
  }),
  profile: ProfileSchema,
  handout: HandoutDefaultsSchema,
  defaultTemplateId: topFields.defaultTemplateId.default(DEFAULT_TEMPLATE_ID),
  /** ISO 3166-1 alpha-2 code of the practice's country for crisis lines; '' = not chosen yet. */
  crisisRegion: topFields.crisisRegion.default(''),
  autoLockMinutes: topFields.autoLockMinutes.default(AUTO_LOCK_MINUTES.default),
  theme: topFields.theme.default('system'),
  /** GAD-7 cut-off: 10, the usual screening cut-off, for new settings; 8 (NHS Talking Therapies caseness) kept for settings from before the choice. */
  gad7Cutoff: topFields.gad7Cutoff.default(10),
  /** The locale dates are written in on screen; '' = the operating system's. */
  displayLocale: topFields.displayLocale.default(''),
  /** Outreach planned before closing an unplanned ending; settings from before get the default. */
  outreachPlan: topFields.outreachPlan.default({ ...DEFAULT_OUTREACH_PLAN }),
});

/** The settings as the app uses them (every field present). */
export type Settings = z.output<typeof SettingsSchema>;
/** The clinician's profile. */
export type Profile = Settings['profile'];
/** The handout defaults. */
export type HandoutDefaults = Settings['handout'];
