// npm run import -- <files…> [--out content] [--dry-run] [--force] [--cluster <slug>] [--product <slug>] [--date YYYY-MM-DD]
// Turns raw text articles into content entries; see CONTRIBUTING.md "Adding or changing content".
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { ImportParseError, parseSource } from '../src/importer/parse.ts';
import { planImport } from '../src/importer/plan.ts';
import { readSnapshot } from '../src/importer/snapshot.ts';
import { applyPlan } from '../src/importer/write.ts';
import { slugify } from '../src/text/keys.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'content' },
    'dry-run': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    cluster: { type: 'string' },
    product: { type: 'string' },
    date: { type: 'string', default: new Date().toISOString().slice(0, 10) },
  },
});

if (positionals.length === 0) {
  console.error(
    'usage: npm run import -- <files…> [--out content] [--dry-run] [--force] [--cluster <slug>] [--product <slug>] [--date YYYY-MM-DD]',
  );
  process.exit(2);
}

let failed = false;
for (const file of positionals) {
  try {
    const text = readFileSync(file, 'utf8');
    const article = parseSource(text, file);
    const plan = planImport(article, readSnapshot(values.out), {
      slug: slugify(basename(file, extname(file))),
      today: values.date,
      ...(values.cluster ? { cluster: values.cluster } : {}),
      ...(values.product ? { product: values.product } : {}),
    });
    const results = applyPlan(values.out, plan.files, { dryRun: values['dry-run'], force: values.force });
    const { report } = plan;
    const line = (label: string, items: string[]) => {
      console.log(`  ${label}: ${items.length}`);
      for (const item of items) console.log(`    - ${item}`);
    };
    console.log(`${file} → ${plan.slug}${values['dry-run'] ? ' (dry run: nothing written)' : ''}`);
    line(
      'created',
      results.filter((r) => r.outcome === 'created').map((r) => r.path),
    );
    line(
      'updated',
      results
        .filter((r) => r.outcome === 'updated' || r.outcome === 'overwritten-edited')
        .map((r) => `${r.path}${r.outcome === 'overwritten-edited' ? ' (edited since import; overwritten by --force)' : ''}`),
    );
    line(
      'unchanged',
      results.filter((r) => r.outcome === 'unchanged').map((r) => r.path),
    );
    line(
      'kept (edited since import; --force overwrites)',
      results.filter((r) => r.outcome === 'kept-edited').map((r) => r.path),
    );
    line('reused', report.reused);
    line('merged duplicates', report.merged);
    line('unresolved', report.unresolved);
    line('to do', report.notes);
  } catch (error) {
    failed = true;
    if (error instanceof ImportParseError) console.error(`error: ${error.file}:${error.line}: ${error.reason}`);
    else console.error(`error: ${file}: ${(error as Error).message}`);
  }
}
process.exit(failed ? 1 : 0);
