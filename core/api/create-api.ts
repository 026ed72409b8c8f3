import type { Api, Method } from '../contract';
import { METHODS } from '../contract';
import type { Result } from '../result';

/** Sends one call across the boundary and resolves to its Result. */
export type Invoke = (method: Method, input: unknown) => Promise<Result<unknown>>;

/**
 * Builds `window.api` from the contract's method list: one function per method, grouped by
 * namespace. Used by the preload (over IPC) and by the end-to-end bridge (over a Playwright
 * binding), so both expose exactly the same surface.
 */
export function createApi(invoke: Invoke): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const method of METHODS) {
    const [namespace, verb] = method.split('.') as [string, string];
    const group = (api[namespace] ??= {});
    group[verb] = (input: unknown) => invoke(method, input ?? {});
  }
  for (const group of Object.values(api)) Object.freeze(group);
  return Object.freeze(api) as unknown as Api;
}
