// The first-start download against a local server standing in for the release mirror: progress is
// reported as bytes arrive, a slow link is never cut, and each failure keeps its real cause.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { crc32 } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyDownloadFailure, errorText } from '../../scripts/download-failure.mjs';
import { findElectronBinary, platformExecutable } from '../../scripts/electron-binary.mjs';
import {
  downloadElectronZip,
  formatProgress,
  installTarget,
  progressPrinter,
  runElectronInstaller,
  type DownloadProgress,
} from '../../scripts/electron-download.mjs';

const electronDir = resolve('node_modules/electron');
const version = (
  JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as { version: string }
).version;
const zipName = () => `electron-v${version}-${process.platform}-${process.arch}.zip`;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A stored (uncompressed) zip, enough for Electron's extractor. */
function storedZip(entries: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE((0o100755 << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const GOOD_ZIP = storedZip([
  { name: platformExecutable(), data: Buffer.from('#!/bin/sh\nexit 0\n') },
  { name: 'version', data: Buffer.from(`v${version}`) },
]);
const work = mkdtempSync(join(tmpdir(), 'cs-electron-download-'));
let server: Server;
let base: string;
let zipRequests = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = request.url ?? '';
    if (url.startsWith('/missing/')) {
      response.statusCode = 404;
      response.end('Not Found');
    } else if (url.startsWith('/damaged/')) {
      // 3 chunks of bytes that are not the release zip.
      response.setHeader('content-length', String(3 * 4096));
      for (let i = 0; i < 3; i += 1) response.write(Buffer.alloc(4096, i));
      response.end();
    } else if (url.startsWith('/good/') && url.endsWith('/SHASUMS256.txt')) {
      response.end(`${sha256(GOOD_ZIP)} *${zipName()}\n`);
    } else if (url.startsWith('/good/') && url.endsWith(zipName())) {
      zipRequests += 1;
      response.setHeader('content-length', String(GOOD_ZIP.length));
      response.end(GOOD_ZIP);
    } else if (url.startsWith('/stalling/')) {
      response.setHeader('content-length', '100000');
      response.write(Buffer.alloc(1000));
    } else {
      response.statusCode = 404;
      response.end('Not Found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  rmSync(work, { recursive: true, force: true });
});

async function failure(mirror: string, stallMs = 120_000) {
  const progress: DownloadProgress[] = [];
  const cache = mkdtempSync(join(work, 'cache-'));
  const error = await downloadElectronZip({
    electronDir,
    env: { electron_config_cache: cache },
    mirror,
    stallMs,
    onProgress: (p) => progress.push(p),
  }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the download should fail').toBeDefined();
  const text = errorText(error);
  return { text, kind: classifyDownloadFailure(text), progress };
}

async function closedPort() {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

describe('downloadElectronZip', () => {
  it('reports a refused connection as such, not as a timeout', async () => {
    const { kind } = await failure(`http://127.0.0.1:${await closedPort()}/`);
    expect(kind).toMatchObject({ kind: 'offline', code: 'ECONNREFUSED' });
  });

  it('reports a 404 from the mirror with its status', async () => {
    const { kind, text } = await failure(`${base}/missing/`);
    expect(kind).toEqual({ kind: 'not-found', status: 404 });
    expect(text).toContain('/missing/v45.5.0/electron-v45.5.0-');
  });

  it('shows progress as bytes arrive and rejects a file that fails the pinned checksum', async () => {
    const { kind, progress } = await failure(`${base}/damaged/`);
    expect(kind).toEqual({ kind: 'checksum' });
    expect(progress.length).toBeGreaterThanOrEqual(1);
    expect(progress.at(-1)).toMatchObject({ transferred: 3 * 4096, total: 3 * 4096 });
  });

  it('stops only a download that receives nothing for the stall time, and says so', async () => {
    const { kind, progress } = await failure(`${base}/stalling/`, 300);
    expect(kind).toEqual({ kind: 'stalled' });
    expect(progress[0]).toMatchObject({ transferred: 1000, total: 100000 });
  });
});

describe('a first start that succeeds', () => {
  it('downloads with progress into the cache, and the installer unpacks it from there without fetching again', async () => {
    // A private copy of the electron package inside node_modules, so @electron/get resolves and the
    // shared node_modules/electron is never written.
    const cacheParent = resolve('node_modules/.cache');
    mkdirSync(cacheParent, { recursive: true });
    const sandbox = mkdtempSync(join(cacheParent, 'cs-electron-install-'));
    const sharedBefore = existsSync(join(electronDir, 'path.txt'));
    try {
      const privateElectron = join(sandbox, 'electron');
      cpSync(electronDir, privateElectron, {
        recursive: true,
        filter: (path) => !/[\\/](dist|path\.txt)$/.test(path),
      });
      const cache = join(sandbox, 'cache');
      const env = { electron_config_cache: cache, electron_use_remote_checksums: '1' };
      const progress: DownloadProgress[] = [];
      const zip = await downloadElectronZip({
        electronDir: privateElectron,
        env,
        mirror: `${base}/good/`,
        onProgress: (p) => progress.push(p),
      });
      expect(readFileSync(zip).equals(GOOD_ZIP)).toBe(true);
      expect(progress).toContainEqual(
        expect.objectContaining({ transferred: GOOD_ZIP.length, total: GOOD_ZIP.length }),
      );
      // Same mirror (the cache is keyed by the download URL): the installer takes the zip from the cache.
      const installed = await runElectronInstaller(privateElectron, {
        ...process.env,
        ...env,
        ELECTRON_MIRROR: `${base}/good/`,
      });
      expect(installed, installed.stderr).toMatchObject({ code: 0 });
      expect(zipRequests).toBe(1);
      expect(findElectronBinary({}, privateElectron)).toBe(
        join(privateElectron, 'dist', platformExecutable()),
      );
      expect(existsSync(join(electronDir, 'path.txt'))).toBe(sharedBefore);
    } finally {
      rmSync(sandbox, { recursive: true, force: true });
    }
  });
});

describe('progress output', () => {
  it('formats megabytes and the percentage, or megabytes alone without a length', () => {
    expect(formatProgress('45.5.0', { transferred: 23_400_000, total: 110_200_000 })).toBe(
      'Downloading Electron 45.5.0: 23.4 of 110.2 MB (21%)',
    );
    expect(formatProgress('45.5.0', { transferred: 5_000_000, total: null })).toBe(
      'Downloading Electron 45.5.0: 5.0 MB',
    );
  });

  it('prints one line per tenth to a log and redraws in place on a terminal', () => {
    const log: string[] = [];
    const printer = progressPrinter('45.5.0', { isTTY: false, write: (t: string) => log.push(t) });
    for (let done = 0; done <= 100; done += 1) printer.update({ transferred: done, total: 100 });
    printer.end();
    expect(log).toHaveLength(11);
    expect(log.every((line) => line.endsWith('\n'))).toBe(true);
    const tty: string[] = [];
    const live = progressPrinter('45.5.0', { isTTY: true, write: (t: string) => tty.push(t) });
    live.update({ transferred: 1, total: 2 });
    live.end();
    expect(tty).toEqual(['\rDownloading Electron 45.5.0: 0.0 of 0.0 MB (50%)', '\n']);
  });
});

describe('the installer step', () => {
  it('keeps the installer stderr for the classification', async () => {
    const fake = mkdtempSync(join(work, 'electron-'));
    writeFileSync(
      join(fake, 'install.js'),
      'console.error("Error: EACCES: permission denied, mkdir \'/x/dist\'"); process.exit(1);\n',
    );
    const result = await runElectronInstaller(fake, { ...process.env });
    expect(result.code).toBe(1);
    expect(classifyDownloadFailure(result.stderr)).toEqual({ kind: 'permission', code: 'EACCES' });
  });

  it('picks the platform and arch the installer would', () => {
    expect(
      installTarget({ ELECTRON_INSTALL_PLATFORM: 'win32', ELECTRON_INSTALL_ARCH: 'arm64' }),
    ).toEqual({ platform: 'win32', arch: 'arm64' });
    expect(installTarget({})).toEqual({ platform: process.platform, arch: process.arch });
  });
});
