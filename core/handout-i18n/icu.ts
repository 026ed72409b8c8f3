/** ICU MessageFormat checks for catalogues and the clinician's rewritten sentences. */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

function collect(elements: readonly MessageFormatElement[], into: Set<string>): void {
  for (const el of elements) {
    if (
      el.type === TYPE.argument ||
      el.type === TYPE.number ||
      el.type === TYPE.date ||
      el.type === TYPE.time
    )
      into.add(el.value);
    else if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.add(el.value);
      for (const option of Object.values(el.options)) collect(option.value, into);
    } else if (el.type === TYPE.tag) collect(el.children, into);
  }
}

/** The argument names a message uses, sorted; throws when the message is not valid ICU. */
export function icuArguments(message: string): string[] {
  const names = new Set<string>();
  collect(parse(message, { ignoreTag: true }), names);
  return [...names].sort();
}

/**
 * Checks a rewritten sentence against the original: valid ICU with exactly the same arguments.
 * Returns null when it is fine, else a sentence saying what is wrong.
 */
export function icuOverrideProblem(original: string, rewritten: string): string | null {
  let args: string[];
  try {
    args = icuArguments(rewritten);
  } catch (error) {
    return `This wording is not valid: ${error instanceof Error ? error.message : String(error)}. Check the braces { }.`;
  }
  const wanted = icuArguments(original);
  const missing = wanted.filter((a) => !args.includes(a));
  const extra = args.filter((a) => !wanted.includes(a));
  if (missing.length === 0 && extra.length === 0) return null;
  const parts = [
    ...(missing.length > 0 ? [`it must keep ${missing.map((a) => `{${a}}`).join(', ')}`] : []),
    ...(extra.length > 0
      ? [
          `${extra.map((a) => `{${a}}`).join(', ')} ${extra.length === 1 ? 'is' : 'are'} not known here`,
        ]
      : []),
  ];
  return `This wording cannot be used: ${parts.join('; ')}.`;
}
