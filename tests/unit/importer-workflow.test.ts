// The importer end to end on a temporary content folder: dedup against existing entries,
// idempotence, and the never-overwrite rule.
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { parseSource } from '../../src/importer/parse.ts';
import { planImport } from '../../src/importer/plan.ts';
import { readSnapshot } from '../../src/importer/snapshot.ts';
import { applyPlan, decide, MANIFEST, sha256 } from '../../src/importer/write.ts';

const SOURCE = 'tests/fixtures/source/claude-api-key-not-working.txt';
const text = readFileSync(SOURCE, 'utf8');
let dir: string;

function runImport(options: { force?: boolean; dryRun?: boolean } = {}) {
  const plan = planImport(parseSource(text, SOURCE), readSnapshot(dir), { slug: 'claude-api-key-not-working', today: '2026-11-26' });
  const results = applyPlan(dir, plan.files, { force: options.force ?? false, dryRun: options.dryRun ?? false });
  return { plan, results };
}

/** Every file under the folder with its content, to compare whole trees. */
function tree(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sub of readdirSync(dir, { withFileTypes: true })) {
    if (sub.isFile()) out[sub.name] = readFileSync(join(dir, sub.name), 'utf8');
    else for (const f of readdirSync(join(dir, sub.name))) out[`${sub.name}/${f}`] = readFileSync(join(dir, sub.name, f), 'utf8');
  }
  return out;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'unstuck-import-'));
  cpSync('tests/fixtures/content/import-base', dir, { recursive: true });
});

describe('importing the source article', () => {
  test('creates one fix and the five API FAQs, reuses the stored generic FAQs and causes', () => {
    const { plan, results } = runImport();
    expect(
      results
        .filter((r) => r.outcome === 'created')
        .map((r) => r.path)
        .sort(),
    ).toEqual([
      'causes/extensions-blocking-requests.mdx',
      'causes/platform-side-incident-or-rollout.mdx',
      'causes/vpn-proxy-or-network-filtering.mdx',
      'causes/wrong-account-workspace.mdx',
      'faqs/can-i-have-multiple-api-keys-and-do-they-share-usage-quotas.mdx',
      'faqs/how-do-i-set-up-a-claude-api-key-securely-in-a-production.mdx',
      'faqs/how-do-i-verify-that-my-claude-api-key-is-valid-without.mdx',
      'faqs/my-api-key-worked-yesterday-but-stopped-working-today-what.mdx',
      'faqs/what-is-the-correct-format-for-the-anthropic-version-header.mdx',
      'fixes/claude-api-key-not-working.mdx',
    ]);
    expect(plan.report.reused).toEqual([
      'faqs/status-page ← "How do I know if the problem is on my end or the platform\'s side?" (line 50)',
      'faqs/refresh ← "Why do hard refresh and regular refresh fix different problems?" (line 51)',
      'faqs/support ← "When should I contact support versus waiting it out?" (line 52)',
      'causes/stale-session-cookies ← "stale session/cookies" (line 19)',
    ]);
    expect(plan.report.created).toContain('causes/extensions-blocking-requests.mdx');
    expect(plan.report.merged).toHaveLength(4);
    expect(plan.report.unresolved).toEqual([
      'line 45: "Claude API rate limit exceeded" (no fix with that title, slug or alias yet; kept in pendingRelated)',
      'line 46: "Claude request too large context limit" (no fix with that title, slug or alias yet; kept in pendingRelated)',
      'line 54: "Claude usage limit reached" (no fix with that title, slug or alias yet; kept in pendingRelated)',
      'line 56: "Claude blank page white screen" (no fix with that title, slug or alias yet; kept in pendingRelated)',
      'line 57: "Claude can\'t log in fix" (no fix with that title, slug or alias yet; kept in pendingRelated)',
    ]);
    const fix = readFileSync(join(dir, 'fixes/claude-api-key-not-working.mdx'), 'utf8');
    // The generic FAQs are referenced, not copied.
    expect(fix).toMatch(/faqs:\n( {2}- .*\n)* {2}- status-page\n {2}- refresh\n {2}- support\n/);
    expect(readdirSync(join(dir, 'faqs')).filter((f) => /refresh/.test(f))).toEqual(['refresh.mdx']);
  });

  test('resolves a related title by the alias of a stored fix', () => {
    const { plan } = runImport();
    const fix = plan.files.find((f) => f.path.startsWith('fixes/'))!.content;
    // "Claude rate limit fix" is an alias of the stored rate-limit fix.
    expect(fix).toMatch(/related:\n {2}- claude-api-rate-limit-429\n/);
  });

  test('resolves each way on its own: exact title, slug, alias; skips a link to itself; keeps the rest pending', () => {
    const snapshot = readSnapshot(dir);
    const fix = (slug: string, title: string, aliases: string[] = []) => ({ slug, title, aliases, articleId: `KB-${slug.length}` });
    snapshot.fixes = [
      fix('usage-fix', 'Claude usage limit reached'), // by title
      fix('claude-blank-page-white-screen', 'A white screen in the app'), // by slug of the title
      fix('rate-fix', 'Rate limits', ['claude-rate-limit-fix']), // by alias
      fix('claude-cant-log-in-fix', 'Cannot log in'), // the article itself: not related to itself
    ];
    const plan = planImport(parseSource(text, SOURCE), snapshot, { slug: 'claude-cant-log-in-fix', today: '2026-11-26' });
    const content = plan.files.find((f) => f.path.startsWith('fixes/'))!.content;
    expect(content).toMatch(/\nrelated:\n {2}- usage-fix\n {2}- rate-fix\n {2}- claude-blank-page-white-screen\n/);
    expect(content).toMatch(/\npendingRelated:\n {2}- Claude API rate limit exceeded\n {2}- Claude request too large context limit\n/);
  });

  test('running it twice changes nothing', () => {
    runImport();
    const before = tree();
    const { results, plan } = runImport();
    expect(tree()).toEqual(before);
    expect(results.map((r) => r.outcome)).toEqual(['unchanged']);
    expect(plan.report.reused).toHaveLength(13);
  });

  test('a dry run writes nothing', () => {
    const before = tree();
    const { results } = runImport({ dryRun: true });
    expect(results.filter((r) => r.outcome === 'created')).toHaveLength(10);
    expect(tree()).toEqual(before);
  });

  test('never overwrites an entry edited since the import, unless forced', () => {
    runImport();
    const path = join(dir, 'fixes/claude-api-key-not-working.mdx');
    const edited = `${readFileSync(path, 'utf8')}\nAn editor's note.\n`;
    writeFileSync(path, edited);
    // The source changes too, so the importer has something new to write.
    const changed = text.replace('Write down the exact message', 'Write down the message');
    const { results } = runImportWith(changed);
    expect(results.find((r) => r.path.startsWith('fixes/'))!.outcome).toBe('kept-edited');
    expect(readFileSync(path, 'utf8')).toBe(edited);
    const forced = runImportWith(changed, true);
    expect(forced.results.find((r) => r.path.startsWith('fixes/'))!.outcome).toBe('overwritten-edited');
    expect(readFileSync(path, 'utf8')).toContain('Write down the message');
  });

  test('updates an unedited entry when the source changes', () => {
    runImport();
    const { results } = runImportWith(text.replace('Write down the exact message', 'Write down the message'));
    expect(results.find((r) => r.path.startsWith('fixes/'))!.outcome).toBe('updated');
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Record<string, string>;
    expect(manifest['fixes/claude-api-key-not-working.mdx']).toBe(
      sha256(readFileSync(join(dir, 'fixes/claude-api-key-not-working.mdx'), 'utf8')),
    );
  });

  test('keeps the article ID and created date of an existing fix', () => {
    runImport();
    const { plan } = runImportWith(text.replace('Write down the exact message', 'Write down the message'));
    expect(plan.files.find((f) => f.path.startsWith('fixes/'))!.content).toMatch(/articleId: KB-1430\n[\s\S]*created: 2026-11-26\n/);
  });
});

describe('importing into a new site', () => {
  const empty = () => {
    const fresh = mkdtempSync(join(tmpdir(), 'unstuck-empty-'));
    return { fresh, snapshot: readSnapshot(fresh) };
  };

  test('without --cluster, the error says exactly what to do', () => {
    const { snapshot } = empty();
    expect(() => planImport(parseSource(text, SOURCE), snapshot, { slug: 'claude-api-key-not-working', today: '2026-12-04' })).toThrow(
      'No cluster to put the fix in: the content folder has no clusters yet. Pass --cluster <slug> (for example --cluster api-errors) and the importer creates that cluster, with a product and a surface if there are none; or create clusters/<slug>.yaml yourself first.',
    );
  });

  test('--cluster naming a missing cluster creates it, with a product and a surface, and says so', () => {
    const { fresh, snapshot } = empty();
    const plan = planImport(parseSource(text, SOURCE), snapshot, {
      slug: 'claude-api-key-not-working',
      today: '2026-12-04',
      cluster: 'api-keys',
    });
    applyPlan(fresh, plan.files, { force: false, dryRun: false });
    expect(plan.report.created).toEqual(expect.arrayContaining(['products/claude.yaml', 'surfaces/claude.yaml', 'clusters/api-keys.yaml']));
    expect(readFileSync(join(fresh, 'clusters/api-keys.yaml'), 'utf8')).toBe(
      'title: API keys\ndescription: Fixes about API keys.\nproduct: claude\nsurface: claude\norder: 1\n',
    );
    expect(readFileSync(join(fresh, 'surfaces/claude.yaml'), 'utf8')).toBe(
      'title: Claude\ndescription: Where Claude is used.\nproduct: claude\norder: 1\n',
    );
    expect(readFileSync(join(fresh, 'products/claude.yaml'), 'utf8')).toBe(
      'name: Claude\ndescription: Fixes for errors people hit with Claude.\nfirstPartySources: []\n',
    );
    expect(readFileSync(join(fresh, 'fixes/claude-api-key-not-working.mdx'), 'utf8')).toMatch(/^product: claude\ncluster: api-keys$/m);
    expect(plan.report.notes).toContain('clusters/api-keys.yaml was created with a title and description made from its slug: write them');
    // A second import reuses what the first created.
    const again = planImport(parseSource(text, SOURCE), readSnapshot(fresh), {
      slug: 'claude-api-key-not-working',
      today: '2026-12-04',
      cluster: 'api-keys',
    });
    expect(
      again.files.map((f) => f.path).filter((p) => !p.startsWith('fixes/') && !p.startsWith('faqs/') && !p.startsWith('causes/')),
    ).toEqual([]);
  });

  test('--cluster with an existing product uses it; --product picks one of several', () => {
    const plan = planImport(parseSource(text, SOURCE), readSnapshot(dir), {
      slug: 'claude-api-key-not-working',
      today: '2026-12-04',
      cluster: 'new-cluster',
    });
    expect(plan.report.created).toContain('clusters/new-cluster.yaml');
    expect(plan.report.created).not.toContain('products/claude.yaml');
    const several = { ...readSnapshot(dir), products: ['a', 'b'] };
    expect(() => planImport(parseSource(text, SOURCE), several, { slug: 'x', today: '2026-12-04', cluster: 'new-cluster' })).toThrow(
      /several products \(a, b\): pass --product <slug> too/,
    );
    expect(
      planImport(parseSource(text, SOURCE), several, { slug: 'x', today: '2026-12-04', cluster: 'new-cluster', product: 'b' }).files.find(
        (f) => f.path === 'clusters/new-cluster.yaml',
      )!.content,
    ).toContain('product: b\n');
  });
});

function runImportWith(source: string, force = false) {
  const plan = planImport(parseSource(source, SOURCE), readSnapshot(dir), { slug: 'claude-api-key-not-working', today: '2027-01-01' });
  return { plan, results: applyPlan(dir, plan.files, { force, dryRun: false }) };
}

describe('decide', () => {
  test.each([
    ['no file yet', undefined, 'new', undefined, false, 'created'],
    ['same content', 'same', 'same', undefined, false, 'unchanged'],
    ['unedited since import', 'old', 'new', sha256('old'), false, 'updated'],
    ['edited since import', 'edited', 'new', sha256('old'), false, 'kept-edited'],
    ['edited, forced', 'edited', 'new', sha256('old'), true, 'overwritten-edited'],
    ['written by hand, never imported', 'hand', 'new', undefined, false, 'kept-edited'],
  ] as const)('%s → %s', (_name, current, next, recorded, force, outcome) => {
    expect(decide(current, next, recorded, force)).toBe(outcome);
  });
});
