/**
 * Calendar checks on dates as written in frontmatter. YAML turns `2026-02-30` into 2 March without a
 * word, so the schema never sees the impossible date; this reads the text itself.
 */

/** Problems with `created`/`reviewed` dates in the raw frontmatter of a file. */
export function rawDateProblems(fileText: string, fields: readonly string[] = ['created', 'reviewed']): string[] {
  const frontmatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(fileText)?.[1] ?? '';
  const problems: string[] = [];
  for (const field of fields) {
    const m = new RegExp(`^${field}:\\s*["']?(\\d{4})-(\\d{2})-(\\d{2})["']?\\s*$`, 'm').exec(frontmatter);
    if (!m) continue;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
      problems.push(`${field}: ${m[1]}-${m[2]}-${m[3]} is not a real calendar date`);
    }
  }
  return problems;
}
