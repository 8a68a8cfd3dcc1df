// html-validate (recommended rules, minus a few style rules; see .htmlvalidate.json) on every built page.
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { DIST, htmlPages } from '../helpers/dist.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate', () => {
  test('the validator reports a broken page (the check can fail)', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><div><p>text</div><img src="a.png"></body></html>',
      `${DIST}/broken.html`,
    );
    expect(report.valid).toBe(false);
  });

  test.each(htmlPages().map((p) => [p.url, p.file]))('%s has no errors', async (_url, file) => {
    const report = await validator.validateFile(file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});
