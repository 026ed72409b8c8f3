export interface JourneyOutcome {
  status: 'passed' | 'failed' | 'skipped';
  message: string;
}
export declare function toWinePath(path: string): string;
export declare function hasWine(): boolean;
export declare function bundleJourney(dir: string): Promise<string>;
export declare function judgeJourney(run: {
  code: number;
  stdout: string;
  stderr: string;
  timedOut?: boolean;
  deadlineMs?: number;
}): JourneyOutcome;
export declare const JOURNEY_DEADLINE_MS: number;
export declare function journeyHost():
  { native: boolean; skip?: undefined } | { skip: string; native?: undefined };
export declare function wineEnv(prefix: string): NodeJS.ProcessEnv;
export declare function stopWineServer(env: NodeJS.ProcessEnv): void;
export declare function runWindowsJourney(log?: (line: string) => void): Promise<JourneyOutcome>;
