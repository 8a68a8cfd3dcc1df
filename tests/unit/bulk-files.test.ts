import { afterEach, describe, expect, test } from 'vitest';
import { offerBulkFiles, writeBulkFiles } from '../../src/integrations/bulk-files.ts';
import { redirectPageHtml } from '../../src/site-files/redirects.ts';
import { escapeHtmlAttribute, escapeHtmlText } from '../../src/text/escape.ts';

describe('redirect pages (short links and moved fixes)', () => {
  test.each([
    ['plain', 'plain', 'plain'],
    ['quotes "x" and \'y\'', 'quotes &quot;x&quot; and &#39;y&#39;', "quotes &quot;x&quot; and 'y'"],
    ['<script>&amp;', '&lt;script&gt;&amp;amp;', '<script>&amp;amp;'],
  ])('%s escapes as Astro does: text %s, attribute %s', (input, text, attribute) => {
    expect(escapeHtmlText(input)).toBe(text);
    expect(escapeHtmlAttribute(input)).toBe(attribute);
  });

  test('the whole page: title escaped in text and attributes, canonical link on the site', () => {
    const html = redirectPageHtml({
      to: '/fixes/a-b/',
      title: 'Fix "401" <key> & co',
      site: 'https://kb.example/',
      siteName: 'KB',
      lang: 'en',
      csp: "default-src 'self'",
    });
    expect(html).toBe(
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
        `<meta http-equiv="Content-Security-Policy" content="default-src 'self'">` +
        '<title>Fix &quot;401&quot; &lt;key&gt; &amp; co | KB</title>' +
        '<meta name="description" content="This page moved to “Fix &quot;401&quot; <key> &amp; co”.">' +
        '<meta name="robots" content="noindex">' +
        '<link rel="canonical" href="https://kb.example/fixes/a-b/">' +
        '<meta http-equiv="refresh" content="0; url=/fixes/a-b/">' +
        '</head><body><h1>Fix &quot;401&quot; &lt;key&gt; &amp; co</h1>' +
        '<p>This article moved. <a href="/fixes/a-b/">Go to “Fix &quot;401&quot; &lt;key&gt; &amp; co”</a>.</p></body></html>',
    );
  });
});

describe('bulk files: the writer the page bundle offers runs once at the end of the build', () => {
  afterEach(() => void writeBulkFiles('/nowhere').catch(() => {}));

  test('a build whose pages never loaded the content fails, saying what is missing', async () => {
    await expect(writeBulkFiles('/out')).rejects.toThrow(/short links, Markdown twins and social images were not written/);
  });

  test('the last offer is run with the output folder, once', async () => {
    const calls: string[] = [];
    offerBulkFiles(async (dir) => (calls.push(`first ${dir}`), 1));
    offerBulkFiles(async (dir) => (calls.push(`second ${dir}`), 3));
    expect(await writeBulkFiles('/out')).toBe(3);
    expect(calls).toEqual(['second /out']);
    await expect(writeBulkFiles('/out')).rejects.toThrow(/were not written/);
  });
});
