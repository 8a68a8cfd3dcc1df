// The build refuses broken content and names the file and the problem. Each case copies the valid
// fixture set, breaks one thing, and builds it into a temporary folder.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const VALID = 'tests/fixtures/content/valid';

function buildWith(breakIt: (dir: string) => void): { status: number | null; output: string } {
  const root = mkdtempSync(join(tmpdir(), 'unstuck-broken-'));
  const content = join(root, 'content');
  cpSync(VALID, content, { recursive: true });
  breakIt(content);
  const result = spawnSync('npx', ['astro', 'build', '--outDir', join(root, 'dist')], {
    encoding: 'utf8',
    env: { ...process.env, UNSTUCK_CONTENT_DIR: content, UNSTUCK_CACHE_DIR: join(root, 'cache'), FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  rmSync(root, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const edit = (file: string, from: string | RegExp, to: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

describe('the build refuses broken content, naming the file and the problem', () => {
  test('the valid fixture set builds', () => {
    const { status, output } = buildWith(() => {});
    expect(output).toContain('Complete!');
    expect(status).toBe(0);
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
  ])('%s', (_name, breakIt, patterns) => {
    const { status, output } = buildWith(breakIt);
    expect(status).not.toBe(0);
    for (const pattern of patterns) expect(output).toMatch(pattern);
  });
});
