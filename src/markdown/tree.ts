/**
 * One Markdown parser for the whole site: Sätteri, the engine Astro renders the pages with. The body
 * rules (sections, steps), the plain text in JSON-LD and ticket text, and the importer's checks all
 * read the trees it parses, so they see what the page shows: setext headings count, headings inside
 * JSX do not, `[docs](…Foo_(bar))` keeps its text, escapes and character references are resolved.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { Root, RootContent, Nodes, Heading } from 'mdast';

/** Whether a body is MDX (`.mdx`, the default) or plain Markdown (`.md`). */
export type BodyFormat = 'mdx' | 'md';

/** The features the site renders with (astro.config.mjs): GFM, and no smart punctuation. */
const FEATURES = { gfm: true, smartPunctuation: false } as const;

/** A body that does not parse, with the line the parser names. */
export class MarkdownSyntaxError extends Error {
  readonly line: number | undefined;
  constructor(message: string) {
    super(message);
    this.name = 'MarkdownSyntaxError';
    this.line = Number(/^(\d+):\d+/.exec(message)?.[1]) || undefined;
  }
}

/** The format of an entry file by its extension. @example bodyFormat('content/fixes/a.md') // => 'md' */
export const bodyFormat = (file: string): BodyFormat => (/\.md$/i.test(file) ? 'md' : 'mdx');

/** Parse a body into its mdast tree, as the page renders it. Throws {@link MarkdownSyntaxError}. */
export function parseBody(body: string, format: BodyFormat = 'mdx'): Root {
  try {
    return (format === 'md' ? markdownToMdast : mdxToMdast)(body, { features: FEATURES, position: true }) as Root;
  } catch (error) {
    throw new MarkdownSyntaxError((error as Error).message);
  }
}

/** The text a node shows: its text, inline code and the text of its children, nothing of its markup. */
export function nodeText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) return (node.children as Nodes[]).map(nodeText).join('');
  return '';
}

export interface OutlineHeading {
  depth: number;
  text: string;
  /** 1-based line in the body. */
  line: number;
}

/** The headings of the body's top level (not those inside JSX or lists), with their lines. */
export function outlineOf(tree: Root): OutlineHeading[] {
  return tree.children
    .filter((n): n is Heading => n.type === 'heading')
    .map((h) => ({ depth: h.depth, text: nodeText(h).trim(), line: h.position?.start.line ?? 0 }));
}

/** True for top-level nodes a reader does not see as text (an MDX comment `{/* … *\/}`, an import). */
export const isSilent = (node: RootContent) =>
  node.type === 'mdxFlowExpression' || node.type === 'mdxjsEsm' || node.type === 'yaml' || node.type === 'toml';

/**
 * A Markdown tree as plain text: paragraphs and blocks separated by blank lines, list items on
 * their own lines with a bullet, code as its content, table rows with their cells joined by dashes,
 * links and emphasis as their text.
 */
export function plainText(nodes: readonly Nodes[]): string {
  const blocks: string[] = [];
  for (const node of nodes) {
    const text = blockText(node);
    if (text) blocks.push(text);
  }
  return blocks
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function blockText(node: Nodes): string {
  switch (node.type) {
    case 'code':
      return node.value;
    case 'list':
      return node.children.map((item) => `• ${plainText(item.children).replace(/\n\n/g, '\n')}`).join('\n');
    case 'table':
      return node.children.map((row) => row.children.map((cell) => nodeText(cell).trim()).join(' — ')).join('\n');
    case 'thematicBreak':
    case 'html':
      return '';
    case 'blockquote':
    case 'mdxJsxFlowElement':
      return plainText(node.children as Nodes[]);
    default:
      if (isSilent(node as RootContent)) return '';
      return nodeText(node).trim();
  }
}
