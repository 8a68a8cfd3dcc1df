/**
 * A YYYY-MM-DD date as readers see it, independent of the build machine's time zone.
 * @example formatDate('2026-11-26') // => 'November 26, 2026'
 */
export function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}
