// Packaging checks that need electron-builder's own code (offline: no Electron download, no fpm):
// the deb's required metadata, the configuration against electron-builder's schema, the ad-hoc
// re-signing of an unsigned macOS build after the fuses are flipped, and the deb's AppArmor
// profile for Ubuntu 24.04+.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const builderLib = dirname(require.resolve('app-builder-lib/package.json'));
const load = (path: string) => require(join(builderLib, 'out', path)) as Record<string, unknown>;

type Config = Record<string, unknown> & {
  productName: string;
  electronFuses: Record<string, boolean>;
  linux: Record<string, unknown> & { executableName: string };
  deb?: Record<string, unknown>;
  mac: Record<string, unknown>;
};
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, unknown>;
const config = parse(readFileSync('electron-builder.yml', 'utf8')) as Config;

const { AppInfo } = load('appInfo.js') as {
  AppInfo: new (
    info: unknown,
    buildVersion: null,
    options: unknown,
  ) => Record<string, string> & {
    computePackageUrl(): Promise<string | null>;
    linuxPackageName: string;
  };
};
const FpmTarget = (
  load('targets/FpmTarget.js') as {
    default: {
      prototype: { computeFpmMetaInfoOptions(this: unknown): Promise<Record<string, string>> };
    };
  }
).default;
const { PlatformPackager } = load('platformPackager.js') as {
  PlatformPackager: {
    prototype: {
      generateFuseConfig(this: unknown, fuses: unknown): Promise<Record<string, unknown>>;
    };
  };
};
const { getConfig, validateConfiguration } = load('util/config/config.js') as {
  getConfig(
    projectDir: string,
    configPath: string | null,
    fromOptions: null,
  ): Promise<Record<string, unknown>>;
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as {
  DebugLogger: new (enabled: boolean) => unknown;
};

function linuxAppInfo(metadata: Record<string, unknown>) {
  const info = { metadata, config, devMetadata: metadata, repositoryInfo: Promise.resolve(null) };
  return new AppInfo(info, null, config.linux);
}

/** electron-builder's own deb metadata step (it stops `npm run dist` when something is missing). */
function debMetadata(metadata: Record<string, unknown>) {
  const packager = { appInfo: linuxAppInfo(metadata), info: { metadata } };
  return FpmTarget.prototype.computeFpmMetaInfoOptions.call({
    packager,
    options: { ...config.linux, ...config.deb },
  });
}

describe('the deb package', () => {
  it('has the homepage and maintainer email electron-builder requires', async () => {
    const meta = await debMetadata(pkg);
    expect(meta.url).toMatch(/^https:\/\/\S+$/);
    expect(meta.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+\.[a-z]{2,}>$/);
    expect(meta.name).toBe('closing-session');
  });

  it('would stop the build without them (the check is real)', async () => {
    const { homepage: _homepage, author: _author, ...bare } = pkg;
    await expect(debMetadata(bare)).rejects.toThrow(/homepage[\s\S]*author 'email'/);
  });

  it("carries electron-builder's AppArmor profile allowing user namespaces for the installed binary", () => {
    expect(config.deb?.appArmorProfile ?? null).toBeNull();
    expect(config.deb?.afterInstall ?? null).toBeNull();
    const templates = join(builderLib, 'templates', 'linux');
    const appInfo = linuxAppInfo(pkg);
    const profile = readFileSync(join(templates, 'apparmor-profile.tpl'), 'utf8')
      .replaceAll('${executable}', config.linux.executableName)
      .replaceAll('${sanitizedProductName}', appInfo.sanitizedProductName!);
    expect(profile).toMatch(/^abi <abi\/4\.0>,/);
    expect(profile).toContain(
      'profile "closing-session" "/opt/Closing Session/closing-session" flags=(unconfined) {',
    );
    expect(profile).toMatch(/^\s*userns,$/m);
    const afterInstall = readFileSync(join(templates, 'after-install.tpl'), 'utf8');
    expect(afterInstall).toContain("APPARMOR_PROFILE_TARGET='/etc/apparmor.d/${executable}'");
    expect(afterInstall).toContain('apparmor_parser --replace');
    // The deb target copies the profile into the package's resources.
    expect(readFileSync(join(builderLib, 'out', 'targets', 'FpmTarget.js'), 'utf8')).toMatch(
      /copyFile\)\(scripts\.appArmor, path\.join\(resourceDir, "apparmor-profile"\)\)/,
    );
  });
});

describe('the macOS build', () => {
  it('is re-signed ad hoc after the fuses are flipped, as electron-builder hands to @electron/fuses', async () => {
    expect(config.electronFuses.resetAdHocDarwinSignature).toBe(true);
    const fuseConfig = await PlatformPackager.prototype.generateFuseConfig.call(
      {},
      config.electronFuses,
    );
    expect(fuseConfig.resetAdHocDarwinSignature).toBe(true);
    // Signing must not be switched off altogether (identity: null skips even a real certificate).
    expect('identity' in config.mac && config.mac.identity === null).toBe(false);
  });
});

describe('electron-builder.yml against electron-builder 26 schema', () => {
  it('validates, and a misspelt option does not', async () => {
    const loaded = await getConfig(resolve('.'), null, null);
    const logger = new DebugLogger(false);
    await expect(validateConfiguration(loaded, logger)).resolves.toBeUndefined();
    const misspelt = {
      ...loaded,
      electronFuses: { ...(loaded.electronFuses as object), resetAdhocDarwinSignature: true },
    };
    await expect(validateConfiguration(misspelt, logger)).rejects.toThrow(
      /Invalid configuration object/,
    );
  });
});
