// The build refuses broken content and names the file and the problem. Each case copies the valid
// fixture set, breaks one thing, and builds it into a temporary folder.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const VALID = 'tests/fixtures/content/valid';

function buildWith(
  breakIt: (dir: string) => void,
  options: { env?: Record<string, string>; read?: string[] } = {},
): { status: number | null; output: string; files: Record<string, string> } {
  const root = mkdtempSync(join(tmpdir(), 'unstuck-broken-'));
  const content = join(root, 'content');
  cpSync(VALID, content, { recursive: true });
  breakIt(content);
  const result = spawnSync('npx', ['astro', 'build', '--outDir', join(root, 'dist')], {
    encoding: 'utf8',
    env: { ...process.env, UNSTUCK_CONTENT_DIR: content, UNSTUCK_CACHE_DIR: join(root, 'cache'), FORCE_COLOR: '0', NO_COLOR: '1', ...options.env },
  });
  const files = Object.fromEntries((options.read ?? []).map((f) => [f, readFileSync(join(root, 'dist', f), 'utf8')]));
  rmSync(root, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, files };
}

const edit = (file: string, from: string | RegExp, to: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

describe('the build refuses broken content, naming the file and the problem', () => {
  test('the valid fixture set builds; a fix last reviewed over twice the review interval ago warns readers', () => {
    // On 2026-07-15 widget-timeout (reviewed 2026-01-01) is 195 days old, widget-not-found (2026-02-01) 164.
    const { status, output, files } = buildWith(() => {}, {
      env: { UNSTUCK_TODAY: '2026-07-15' },
      read: ['fixes/widget-timeout/index.html', 'fixes/widget-not-found/index.html'],
    });
    expect(output).toContain('Complete!');
    expect(status).toBe(0);
    expect(files['fixes/widget-timeout/index.html']).toMatch(
      /data-stale-review[^>]*>\s*This article was last checked on <time datetime="2026-01-01">January 1, 2026<\/time>; details may have changed\./,
    );
    expect(files['fixes/widget-not-found/index.html']).not.toContain('data-stale-review');
  });

  test.each<[string, (dir: string) => void, RegExp[]]>([
    ['an unknown cause reference', (d) => edit(join(d, 'fixes/widget-timeout.md'), 'causes: [stale-cache]', 'causes: [no-such-cause]'), [/widget-timeout\.md/, /no-such-cause/]],
    ['a duplicate article ID', (d) => edit(join(d, 'fixes/widget-timeout.md'), 'KB-0002', 'KB-0001'), [/widget-timeout\.md: article ID KB-0001 is already used by .*widget-not-found\.mdx/]],
    ['an alias equal to a slug', (d) => edit(join(d, 'fixes/widget-not-found.mdx'), 'aliases: [old-widget-slug]', 'aliases: [widget-timeout]'), [/widget-not-found\.mdx: alias "widget-timeout" is the slug of .*widget-timeout\.md/]],
    ['a fix with no steps', (d) => edit(join(d, 'fixes/widget-timeout.md'), /steps:\n  - id: raise-timeout\n    title: Raise the timeout\n/, 'steps: []\n'), [/widget-timeout/, /a fix needs at least one step/]],
    ['a fix with no cluster', (d) => edit(join(d, 'fixes/widget-timeout.md'), 'cluster: widgets\n', ''), [/widget-timeout/, /cluster/]],
    ['one FAQ question stored twice', (d) => writeFileSync(join(d, 'faqs/down-again.mdx'), '---\nquestion: Is the Widget API down\ngroup: Basics\n---\nLook at status.\n'), [/is-it-down\.mdx: the question "Is the widget API down\?" is already stored as "down-again" \(.*down-again\.mdx\)/]],
    ['malformed frontmatter', (d) => edit(join(d, 'fixes/widget-timeout.md'), 'title: Widget request timed out', 'title: [unclosed'), [/widget-timeout\.md/]],
    ['a duplicate slug', (d) => cpSync(join(d, 'fixes/widget-timeout.md'), join(d, 'fixes/widget-timeout.mdx')), [/Duplicate slug "widget-timeout" in the fixes collection: widget-timeout\.md and widget-timeout\.mdx/]],
    ['an unknown cluster', (d) => edit(join(d, 'fixes/widget-timeout.md'), 'cluster: widgets', 'cluster: gadgets'), [/widget-timeout\.md/, /gadgets/]],
    ['an unknown FAQ reference', (d) => edit(join(d, 'fixes/widget-not-found.mdx'), 'faqs: [is-it-down]', 'faqs: [is-it-up]'), [/widget-not-found\.mdx/, /is-it-up/]],
    ['invalid MDX: an unclosed JSX tag', (d) => edit(join(d, 'fixes/widget-not-found.mdx'), 'IDs change.', 'IDs change.\n\n<Callout>unclosed'), [/widget-not-found\.mdx/]],
    ['invalid MDX: a stray brace', (d) => { cpSync(join(d, 'fixes/widget-timeout.md'), join(d, 'fixes/widget-timeout.mdx')); rmSync(join(d, 'fixes/widget-timeout.md')); edit(join(d, 'fixes/widget-timeout.mdx'), 'Set the timeout to 60 seconds.', 'Set the timeout to { 60 seconds.'); }, [/widget-timeout\.mdx/]],
    ['an empty title', (d) => edit(join(d, 'fixes/widget-timeout.md'), 'title: Widget request timed out', 'title: ""'), [/widget-timeout/, /title/]],
    ['an impossible date', (d) => edit(join(d, 'fixes/widget-timeout.md'), 'created: 2026-01-01\nreviewed: 2026-01-01', 'created: 2026-02-30\nreviewed: 2026-03-05'), [/widget-timeout\.md: created: 2026-02-30 is not a real calendar date/]],
    ['a source that is not a URL', (d) => edit(join(d, 'fixes/widget-timeout.md'), 'url: https://example.com/docs/timeouts', 'url: the timeout docs'), [/widget-timeout/, /sources need an http\(s\) URL/]],
    ['a fix listing itself as related', (d) => edit(join(d, 'fixes/widget-not-found.mdx'), 'related: [widget-timeout]', 'related: [widget-not-found]'), [/widget-not-found\.mdx: a fix cannot list itself in related/]],
  ])('%s', (_name, breakIt, patterns) => {
    const { status, output } = buildWith(breakIt);
    expect(status).not.toBe(0);
    for (const pattern of patterns) expect(output).toMatch(pattern);
  });
});
