export interface SandboxFs {
  readText(path: string): string | undefined;
  stat(path: string): { uid: number; mode: number } | undefined;
  list(path: string): string[];
}
export interface SandboxProblem {
  reason: 'apparmor' | 'userns-disabled';
  helper: string;
}
export declare function sandboxProblem(input: {
  platform: string;
  uid: number | undefined;
  binary: string;
  fs: SandboxFs;
}): SandboxProblem | undefined;
export declare function sandboxMessage(problem: SandboxProblem): string;
export declare const nodeSandboxFs: SandboxFs;
