import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspWeaknesses } from '../../core/security/csp';
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES, isAppUrl } from '../../electron/main/app-origin';
import {
  createRendererRequestHandler,
  resolveRendererPath,
} from '../../electron/main/renderer-protocol';

let base: string;
let root: string;
let handler: (request: Request) => Promise<Response>;
const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'cs-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'app.css'), 'body{}');
  await writeFile(join(root, 'assets', 'inter.woff2'), 'font');
  await writeFile(join(root, 'assets', 'ünïcode file.svg'), '<svg/>');
  await writeFile(join(base, 'secret.txt'), 'client notes');
  await symlink(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'));
  handler = createRendererRequestHandler(root);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('the app:// scheme', () => {
  it('is registered standard, secure and fetch-capable, with nothing more', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
    expect(APP_ENTRY_URL).toBe('app://renderer/index.html');
  });

  it('recognises only its own origin', () => {
    expect(isAppUrl('app://renderer/index.html')).toBe(true);
    expect(isAppUrl('app://renderer/')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('app://user:pw@renderer/index.html')).toBe(false);
    expect(isAppUrl('file:///work/dist/renderer/index.html')).toBe(false);
    expect(isAppUrl('https://renderer/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });
});

describe('the app:// request handler', () => {
  it('serves the entry page with its type and the CSP header', async () => {
    const response = await get('app://renderer/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = response.headers.get('content-security-policy');
    expect(csp).toBeTruthy();
    expect(cspWeaknesses(csp ?? '')).toEqual([]);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>app</title>');
  });

  it('serves "/" as index.html', async () => {
    expect(await (await get('app://renderer/')).text()).toContain('<title>app</title>');
  });

  it.each([
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['assets/inter.woff2', 'font/woff2'],
    ['assets/%C3%BCn%C3%AFcode%20file.svg', 'image/svg+xml'],
  ])('serves %s as %s', async (path, type) => {
    const response = await get(`app://renderer/${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBeTruthy();
  });

  it.each([
    'app://renderer/../secret.txt',
    'app://renderer/%2e%2e/secret.txt',
    'app://renderer/assets/%2e%2e%2f..%2fsecret.txt',
    'app://renderer/..%2fsecret.txt',
    'app://renderer/..%5csecret.txt',
    'app://renderer/assets%5c..%5c..%5csecret.txt',
    'app://renderer/%2fetc%2fpasswd',
    'app://renderer/index.html%00.js',
    'app://renderer/assets/link.txt',
    'app://renderer/C:%2fWindows%2fwin.ini',
    'app://renderer/%E0%A4%A',
  ])('refuses %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('client notes');
  });

  it('refuses folders, missing files, other hosts, other schemes and writes', async () => {
    expect((await get('app://renderer/assets')).status).toBe(404);
    expect((await get('app://renderer/nope.js')).status).toBe(404);
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get(`file://${root}/index.html`)).status).toBe(404);
    expect((await get('app://renderer/index.html', 'POST')).status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://renderer/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('never maps a URL outside the folder', () => {
    expect(resolveRendererPath(root, 'app://renderer/assets/app.js')).toBe(
      join(root, 'assets', 'app.js'),
    );
    // The URL parser folds dot segments at the root, so this stays inside the folder.
    expect(resolveRendererPath(root, 'app://renderer/a/%2e%2e/%2e%2e/secret.txt')).toBe(
      join(root, 'secret.txt'),
    );
    expect(resolveRendererPath(root, 'app://renderer/a/..%2f..%2fsecret.txt')).toBeUndefined();
    expect(resolveRendererPath(root, 'file:///etc/passwd')).toBeUndefined();
  });
});
