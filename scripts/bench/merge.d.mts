export interface BenchRun {
  file: string;
  output: Record<string, unknown> | null;
  failed: boolean;
}
export declare function lastJsonLine(stdout: string): Record<string, unknown> | null;
export declare function mergeBenchOutputs(
  runs: BenchRun[],
  crossBudgets: (figures: Record<string, unknown>) => [string, boolean][],
): Record<string, unknown> & { budgets_missed: string[]; benches_failed?: string[] };
