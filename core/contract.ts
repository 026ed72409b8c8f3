/**
 * The one contract between the renderer and the main process: every method the renderer may
 * call, named `namespace.verb`, with its zod input schema and its output type. The preload,
 * the IPC glue, the handlers and the renderer's `window.api` type are all derived from it.
 */
import { z } from 'zod';
import type { Client } from './clients/client';
import { ClientIdInputSchema, ClientInputSchema } from './clients/client';
import type { Session, SessionSummary } from './sessions/session';
import { SessionCreateInputSchema, SessionIdInputSchema } from './sessions/session';
import type { Result } from './result';

/** A phantom marker carrying a method's output type; it has no runtime content. */
export interface Output<T> {
  readonly __output?: T;
}

/** One method of the contract: an input schema and an output type. */
export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  output: Output<O>;
}

function method<I extends z.ZodType, O>(input: I): MethodSpec<I, O> {
  return { input, output: {} };
}

const NoInput = z.object({}).strict();

/** A client together with its closing documents, newest first. */
export interface ClientOverview {
  client: Client;
  documents: SessionSummary[];
}

/** Every method the renderer may call. */
export const contract = {
  'clients.list': method<typeof NoInput, ClientOverview[]>(NoInput),
  'clients.get': method<typeof ClientIdInputSchema, Client>(ClientIdInputSchema),
  'clients.create': method<typeof ClientInputSchema, Client>(ClientInputSchema),
  'sessions.create': method<typeof SessionCreateInputSchema, Session>(SessionCreateInputSchema),
  'sessions.get': method<typeof SessionIdInputSchema, Session>(SessionIdInputSchema),
} as const;

/** The contract's type. */
export type Contract = typeof contract;

/** Any method name of the contract. */
export type Method = keyof Contract;

/** The list of method names, in contract order. */
export const METHODS = Object.keys(contract) as Method[];

/** What the renderer sends for a method (before defaults are applied). */
export type ApiInput<M extends Method> = z.input<Contract[M]['input']>;

/** What a handler receives for a method (after parsing). */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;

/** What a method returns on success. */
export type ApiOutput<M extends Method> = Contract[M]['output'] extends Output<infer O> ? O : never;

/** The implementation of every method, as the services provide it. */
export type Handlers = { [M in Method]: (input: ParsedInput<M>) => Promise<ApiOutput<M>> };

/** The namespaces of the contract (`clients`, `sessions`, ...). */
export type Namespace = Method extends `${infer N}.${string}` ? N : never;

/** Tells whether a string is one of the contract's own method names (never an inherited key). */
export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** `window.api`: one object per namespace, one async function per verb, each resolving to a Result. */
export type Api = {
  [N in Namespace]: {
    [M in Method as M extends `${N}.${infer V}` ? V : never]: (input: ApiInput<M>) => Promise<Result<ApiOutput<M>>>;
  };
};

/** The single IPC channel over which every API call travels. */
export const API_CHANNEL = 'closing-session:api';
