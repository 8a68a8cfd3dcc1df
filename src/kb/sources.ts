/**
 * Sources and what they are worth. Every fact rests on a first-party page (documentation, SDK source,
 * a status page); third-party pages may only be cited as user reports, evidence of the wording users
 * see. Which pages count as first-party is product content (`firstPartySources` of a product).
 */

export const SOURCE_KINDS = ['docs', 'sdk', 'status', 'report'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Source {
  title: string;
  url: string;
  kind: SourceKind;
}

/** Headings of the source groups on a fix page, in the order they are shown. */
export const SOURCE_GROUPS: readonly { kind: SourceKind; heading: string }[] = [
  { kind: 'docs', heading: 'Official documentation' },
  { kind: 'sdk', heading: 'SDK source' },
  { kind: 'status', heading: 'Status and incidents' },
  { kind: 'report', heading: 'Reported by users' },
];

/**
 * True when the URL is on one of the first-party prefixes: `host` matches that exact host name (so
 * `anthropic.com.evil.example` does not pass), `host/path` that host and paths under it.
 * @example isFirstParty('https://platform.claude.com/docs/en/api/errors', ['platform.claude.com']) // => true
 * @example isFirstParty('https://github.com/cline/cline/issues/1', ['github.com/anthropics']) // => false
 */
export function isFirstParty(url: string, prefixes: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.toLowerCase();
  const path = parsed.pathname.toLowerCase();
  return prefixes.some((prefix) => {
    const [prefixHost = '', ...rest] = prefix.toLowerCase().split('/');
    const prefixPath = rest.length ? `/${rest.join('/')}` : '';
    return host === prefixHost && (!prefixPath || path === prefixPath || path.startsWith(`${prefixPath}/`));
  });
}

/**
 * Why a source cannot stand as cited, or undefined when it can: only user reports may be third-party.
 * @example firstPartySourceProblem({ url: 'https://tessl.io/x', kind: 'docs' }, ['platform.claude.com']) // => 'source https://tessl.io/x is not a first-party page …'
 */
export function firstPartySourceProblem(source: { url: string; kind: SourceKind }, prefixes: readonly string[]): string | undefined {
  if (source.kind === 'report' || isFirstParty(source.url, prefixes)) return undefined;
  return `source ${source.url} is not a first-party page, so it cannot be cited as kind: ${source.kind} (the product's firstPartySources list those); cite it as kind: report, or cite the official page instead`;
}

/**
 * The sources of a fix page: the fix's own, then those of the causes and FAQs it shows, each URL
 * once, grouped by kind in {@link SOURCE_GROUPS} order (empty groups left out).
 */
export function groupSources(lists: readonly (readonly Source[])[]): { kind: SourceKind; heading: string; sources: Source[] }[] {
  const seen = new Set<string>();
  const all: Source[] = [];
  for (const list of lists) {
    for (const source of list) {
      if (seen.has(source.url)) continue;
      seen.add(source.url);
      all.push(source);
    }
  }
  return SOURCE_GROUPS.map((g) => ({ ...g, sources: all.filter((s) => s.kind === g.kind) })).filter((g) => g.sources.length > 0);
}
