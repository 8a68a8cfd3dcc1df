// npm run content:review [-- --strict] [--today YYYY-MM-DD] [--every N]: the fixes due for review
// (last reviewed more than `reviewEvery` days ago, src/site.config.ts), oldest first, each with the
// sources to re-read. Exits 0; with --strict, exits 1 when any fix is due (for teams that want it in CI).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { contentDir } from '../src/kb/content-dir.ts';
import { splitEntry } from '../src/kb/entry-body.ts';
import { dueForReview, today } from '../src/kb/review.ts';
import { SITE } from '../src/site.config.ts';

const { values } = parseArgs({
  options: { strict: { type: 'boolean', default: false }, today: { type: 'string' }, every: { type: 'string' } },
});
const on = values.today ?? today();
const every = values.every ? Number(values.every) : SITE.reviewEvery;
if (!/^\d{4}-\d{2}-\d{2}$/.test(on) || !(every > 0)) {
  console.error('usage: npm run content:review -- [--strict] [--today YYYY-MM-DD] [--every days]');
  process.exit(2);
}

interface Fix {
  id: string;
  articleId: string;
  title: string;
  reviewed: string;
  sources: { title: string; url: string; kind?: string }[];
}
const dir = join(contentDir(), 'fixes');
const fixes: Fix[] = readdirSync(dir)
  .filter((f) => /\.mdx?$/.test(f))
  .map((f) => {
    const data = parse(splitEntry(readFileSync(join(dir, f), 'utf8')).frontmatter ?? '') as Record<string, unknown>;
    const reviewed = data.reviewed instanceof Date ? data.reviewed.toISOString().slice(0, 10) : String(data.reviewed ?? '');
    return {
      id: f.replace(/\.mdx?$/, ''),
      articleId: String(data.articleId ?? ''),
      title: String(data.title ?? ''),
      reviewed,
      sources: (data.sources as Fix['sources']) ?? [],
    };
  });

const due = dueForReview(fixes, on, every);
console.log(`${due.length} of ${fixes.length} fixes are due for review (reviewed more than ${every} days before ${on}).`);
for (const fix of due) {
  console.log(
    `\n${fix.articleId} ${fix.id}: last reviewed ${fix.reviewed}, ${fix.age} days ago${fix.stale ? ' (over twice the interval: its page warns readers)' : ''}`,
  );
  console.log(`  ${fix.title}`);
  for (const s of fix.sources) console.log(`  - [${s.kind ?? '?'}] ${s.title}\n    ${s.url}`);
}
if (values.strict && due.length) process.exit(1);
