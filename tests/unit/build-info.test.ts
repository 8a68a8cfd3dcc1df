import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { BUILD_INFO, sourceHash } from '../../scripts/build-info.ts';
import { assertFreshDist } from '../helpers/fresh-dist.ts';

describe('the build tests refuse a dist/ that is not the build of these sources', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unstuck-info-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('no build info: not built by npm run build', () => {
    expect(() => assertFreshDist(dir)).toThrow(`${dir}/ was not built by npm run build (no ${BUILD_INFO}): run npm run build first`);
  });
  test('another hash: built from other sources', () => {
    writeFileSync(join(dir, BUILD_INFO), JSON.stringify({ sources: 'f00' }));
    expect(() => assertFreshDist(dir)).toThrow(/is the build of other sources than these/);
  });
  test('the current hash passes', () => {
    writeFileSync(join(dir, BUILD_INFO), JSON.stringify({ sources: sourceHash() }));
    expect(() => assertFreshDist(dir)).not.toThrow();
  });
  test('the hash changes with the content', () => {
    const content = join(dir, 'content');
    cpSync('tests/fixtures/content/valid', content, { recursive: true });
    const before = sourceHash('.', content);
    writeFileSync(join(content, 'faqs/new.mdx'), '---\nquestion: New?\ngroup: g\n---\nYes.\n');
    expect(sourceHash('.', content)).not.toBe(before);
  });
  test.each(['src/x.ts', 'public/x.txt', 'astro.config.mjs', 'scripts/build.ts', 'package.json', 'package-lock.json'])(
    'the hash changes with %s, and not with a file the site is not made of',
    (file) => {
      const root = mkdtempSync(join(dir, 'root-'));
      const content = join(root, 'content');
      for (const f of [file, 'content/a.mdx', 'README.md']) {
        mkdirSync(dirname(join(root, f)), { recursive: true });
        writeFileSync(join(root, f), 'one');
      }
      const before = sourceHash(root, content);
      writeFileSync(join(root, 'README.md'), 'two');
      expect(sourceHash(root, content)).toBe(before);
      writeFileSync(join(root, file), 'two');
      expect(sourceHash(root, content)).not.toBe(before);
    },
  );
});
