import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { daysBetween, dueForReview, reviewStatus, today } from '../../src/kb/review.ts';

describe('reviewStatus', () => {
  test.each([
    ['reviewed today', '2026-12-04', { age: 0, due: false, stale: false }],
    ['exactly the interval ago: not yet due', '2026-09-05', { age: 90, due: false, stale: false }],
    ['one day past the interval: due', '2026-09-04', { age: 91, due: true, stale: false }],
    ['twice the interval: due, not yet stale', '2026-06-07', { age: 180, due: true, stale: false }],
    ['more than twice the interval: stale', '2026-06-06', { age: 181, due: true, stale: true }],
  ])('%s', (_name, reviewed, expected) => {
    expect(reviewStatus(reviewed, '2026-12-04', 90)).toEqual(expected);
  });

  test('days are counted in UTC across a leap day', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });

  test('today() honours UNSTUCK_TODAY and ignores a malformed one', () => {
    expect(today({ UNSTUCK_TODAY: '2026-01-02' })).toBe('2026-01-02');
    expect(today({ UNSTUCK_TODAY: 'soon' })).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('dueForReview', () => {
  test('lists only due fixes, oldest review first', () => {
    const fixes = [
      { id: 'b', reviewed: '2026-01-10' },
      { id: 'fresh', reviewed: '2026-11-30' },
      { id: 'a', reviewed: '2026-01-10' },
      { id: 'c', reviewed: '2025-12-01' },
    ];
    expect(dueForReview(fixes, '2026-12-04', 90).map((f) => [f.id, f.stale])).toEqual([
      ['c', true],
      ['a', true],
      ['b', true],
    ]);
  });
});

describe('npm run content:review', () => {
  const dir = mkdtempSync(join(tmpdir(), 'review-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync('tests/fixtures/content/valid', dir, { recursive: true });
  // widget-timeout.md is reviewed 2026-01-01; make widget-not-found recent.
  const file = join(dir, 'fixes/widget-not-found.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^reviewed: .*$/m, 'reviewed: 2026-11-30'));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/content-review.ts', ...args], {
      env: { ...process.env, UNSTUCK_CONTENT_DIR: dir },
      encoding: 'utf8',
    });

  test('prints the due fixes with the sources to re-read, and exits 0', () => {
    const result = run('--today', '2026-12-04');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1 of 2 fixes are due for review (reviewed more than 90 days before 2026-12-04).');
    expect(result.stdout).toContain(
      'KB-0002 widget-timeout: last reviewed 2026-01-01, 337 days ago (over twice the interval: its page warns readers)',
    );
    expect(result.stdout).toContain('- [docs] Acme docs\n    https://example.com/docs/timeouts');
    expect(result.stdout).not.toContain('widget-not-found');
  });

  test('--strict exits 1 when a fix is due, 0 when none is', () => {
    expect(run('--today', '2026-12-04', '--strict').status).toBe(1);
    expect(run('--today', '2026-01-02', '--strict').status).toBe(0);
  });
});
