export declare const REFERENCE_MS: number;
export declare const MAX_FACTOR: number;
export declare function timeWorkUnit(): number;
export declare function factorFrom(times: number[], load1: number, cores: number): number;
export declare function machineFactor(env?: NodeJS.ProcessEnv): number;
export declare function scaledTimeout(ms: number, env?: NodeJS.ProcessEnv): number;
