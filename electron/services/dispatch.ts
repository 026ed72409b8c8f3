import type { z } from 'zod';
import type { Handlers, Method } from '../../core/contract';
import { contract, isMethod } from '../../core/contract';
import { AppError, err, ok, type Result } from '../../core/result';
import { type IssueSummary, summarizeIssues } from '../../core/zod-issues';

const MAX_MESSAGE_CHARS = 300;

function clip(text: string): string {
  return text.length > MAX_MESSAGE_CHARS ? `${text.slice(0, MAX_MESSAGE_CHARS)}…` : text;
}

/** Turns zod issues into one readable message and a per-field map (dotted paths), clipped. */
function describeIssues(error: z.ZodError): IssueSummary {
  return summarizeIssues(error, 'The request was not valid.', { limit: 50, clip });
}

/** Reports an unexpected failure without any client data: only the method and the error's kind. */
function reportInternal(method: Method, cause: unknown): void {
  const kind = cause instanceof Error ? cause.name : typeof cause;
  const code = (cause as { code?: unknown } | null)?.code;
  console.error(
    `[dispatch] ${method} failed unexpectedly (${kind}${typeof code === 'string' ? ` ${code}` : ''})`,
  );
}

/**
 * The only entry point from the outside world into the services: checks that the method is one
 * of the contract's own names, parses the input with its schema, calls the handler and always
 * resolves to a plain Result. It never throws and never calls a handler with invalid input.
 */
export async function dispatch(
  handlers: Handlers,
  method: unknown,
  input: unknown,
): Promise<Result<unknown>> {
  if (!isMethod(method)) return err('invalid-input', 'Unknown method.');
  if (!Object.prototype.hasOwnProperty.call(handlers, method))
    return err('internal', 'This action is not available.');
  let parsed: { success: true; data: unknown } | { success: false; error: z.ZodError };
  try {
    parsed = contract[method].input.safeParse(input) as typeof parsed;
  } catch {
    return err('invalid-input', 'The request could not be read.');
  }
  if (!parsed.success) {
    const { message, fields } = describeIssues(parsed.error);
    return err('invalid-input', message, fields);
  }
  try {
    const handler = handlers[method] as (value: unknown) => Promise<unknown>;
    return ok(await handler(parsed.data));
  } catch (cause) {
    if (cause instanceof AppError) return err(cause.code, clip(cause.message), cause.fields);
    reportInternal(method, cause);
    return err(
      'internal',
      'Something went wrong inside the app. Nothing else was changed; please try again.',
    );
  }
}
