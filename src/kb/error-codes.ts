/**
 * The /errors/ landing pages: one per HTTP status and one per error type that some fix covers, each
 * listing those fixes, with the official meaning where we have it.
 */
import type { FixNode } from './graph.ts';

export interface ErrorCodeEntry {
  status: number;
  type: string;
  name: string;
  meaning: string;
  source: string;
}

export interface ErrorCodePage {
  /** URL segment: `429` or `rate_limit_error`. */
  code: string;
  kind: 'status' | 'type';
  /** The official entry for this status or type, when there is one. */
  entry?: ErrorCodeEntry | undefined;
  fixes: FixNode[];
}

/**
 * Status pages (in numeric order) and type pages (alphabetical), each with the fixes whose error
 * signatures carry that status or type. Codes no fix covers get no page.
 */
export function errorCodePages(fixes: readonly FixNode[], entries: readonly ErrorCodeEntry[]): { statuses: ErrorCodePage[]; types: ErrorCodePage[] } {
  const byStatus = new Map<number, FixNode[]>();
  const byType = new Map<string, FixNode[]>();
  for (const fix of fixes) {
    for (const status of new Set(fix.signatures.map((s) => s.status).filter((s): s is number => s !== undefined))) byStatus.set(status, [...(byStatus.get(status) ?? []), fix]);
    for (const type of new Set(fix.signatures.map((s) => s.type).filter((t): t is string => !!t))) byType.set(type, [...(byType.get(type) ?? []), fix]);
  }
  return {
    statuses: [...byStatus.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([status, list]) => ({ code: String(status), kind: 'status', entry: entries.find((e) => e.status === status), fixes: list })),
    types: [...byType.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([type, list]) => ({ code: type, kind: 'type', entry: entries.find((e) => e.type === type), fixes: list })),
  };
}
