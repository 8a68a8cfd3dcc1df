/**
 * Article verification, as help centres keep it: every fix carries the date it was last checked
 * against its sources (`reviewed`); a fix is due for review when that date is older than the site's
 * `reviewEvery` days, and far overdue at twice that, when its page warns readers.
 */

const DAY = 86_400_000;

/** Whole days from one YYYY-MM-DD date to another. @example daysBetween('2026-01-01', '2026-03-01') // => 59 */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

export interface ReviewStatus {
  /** Days since the last review. */
  age: number;
  /** Older than the review interval: someone should re-read its sources. */
  due: boolean;
  /** Older than twice the interval: readers are told the details may have changed. */
  stale: boolean;
}

/**
 * @example reviewStatus('2026-01-01', '2026-12-04', 90) // => { age: 337, due: true, stale: true }
 */
export function reviewStatus(reviewed: string, today: string, every: number): ReviewStatus {
  const age = daysBetween(reviewed, today);
  return { age, due: age > every, stale: age > 2 * every };
}

/** Today as YYYY-MM-DD (UTC), or UNSTUCK_TODAY when set (tests, reproducible builds of a given day). */
export function today(env: Record<string, string | undefined> = process.env): string {
  const fixed = env.UNSTUCK_TODAY?.trim();
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
  return new Date().toISOString().slice(0, 10);
}

/** The fixes due for review, oldest review first (then by slug). */
export function dueForReview<T extends { id: string; reviewed: string }>(
  fixes: readonly T[],
  on: string,
  every: number,
): (T & ReviewStatus)[] {
  return fixes
    .map((fix) => ({ ...fix, ...reviewStatus(fix.reviewed, on, every) }))
    .filter((fix) => fix.due)
    .sort((a, b) => a.reviewed.localeCompare(b.reviewed) || a.id.localeCompare(b.id));
}
