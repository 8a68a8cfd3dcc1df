// Writes `/_headers` for static hosts: the Content-Security-Policy and other security headers.
// A dynamic route because Astro ignores page files whose names start with `_`.
import type { APIRoute } from 'astro';
import { headersFile } from '../site-files/security.ts';

export function getStaticPaths() {
  return [{ params: { headers: '_headers' } }];
}

export const GET: APIRoute = () => new Response(headersFile(), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
