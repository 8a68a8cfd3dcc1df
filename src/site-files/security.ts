/**
 * The Content-Security-Policy and other security headers: one source for the <meta> tag in every
 * page and the `_headers` file for static hosts. No inline or eval'd scripts; Pagefind's WebAssembly
 * needs 'wasm-unsafe-eval'; styles may be inline (syntax highlighting writes style attributes).
 */

const DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['manifest-src', "'self'"],
];

/** Directives a <meta> policy cannot carry (browsers ignore them there, with a console error). */
const HEADER_ONLY: [string, string][] = [
  ['frame-ancestors', "'none'"],
  ['upgrade-insecure-requests', ''],
];

const join = (list: [string, string][]) => list.map(([k, v]) => (v ? `${k} ${v}` : k)).join('; ');

/** The policy for the <meta http-equiv> tag. */
export const META_CSP = join(DIRECTIVES);

/** Headers every response should carry on a static host. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': join([...DIRECTIVES, ...HEADER_ONLY]),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The `_headers` file (Netlify, Cloudflare Pages): security headers for every path, and long caching
 * for fingerprinted assets.
 * @example headersFile().startsWith('/*\n') // => true
 */
export function headersFile(): string {
  const all = Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`);
  return ['/*', ...all, '', '/_astro/*', '  Cache-Control: public, max-age=31536000, immutable', ''].join('\n');
}
