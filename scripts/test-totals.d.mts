export interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}
export type Outcome = 'passed' | 'failed' | 'skipped';
export interface UnitRun {
  label: string;
  node: string;
  args: string[];
  report: string;
  note?: string;
}
export declare function emptyTotals(): Totals;
export declare function totalsLine(totals: Totals): string;
export declare function addOutcome(totals: Totals, status: Outcome): Totals;
export declare function addVitestReport(
  totals: Totals,
  report:
    | {
        numPassedTests: number;
        numFailedTests: number;
        numPendingTests: number;
        numTodoTests: number;
      }
    | undefined,
  exitCode: number,
): Totals;
export declare function addPlaywrightReport(
  totals: Totals,
  report:
    | { stats?: { expected?: number; unexpected?: number; skipped?: number; flaky?: number } }
    | undefined,
  exitCode: number,
): Totals;
export declare const TOOLING_TESTS: string;
export declare function unitRuns(
  node24: { binary: string; version: string } | { binary?: undefined; reason: string },
  system?: { binary: string; version: string },
): UnitRun[];
