// The search engine over a tiny in-memory stand-in for Pagefind with Pagefind's matching rules:
// every query word that exists anywhere must match (prefix match), unknown words are dropped.
import { describe, expect, test } from 'vitest';
import { recognizePaste, searchFixes, shorterForms } from '../../src/search/core/engine.ts';
import { tokenShard } from '../../src/search/core/signatures.ts';
import { correctWord, editDistance, knownWord } from '../../src/search/core/typo.ts';
import { fakeSearchData as fakeData } from '../helpers/fake-search.ts';

const urls = async (q: string, data = fakeData()) => (await searchFixes(q, data)).results.map((r) => r.url);

describe('searchFixes', () => {
  test('a long paste whose words never all occur on one page still finds the right page', async () => {
    expect((await urls('429 too many requests from my proxy server while uploading a capacity report'))[0]).toBe('/fixes/rate/');
  });
  test('an error type named in the paste outranks word overlap', async () => {
    expect((await urls('{"type":"error","error":{"type":"overloaded_error","message":"too many requests reached"}}'))[0]).toBe(
      '/fixes/overload/',
    );
  });
  test('a bare status narrows to the pages that declare it', async () => {
    expect(await urls('HTTP 529')).toEqual(['/fixes/overload/']);
  });
  test('a typo is corrected against the index words', async () => {
    const outcome = await searchFixes('usage limit reched', fakeData());
    expect(outcome.corrections).toEqual([{ from: 'reched', to: 'reached' }]);
    expect(outcome.results[0]!.url).toBe('/fixes/usage/');
  });
  test('an exact signature paste is recognised and put first', async () => {
    const signature = {
      message: 'invalid x-api-key',
      status: 401,
      type: 'authentication_error',
      url: '/fixes/key/',
    };
    const outcome = await searchFixes(
      "Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}",
      fakeData([signature]),
    );
    expect(outcome.recognized?.signature).toMatchObject(signature);
    expect(outcome.recognized?.title).toBe('Fix invalid x-api-key');
    expect(outcome.recognized?.answer?.quickAnswer).toBe('invalid x-api-key authentication_error 401 key rejected');
    expect(outcome.level).toBe('recognized');
    expect(outcome.results[0]!.url).toBe('/fixes/key/');
  });
  test('a recognised fix ranked below the cut is found further down and moved first', async () => {
    // On words alone "rate limit reached" puts /fixes/rate/ first; the stored signature says /fixes/usage/.
    const paste = 'rate limit reached';
    expect((await searchFixes(paste, fakeData(), { limit: 1 })).results.map((r) => r.url)).toEqual(['/fixes/rate/']);
    const signature = { message: paste, url: '/fixes/usage/' };
    const outcome = await searchFixes(paste, fakeData([signature]), { limit: 1 });
    expect(outcome.recognized?.url).toBe('/fixes/usage/');
    expect(outcome.results.map((r) => r.url)).toEqual(['/fixes/usage/']);
  });
  test('nothing to search for gives no results', async () => {
    expect(await urls('   ')).toEqual([]);
    expect(await urls('the and of')).toEqual([]);
  });
});

describe('recognizePaste: the answer to a known error before Pagefind loads', () => {
  const signatures = [
    { message: 'invalid x-api-key', status: 401, type: 'authentication_error', url: '/fixes/key/' },
    { message: 'Overloaded', status: 529, type: 'overloaded_error', url: '/fixes/overload/' },
    { message: 'overloaded_error', url: '/fixes/overload/' },
  ];
  /** The fake site's data with a Pagefind that fails the test when it is used. */
  const noPagefind = () => {
    const data = fakeData(signatures);
    return {
      ...data,
      pagefind: {
        search: () => {
          throw new Error('recognizePaste used Pagefind');
        },
      },
    };
  };

  test.each<[string, string, string | undefined]>([
    [
      'an SDK traceback line',
      "anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}",
      '/fixes/key/',
    ],
    [
      'a Claude Code line',
      'API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}',
      '/fixes/overload/',
    ],
    ['words that are no stored message', 'how do I raise my limit', undefined],
    ['a generic signature alone', 'overloaded_error', undefined],
  ])('%s', async (_name, paste, url) => {
    const outcome = await recognizePaste(paste, noPagefind());
    expect(outcome.preliminary).toBe(true);
    expect(outcome.recognized?.url).toBe(url);
    expect(outcome.results.map((r) => r.url)).toEqual(url ? [url] : []);
    expect(outcome.level).toBe(url ? 'recognized' : 'none');
  });

  test("the answer carries the fix's title, cluster and quick answer from its answer file", async () => {
    const outcome = await recognizePaste('invalid x-api-key', noPagefind());
    expect(outcome.recognized).toMatchObject({
      url: '/fixes/key/',
      title: 'Fix invalid x-api-key',
      answer: { title: 'Fix invalid x-api-key', cluster: 'Fakes', quickAnswer: 'invalid x-api-key authentication_error 401 key rejected' },
    });
    expect(outcome.results[0]).toMatchObject({
      title: 'Fix invalid x-api-key',
      cluster: 'Fakes',
      statuses: ['401'],
      types: ['authentication_error'],
    });
  });

  test('agrees with the full search on what it recognises', async () => {
    for (const paste of ['invalid x-api-key', 'API Error: 529 Overloaded', 'rate limit reached', 'Overloaded please wait']) {
      const fast = await recognizePaste(paste, noPagefind());
      const full = await searchFixes(paste, fakeData(signatures));
      expect(fast.recognized?.url, paste).toBe(full.recognized?.url);
    }
  });

  test('a superseded paste stops', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(recognizePaste('invalid x-api-key', noPagefind(), { signal: controller.signal })).rejects.toThrow();
  });
});

describe('typo helpers', () => {
  test.each([
    ['wroking', 'working', 1],
    ['reched', 'reached', 1],
    ['incrase', 'increase', 1],
    ['abc', 'xyz', 3],
  ])('editDistance(%s, %s) = %i', (a, b, d) => expect(editDistance(a, b, 3)).toBe(d));
  test('correctWord keeps short words and prefers the commoner word on a tie', () => {
    expect(correctWord('lmt', ['limit'])).toBeUndefined();
    expect(correctWord('cade', ['code', 'cake'])).toBe('code');
    expect(correctWord('quota', ['quota'])).toBeUndefined();
  });
  test('knownWord matches prefixes like Pagefind', () => {
    expect(knownWord('overload', ['overloaded_error'])).toBe(true);
    expect(knownWord('overlord', ['overloaded_error'])).toBe(false);
  });
  test('tokenShard spreads tokens over the shards, always within range', () => {
    const shards = Array.from({ length: 60 }, (_, i) => tokenShard(`token${i}`, 7));
    for (const n of shards) expect(n >= 0 && n < 7 && Number.isInteger(n)).toBe(true);
    expect(new Set(shards).size).toBe(7);
    expect(tokenShard('overloaded', 0)).toBe(0); // no shards: everything in the one file
  });
  test.each([
    ['claude-3-5-sonnet-20240620', ['claude-3-5-sonnet', 'claude-3-5', 'claude-3', 'claude']],
    ['sk-ant-oat01', ['sk-ant-oat', 'sk-ant', 'sk']],
    ['12pm', ['12']],
    ['32mb', ['32']],
    ['gpt4o', ['gpt4', 'gpt']],
    ['v2beta', ['v2', 'v']],
    [
      'a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t',
      ['a-b-c-d-e-f-g-h', 'a-b-c-d-e-f-g', 'a-b-c-d-e-f', 'a-b-c-d-e', 'a-b-c-d', 'a-b-c', 'a-b', 'a'],
    ],
  ])('shorterForms(%s): each shorter form once, at most 8, always shorter', (word, expected) => {
    expect(shorterForms(word)).toEqual(expected);
  });
});
