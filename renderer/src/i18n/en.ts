/**
 * Every string the interface shows, in one catalogue. A translation is a new file with the same
 * keys (checked by the type of `Catalogue`).
 */
export const en = {
  'app.name': 'Closing Session',
  'app.tagline': 'Plan a good ending',
  'app.skipToContent': 'Skip to main content',

  'common.cancel': 'Cancel',
  'common.back': 'Back',
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.optional': 'optional',
  'common.errorTitle': 'Something went wrong',

  'home.title': 'Clients',
  'home.newClient': 'New client',
  'home.empty.title': 'No closing sessions yet',
  'home.empty.body':
    'Closing Session helps you plan and run a good final session: review the progress together, celebrate it, agree on what comes next and say goodbye well. At the end your client gets a warm handout to keep, and everything stays encrypted on this computer.',
  'home.empty.action': 'Start a closing session',
  'home.loadError': 'The client list could not be loaded.',
  'home.documents': '{count, plural, =0 {No closing documents yet} one {# closing document} other {# closing documents}}',
  'home.startSession': 'Start closing session',
  'home.startSessionFor': 'Start a closing session for {name}',
  'home.sessionStarted': 'Closing session started for {name}.',
  'home.recordCode': 'Record code {code}',
  'home.preferredName': 'Prefers “{name}”',
  'home.clientCount': '{count, plural, one {# client} other {# clients}}',

  'document.kind.closing-session': 'Closing session',
  'document.kind.closure-letter': 'Closure letter',
  'document.status.draft': 'Draft',
  'document.status.finalized': 'Finalized',
  'document.started': 'Started {date}',

  'newClient.title': 'New client',
  'newClient.intro': 'Only what the handout and your records need. You can change any of it later.',
  'newClient.displayName': 'Display name',
  'newClient.displayName.help': 'As you know them in your records.',
  'newClient.preferredName': 'Preferred name',
  'newClient.preferredName.help': 'Used on the handout, e.g. a first name or nickname.',
  'newClient.pronouns': 'Pronouns',
  'newClient.recordCode': 'Record code',
  'newClient.recordCode.help': 'Your own reference, if you use one.',
  'newClient.language': 'Handout language',
  'newClient.language.help': 'Sets the language and text direction of the handout.',
  'newClient.submit': 'Create client and start session',
  'newClient.saving': 'Saving…',
  'newClient.fixErrors': 'Please check the highlighted fields.',
} as const;

/** The shape every translation must have. */
export type Catalogue = { readonly [K in keyof typeof en]: string };

/** A key of the catalogue. */
export type MessageKey = keyof typeof en;
