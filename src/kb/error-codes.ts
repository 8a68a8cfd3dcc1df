/**
 * The /errors/ landing pages: one per HTTP status, one per Claude API error type and one per cloud
 * platform error name (Amazon Bedrock's `ThrottlingException`, Google Cloud's `RESOURCE_EXHAUSTED`)
 * that some fix covers, each listing those fixes, with the official meaning where we have it, and
 * each linked to the pages it corresponds to.
 */
import type { FixNode } from './graph.ts';

export interface ErrorCodeEntry {
  status: number;
  type: string;
  name: string;
  meaning: string;
  source: string;
}

/** A cloud platform's own error name, with the Claude status and type it corresponds to. */
export interface PlatformCodeEntry {
  platform: 'bedrock' | 'vertex';
  code: string;
  status: number;
  type?: string | undefined;
  name: string;
  meaning: string;
  source: string;
}

/** The platforms whose error codes have pages: the product's own API and the cloud platforms. */
export type ErrorPlatform = 'anthropic' | PlatformCodeEntry['platform'];
/** Their names as readers know them (`errorPlatforms` of a product in content/products/). */
export type PlatformNames = Readonly<Record<ErrorPlatform, string>>;

export interface ErrorCodePage {
  /** URL segment: `429`, `rate_limit_error`, or a platform code in lower case (`throttlingexception`). */
  code: string;
  kind: 'status' | 'type' | 'platform';
  /** The official Claude API entry for this status or type, when there is one. */
  entry?: ErrorCodeEntry | undefined;
  /** The platform's entry, for a platform page. */
  platform?: PlatformCodeEntry | undefined;
  /** The pages this one corresponds to: a status's type, a type's status, a platform code's status and type; and the platform codes of a status or type. */
  related: { code: string; label: string }[];
  fixes: FixNode[];
}

/** URL segment of a platform code. @example platformSegment('ThrottlingException') // => 'throttlingexception' */
export const platformSegment = (code: string) => code.toLowerCase();

/**
 * Status pages (in numeric order), type pages (alphabetical) and platform-code pages (by platform,
 * then code), each with the fixes whose error signatures carry that status, type or code. Codes no
 * fix covers get no page.
 */
export function errorCodePages(
  fixes: readonly FixNode[],
  entries: readonly ErrorCodeEntry[],
  platformEntries: readonly PlatformCodeEntry[],
  names: PlatformNames,
): { statuses: ErrorCodePage[]; types: ErrorCodePage[]; platforms: ErrorCodePage[] } {
  const byStatus = new Map<number, FixNode[]>();
  const byType = new Map<string, FixNode[]>();
  const byCode = new Map<string, FixNode[]>();
  const add = <K>(map: Map<K, FixNode[]>, key: K, fix: FixNode) => map.set(key, [...(map.get(key) ?? []), fix]);
  for (const fix of fixes) {
    for (const status of new Set(fix.signatures.map((s) => s.status).filter((s): s is number => s !== undefined)))
      add(byStatus, status, fix);
    for (const type of new Set(fix.signatures.map((s) => s.type).filter((t): t is string => !!t))) add(byType, type, fix);
    for (const code of new Set(fix.signatures.map((s) => s.code).filter((c): c is string => !!c))) add(byCode, code, fix);
  }
  const platformOf = (code: string) => platformEntries.find((e) => e.code === code);
  const codesFor = (match: (e: PlatformCodeEntry) => boolean) =>
    platformEntries
      .filter((e) => match(e) && byCode.has(e.code))
      .map((e) => ({ code: platformSegment(e.code), label: `${e.code} (${names[e.platform]})` }));
  const typeOfStatus = (status: number) => entries.find((e) => e.status === status);
  return {
    statuses: [...byStatus.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([status, list]) => {
        const entry = typeOfStatus(status);
        return {
          code: String(status),
          kind: 'status',
          entry,
          related: [
            ...(entry && byType.has(entry.type) ? [{ code: entry.type, label: entry.type }] : []),
            ...codesFor((e) => e.status === status),
          ],
          fixes: list,
        };
      }),
    types: [...byType.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([type, list]) => {
        const entry = entries.find((e) => e.type === type);
        return {
          code: type,
          kind: 'type',
          entry,
          related: [
            ...(entry && byStatus.has(entry.status) ? [{ code: String(entry.status), label: `HTTP ${entry.status}` }] : []),
            ...codesFor((e) => e.type === type),
          ],
          fixes: list,
        };
      }),
    platforms: [...byCode.entries()]
      .map(([code, list]) => ({ code, list, platform: platformOf(code) }))
      .sort((a, b) => (a.platform?.platform ?? '~').localeCompare(b.platform?.platform ?? '~') || a.code.localeCompare(b.code))
      .map(({ code, list, platform }) => ({
        code: platformSegment(code),
        kind: 'platform',
        platform,
        related: [
          ...(platform && byStatus.has(platform.status) ? [{ code: String(platform.status), label: `HTTP ${platform.status}` }] : []),
          ...(platform?.type && byType.has(platform.type) ? [{ code: platform.type, label: platform.type }] : []),
        ],
        fixes: list,
      })),
  };
}
