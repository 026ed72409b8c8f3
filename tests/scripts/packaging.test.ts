import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface BuilderConfig {
  appId: string;
  productName: string;
  asar: boolean;
  files: string[];
  publish: unknown;
  electronFuses: Record<string, boolean>;
  directories: { buildResources: string };
  linux: { target: string[]; icon: string };
  mac: { target: string[]; hardenedRuntime: boolean; entitlements: string; icon: string };
  win: { target: string[]; icon: string };
}

const config = parse(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

/** Tells whether a path would be packaged by the `files` list (simple glob semantics). */
function packaged(path: string): boolean {
  let included = false;
  for (const pattern of config.files) {
    const negated = pattern.startsWith('!');
    const glob = (negated ? pattern.slice(1) : pattern)
      .replace(/[.+^${}()|[\]\\]/g, (c) => (c === '{' || c === '}' || c === ',' ? c : `\\${c}`))
      .replace(/\{([^}]+)\}/g, (_m, alts: string) => `(${alts.split(',').join('|')})`)
      .replace(/\*\*\//g, '(.*/)?')
      .replace(/\*\*/g, '.*')
      .replace(/(?<!\.)\*/g, '[^/]*');
    if (new RegExp(`^${glob}$`).test(path)) included = !negated;
  }
  return included;
}

describe('electron-builder.yml', () => {
  it('names the app, packs into asar and never publishes', () => {
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z-]+)+$/);
    expect(config.productName).toBe('Closing Session');
    expect(config.asar).toBe(true);
    expect(config.publish).toBeNull();
  });

  it('sets every security fuse', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packages the bundles, the renderer and resources, but no sources, tests or maps', () => {
    for (const path of [
      'package.json',
      'dist/main/main.cjs',
      'dist/preload/preload.cjs',
      'dist/renderer/index.html',
      'dist/renderer/assets/index-abc.js',
      'resources/fonts/DejaVuSans.ttf',
      'resources/templates/planned-ending.json',
      'resources/crisis-lines.json',
    ]) {
      expect(packaged(path), path).toBe(true);
    }
    for (const path of [
      'electron/main/main.ts',
      'core/contract.ts',
      'renderer/src/app.tsx',
      'tests/e2e/home.spec.ts',
      'dist/main/main.cjs.map',
      'dist/renderer/assets/index-abc.js.map',
      'scripts/test.mjs',
      'resources/build/icon.svg',
      'vite.config.ts',
    ]) {
      expect(packaged(path), path).toBe(false);
    }
  });

  it('targets AppImage and deb, a hardened dmg with entitlements, and nsis', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(existsSync(config.mac.entitlements)).toBe(true);
    expect(readFileSync(config.mac.entitlements, 'utf8')).not.toMatch(
      /allow-unsigned-executable-memory|disable-library-validation/,
    );
    expect(config.win.target).toEqual(['nsis']);
  });

  it('has icons in every size the targets need', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      const png = readFileSync(`${config.linux.icon}/${size}x${size}.png`);
      expect(png.subarray(1, 4).toString('ascii'), `${size}`).toBe('PNG');
      expect(png.readUInt32BE(16), `${size} width`).toBe(size);
    }
    expect(readFileSync(config.win.icon).readUInt16LE(2)).toBe(1);
    expect(readFileSync(config.win.icon).readUInt16LE(4)).toBeGreaterThanOrEqual(6);
    expect(readFileSync(config.mac.icon).subarray(0, 4).toString('ascii')).toBe('icns');
  });

  it('ships the third-party notices the build writes, but not the build-time package list', () => {
    expect(packaged('dist/renderer/third-party-notices.json')).toBe(true);
    expect(packaged('dist/renderer/third-party-notices.txt')).toBe(true);
    expect(packaged('dist/main/bundled-packages.json')).toBe(false);
  });

  it('checks its own glob reading (the test can fail)', () => {
    expect(packaged('dist/main/other.cjs')).toBe(false);
    expect(packaged('dist/renderer/deep/nested/file.css')).toBe(true);
  });
});
