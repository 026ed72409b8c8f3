import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { AppError } from '../../../core/result';
import type { PassphraseStrength } from '../../../core/vault/vault-schemas';

/** The least zxcvbn score a vault passphrase must reach. */
export const MIN_SCORE = 3;

/** The fewest characters a vault passphrase must have. */
export const MIN_CHARS = 10;

/** Words that make a passphrase guessable for this app in particular. */
const APP_WORDS = [
  'closing',
  'session',
  'closingsession',
  'therapy',
  'therapist',
  'counselor',
  'counsellor',
  'client',
  'vault',
  'passphrase',
];

let factory: Promise<ZxcvbnFactory> | undefined;

/** Loads the estimator and its dictionaries on first use (they are large; startup stays quick). */
function estimator(): Promise<ZxcvbnFactory> {
  factory ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(
    ([core, common, en]) =>
      new core.ZxcvbnFactory({
        translations: en.translations,
        graphs: common.adjacencyGraphs,
        dictionary: { ...common.dictionary, ...en.dictionary },
        useLevenshteinDistance: true,
      }),
  );
  return factory;
}

/** Estimates how hard a passphrase is to guess and whether the vault accepts it, with advice. */
export async function estimateStrength(passphrase: string): Promise<PassphraseStrength> {
  const length = [...passphrase].length;
  const result = (await estimator()).check(passphrase.slice(0, 256), APP_WORDS);
  const score = result.score;
  const suggestions = [...result.feedback.suggestions];
  let warning = result.feedback.warning ?? '';
  if (length < MIN_CHARS) {
    warning = `Use at least ${MIN_CHARS} characters.`;
    suggestions.unshift(
      'A few unrelated words in a row make a passphrase that is long and easy to remember.',
    );
  } else if (score < MIN_SCORE && !warning) {
    warning = 'This passphrase would be too easy to guess.';
  }
  if (score < MIN_SCORE && suggestions.length === 0)
    suggestions.push('Add another word or two that are not connected.');
  return { score, acceptable: score >= MIN_SCORE && length >= MIN_CHARS, warning, suggestions };
}

/** Refuses a passphrase the vault would not accept, with the reason on `field` (`invalid-input`). */
export async function refuseWeak(passphrase: string, field: string): Promise<void> {
  const strength = await estimateStrength(passphrase);
  if (!strength.acceptable) {
    const reason = strength.warning || 'This passphrase would be too easy to guess.';
    throw new AppError('invalid-input', reason, { [field]: reason });
  }
}
