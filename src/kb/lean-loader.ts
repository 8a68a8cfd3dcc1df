/**
 * A content loader that stores less. Astro bundles its whole data store into the build as one
 * module, and at 10,000 fixes every megabyte in it cost about 30 MB of peak build memory
 * (docs/performance-notes.md). Rendered Markdown entries carry a second copy of their frontmatter
 * (`rendered.metadata.frontmatter`, only read by `render()` as `remarkPluginFrontmatter`, which this
 * site never uses); the validated frontmatter stays in `data`. This wrapper drops the copy as
 * entries are stored and changes nothing else.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

type DataStore = LoaderContext['store'];
type StoredEntry = Parameters<DataStore['set']>[0];

/** An entry as stored, without the copy of its frontmatter in `rendered.metadata`. */
export function withoutFrontmatterCopy(entry: StoredEntry): StoredEntry {
  const metadata = entry.rendered?.metadata;
  if (!metadata || !('frontmatter' in metadata)) return entry;
  const { frontmatter: _copy, ...rest } = metadata;
  return { ...entry, rendered: { ...entry.rendered!, metadata: rest } };
}

/** The loader, storing every entry through {@link withoutFrontmatterCopy}. */
export function leanLoader(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      const { store } = context;
      // The scoped store Astro hands a loader is a plain object of bound functions.
      const lean: DataStore = { ...store, set: (entry: StoredEntry) => store.set(withoutFrontmatterCopy(entry)) };
      return loader.load({ ...context, store: lean });
    },
  };
}
