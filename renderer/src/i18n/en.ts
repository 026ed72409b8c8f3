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

  'nav.label': 'Main',
  'nav.clients': 'Clients',
  'nav.security': 'Security',
  'nav.lock': 'Lock',

  'vault.create.title': 'Protect your client records',
  'vault.create.intro':
    'Everything you keep here is encrypted with a passphrase only you know. Choose one you can remember but others could not guess — a few unrelated words work well.',
  'vault.create.passphrase': 'Passphrase',
  'vault.create.passphrase.help': 'At least a few words. Spaces are fine.',
  'vault.create.confirm': 'Type the passphrase again',
  'vault.create.mismatch': 'The two passphrases are not the same.',
  'vault.create.submit': 'Create encrypted vault',
  'vault.create.busy': 'Creating…',
  'vault.strength.label': 'Passphrase strength',
  'vault.strength.empty': 'Start typing to see how strong it is.',
  'vault.strength.0': 'Very weak',
  'vault.strength.1': 'Weak',
  'vault.strength.2': 'Fair',
  'vault.strength.3': 'Strong',
  'vault.strength.4': 'Very strong',
  'vault.strength.ok': 'good to use.',
  'vault.strength.notYet': 'not strong enough yet.',

  'vault.recovery.title': 'Your recovery key',
  'vault.recovery.intro':
    'If you ever forget your passphrase, this key is the only other way in. It is shown once. Write it down or print it, and keep it somewhere safe away from this computer.',
  'vault.recovery.keyLabel': 'Recovery key',
  'vault.recovery.group': 'group {n}:',
  'vault.recovery.warning':
    'Without your passphrase and this key, nobody — not even us — can open your records.',
  'vault.recovery.print': 'Print the key',
  'vault.recovery.confirm': 'Type group {n} of the key',
  'vault.recovery.confirm.help': 'Four characters, to show you have it safe.',
  'vault.recovery.confirmWrong': 'Those characters do not match that group. Check what you wrote down.',
  'vault.recovery.done': 'I have saved it — continue',

  'vault.unlock.title': 'Welcome back',
  'vault.unlock.intro': 'Your records are locked. Enter your passphrase to open them.',
  'vault.unlock.passphrase': 'Passphrase',
  'vault.unlock.submit': 'Unlock',
  'vault.unlock.busy': 'Unlocking…',
  'vault.unlock.forgot': 'Forgot your passphrase?',
  'vault.unlock.wait': 'Too many attempts. You can try again in {seconds, plural, one {# second} other {# seconds}}.',
  'vault.locked.user': 'Locked. Your work was saved.',
  'vault.locked.auto': 'Locked automatically to protect your records. Your work was saved.',

  'vault.recover.title': 'Use your recovery key',
  'vault.recover.intro': 'Type the recovery key you saved when you set up the app, then choose a new passphrase.',
  'vault.recover.key': 'Recovery key',
  'vault.recover.key.help': 'Dashes, spaces and capital letters do not matter.',
  'vault.recover.newPassphrase': 'New passphrase',
  'vault.recover.submit': 'Unlock and set new passphrase',
  'vault.recover.busy': 'Checking…',

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
