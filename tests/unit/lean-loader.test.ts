import { describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { leanLoader, withoutFrontmatterCopy } from '../../src/kb/lean-loader.ts';

type Entry = Parameters<LoaderContext['store']['set']>[0];

const rendered = (metadata: Record<string, unknown>) => ({ html: '<h2 id="steps">Steps</h2>', metadata });

describe('withoutFrontmatterCopy', () => {
  it.each<[string, Entry, Entry]>([
    [
      'drops the copy, keeps headings and image paths',
      {
        id: 'a',
        data: { title: 'A' },
        rendered: rendered({ frontmatter: { title: 'A' }, headings: [{ depth: 2, slug: 'steps', text: 'Steps' }], imagePaths: [] }),
      },
      { id: 'a', data: { title: 'A' }, rendered: rendered({ headings: [{ depth: 2, slug: 'steps', text: 'Steps' }], imagePaths: [] }) },
    ],
    [
      'an entry without rendered HTML is stored as is',
      { id: 'b', data: { title: 'B' }, deferredRender: true },
      { id: 'b', data: { title: 'B' }, deferredRender: true },
    ],
    [
      'rendered HTML without metadata is stored as is',
      { id: 'c', data: {}, rendered: { html: '<p>c</p>' } },
      { id: 'c', data: {}, rendered: { html: '<p>c</p>' } },
    ],
  ])('%s', (_, entry, stored) => {
    const before = structuredClone(entry);
    expect(withoutFrontmatterCopy(entry)).toEqual(stored);
    expect(entry).toEqual(before); // the loader's own object is not changed
  });
});

describe('leanLoader', () => {
  it('stores through the wrapper and passes everything else on', async () => {
    const stored: Entry[] = [];
    const store = { set: (e: Entry) => (stored.push(e), true), get: (id: string) => stored.find((e) => e.id === id) };
    const inner: Loader = {
      name: 'test-loader',
      load: async ({ store: s, collection }) => {
        s.set({ id: collection, data: { n: 1 }, rendered: rendered({ frontmatter: { n: 1 }, headings: [] }) });
        expect(s.get(collection)?.id).toBe(collection);
      },
    };
    const loader = leanLoader(inner);
    expect(loader.name).toBe('test-loader');
    await loader.load({ collection: 'fixes', store } as unknown as LoaderContext);
    expect(stored).toEqual([{ id: 'fixes', data: { n: 1 }, rendered: rendered({ headings: [] }) }]);
  });
});
