import { describe, expect, test } from 'vitest';
import { firstPartySourceProblem, groupSources, isFirstParty, type Source } from '../../src/kb/sources.ts';

const OFFICIAL = ['platform.claude.com', 'github.com/anthropics', 'status.claude.com'];

describe('isFirstParty', () => {
  test.each([
    ['https://platform.claude.com/docs/en/api/errors', true],
    ['https://PLATFORM.claude.com/docs', true],
    ['https://github.com/anthropics/anthropic-sdk-python/blob/v0.47.0/src/anthropic/_client.py', true],
    ['https://github.com/anthropics', true],
    ['https://github.com/anthropicsx/fake', false],
    ['https://github.com/cline/cline/issues/1', false],
    ['https://platform.claude.com.evil.example/docs', false],
    ['https://evil.example/platform.claude.com/docs', false],
    ['https://sub.platform.claude.com/docs', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isFirstParty(url, OFFICIAL)).toBe(expected);
  });
});

describe('firstPartySourceProblem', () => {
  test('a user report may be any page', () => {
    expect(firstPartySourceProblem({ url: 'https://github.com/cline/cline/issues/1', kind: 'report' }, OFFICIAL)).toBeUndefined();
  });
  test('an official kind must be first-party', () => {
    expect(firstPartySourceProblem({ url: 'https://tessl.io/registry/x', kind: 'sdk' }, OFFICIAL)).toBe(
      "source https://tessl.io/registry/x is not a first-party page, so it cannot be cited as kind: sdk (the product's firstPartySources list those); cite it as kind: report, or cite the official page instead",
    );
    expect(firstPartySourceProblem({ url: 'https://status.claude.com/incidents/x', kind: 'status' }, OFFICIAL)).toBeUndefined();
  });
});

describe('groupSources', () => {
  const docs: Source = { title: 'Errors', url: 'https://platform.claude.com/docs/en/api/errors', kind: 'docs' };
  const sdk: Source = { title: '_client.py', url: 'https://github.com/anthropics/anthropic-sdk-python/blob/v0.47.0/x.py', kind: 'sdk' };
  const report: Source = { title: 'Issue #1', url: 'https://github.com/anthropics/claude-code/issues/1', kind: 'report' };
  test('groups by kind in a fixed order, each URL once, empty groups left out', () => {
    expect(groupSources([[report, docs], [docs, sdk], [report]])).toEqual([
      { kind: 'docs', heading: 'Official documentation', sources: [docs] },
      { kind: 'sdk', heading: 'SDK source', sources: [sdk] },
      { kind: 'report', heading: 'Reported by users', sources: [report] },
    ]);
  });
  test('nothing to list gives no groups', () => {
    expect(groupSources([[], []])).toEqual([]);
  });
});
