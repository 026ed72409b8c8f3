import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { RENDERER_RESPONSE_HEADERS } from '../../core/security/response-headers';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { contentTypeFor } from './content-types';

/** What `protocol.handle` expects: a web Request in, a web Response out. */
export type RequestHandler = (request: Request) => Promise<Response>;

function refuse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...RENDERER_RESPONSE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * Maps an `app://renderer/...` URL to a file path inside `rootDir`, or undefined when the URL
 * is not ours or its path would leave the folder (`..`, encoded slashes, backslashes, NUL).
 */
export function resolveRendererPath(rootDir: string, url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return undefined;
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.' || segment.includes(':')))
    return undefined;
  const root = resolve(rootDir);
  const target = resolve(root, ...(segments.length === 0 ? ['index.html'] : segments));
  return isInside(root, target) ? target : undefined;
}

/**
 * Creates the `app://` request handler: serves files from `rootDir` (GET and HEAD only) with
 * their content type and the renderer's security headers (CSP included); anything outside the
 * folder — also through a symbolic link — or missing is refused.
 */
export function createRendererRequestHandler(rootDir: string): RequestHandler {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return refuse(405, 'Method not allowed');
    const target = resolveRendererPath(rootDir, request.url);
    if (!target) return refuse(404, 'Not found');
    try {
      const [realRoot, realTarget] = await Promise.all([
        realpath(resolve(rootDir)),
        realpath(target),
      ]);
      if (!isInside(realRoot, realTarget)) return refuse(404, 'Not found');
      if (!(await stat(realTarget)).isFile()) return refuse(404, 'Not found');
      const body = request.method === 'HEAD' ? null : await readFile(realTarget);
      return new Response(body, {
        status: 200,
        headers: { ...RENDERER_RESPONSE_HEADERS, 'Content-Type': contentTypeFor(realTarget) },
      });
    } catch {
      return refuse(404, 'Not found');
    }
  };
}
