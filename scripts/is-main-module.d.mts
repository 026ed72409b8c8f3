export declare function isMainModuleUrl(
  moduleUrl: string,
  argvPath: string | undefined,
  options?: { platform?: string; realpath?: (path: string) => string },
): boolean;
export declare function isMainModule(moduleUrl: string, argv?: string[]): boolean;
