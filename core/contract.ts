/**
 * The one contract between the renderer and the main process: every method the renderer may
 * call, named `namespace.verb`, with its zod input schema and its output type. The preload,
 * the IPC glue, the handlers and the renderer's `window.api` type are all derived from it.
 * Each area declares its methods in `contract-parts/<area>.ts`; this file joins them.
 */
import type { z } from 'zod';
import type { Result } from './result';
import { archiveMethods } from './contract-parts/archive';
import { checkInMethods } from './contract-parts/check-ins';
import { clientMethods } from './contract-parts/clients';
import { documentMethods } from './contract-parts/documents';
import type { Output } from './contract-parts/method';
import { practiceMethods } from './contract-parts/practice';
import { sessionMethods } from './contract-parts/sessions';
import { syncMethods } from './contract-parts/sync';
import { systemMethods } from './contract-parts/system';
import { vaultMethods } from './contract-parts/vault';

export type { Output, MethodSpec } from './contract-parts/method';
export type { ClientOverview } from './contract-parts/clients';

/** Every method the renderer may call. */
export const contract = {
  ...clientMethods,
  ...sessionMethods,
  ...vaultMethods,
  ...practiceMethods,
  ...documentMethods,
  ...archiveMethods,
  ...systemMethods,
  ...syncMethods,
  ...checkInMethods,
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
    [M in Method as M extends `${N}.${infer V}` ? V : never]: (
      input: ApiInput<M>,
    ) => Promise<Result<ApiOutput<M>>>;
  };
};

/** The single IPC channel over which every API call travels. */
export const API_CHANNEL = 'closing-session:api';
