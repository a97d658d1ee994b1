// Serves the built renderer from app://copydesk/ instead of file://, so the
// page has a real origin, a CSP header, and no access to the file system.
import path from 'node:path';
import fs from 'node:fs/promises';
import { RENDERER_CSP } from './security';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Maps a request URL to a file inside root, or null if it would escape it. */
export function resolveAppFile(root: string, requestUrl: string): string | null {
  const { pathname } = new URL(requestUrl);
  const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  const file = path.resolve(root, `.${relative}`);
  return file.startsWith(path.resolve(root) + path.sep) ? file : null;
}

export async function serveAppFile(root: string, requestUrl: string): Promise<Response> {
  const file = resolveAppFile(root, requestUrl);
  if (!file) return new Response('Not found', { status: 404 });
  try {
    const body = await fs.readFile(file);
    return new Response(body, {
      headers: {
        'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
        'content-security-policy': RENDERER_CSP,
        'x-content-type-options': 'nosniff',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
