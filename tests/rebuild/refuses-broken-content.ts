// The build refuses broken content and names the file and the problem. Each case copies the valid
// fixture set, breaks one thing, and builds it into a temporary folder. Only what a whole build can
// show is tested here: files that do not parse, two files with one name, and that a schema rule and a
// cross-entry rule reach the build's output. Every schema rule is a unit test (tests/unit/schemas.test.ts),
// every cross-entry rule one too (tests/unit/content-graph.test.ts).
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
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(root, 'dist')], {
    encoding: 'utf8',
    env: {
      ...process.env,
      UNSTUCK_CONTENT_DIR: content,
      UNSTUCK_CACHE_DIR: join(root, 'cache'),
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ...options.env,
    },
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
    [
      'an unknown cause reference',
      (d) => edit(join(d, 'fixes/widget-timeout.md'), 'causes: [stale-cache]', 'causes: [no-such-cause]'),
      [/widget-timeout\.md/, /no-such-cause/],
    ],
    [
      'malformed frontmatter',
      (d) => edit(join(d, 'fixes/widget-timeout.md'), 'title: Widget request timed out', 'title: [unclosed'),
      [/widget-timeout\.md/],
    ],
    [
      'a duplicate slug',
      (d) => cpSync(join(d, 'fixes/widget-timeout.md'), join(d, 'fixes/widget-timeout.mdx')),
      [/Duplicate slug "widget-timeout" in the fixes collection: widget-timeout\.md and widget-timeout\.mdx/],
    ],
    [
      'invalid MDX: an unclosed JSX tag',
      (d) => edit(join(d, 'fixes/widget-not-found.mdx'), 'IDs change.', 'IDs change.\n\n<Callout>unclosed'),
      [/widget-not-found\.mdx/],
    ],
    [
      'invalid MDX: a stray brace',
      (d) => {
        cpSync(join(d, 'fixes/widget-timeout.md'), join(d, 'fixes/widget-timeout.mdx'));
        rmSync(join(d, 'fixes/widget-timeout.md'));
        edit(join(d, 'fixes/widget-timeout.mdx'), 'Set the timeout to 60 seconds.', 'Set the timeout to { 60 seconds.');
      },
      [/widget-timeout\.mdx/],
    ],
    [
      'a source that is not a URL',
      (d) => edit(join(d, 'fixes/widget-timeout.md'), 'url: https://example.com/docs/timeouts', 'url: the timeout docs'),
      [/widget-timeout/, /sources need an http\(s\) URL/],
    ],
  ])('%s', (_name, breakIt, patterns) => {
    const { status, output } = buildWith(breakIt);
    expect(status).not.toBe(0);
    for (const pattern of patterns) expect(output).toMatch(pattern);
  });
});
