export interface Finding {
  check: string;
  file: string;
  line: number;
  message: string;
}
export interface Exclusion {
  check: string;
  file: string;
  reason: string;
}
export declare function electronVersion(): string;
export declare function runElectronegativity(inputDir: string, version?: string): Finding[];
export declare function parseSarif(report: unknown): Finding[];
export declare function unexcused(findings: Finding[], exclusions?: Exclusion[]): Finding[];
export declare function stageSources(root?: string): string;
