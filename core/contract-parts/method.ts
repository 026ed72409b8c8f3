import { z } from 'zod';

/** A phantom marker carrying a method's output type; it has no runtime content. */
export interface Output<T> {
  readonly __output?: T;
}

/** One method of the contract: an input schema and an output type. */
export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  output: Output<O>;
}

/** Declares one contract method from its input schema; the output type is the second type argument. */
export function method<I extends z.ZodType, O>(input: I): MethodSpec<I, O> {
  return { input, output: {} };
}

/** The input of a method that takes nothing. */
export const NoInput = z.object({}).strict();
