/**
 * Markdown bodies as plain text, for JSON-LD answers, HowTo step text and the ticket text, from the
 * tree the page renders (src/markdown/tree.ts): code keeps its content, links their text, markup
 * disappears, escapes and character references are resolved.
 */
import type { Nodes } from 'mdast';
import { outlineOf, parseBody, plainText, type BodyFormat } from './tree.ts';

/**
 * @example markdownToText('Run `npm ci` and see [the docs](https://x).') // => 'Run npm ci and see the docs.'
 */
export function markdownToText(markdown: string, format: BodyFormat = 'mdx'): string {
  return plainText(parseBody(markdown, format).children as Nodes[]);
}

/**
 * The text under each `###` heading of a top-level `## ` section, in order, as plain text.
 */
export function subsectionTexts(body: string, section: string, format: BodyFormat = 'mdx'): { heading: string; text: string }[] {
  const tree = parseBody(body, format);
  const heads = outlineOf(tree);
  const nodes = tree.children;
  const start = heads.findIndex((h) => h.depth === 2 && h.text === section);
  if (start === -1) return [];
  const out: { heading: string; text: string }[] = [];
  let current: { heading: string; nodes: Nodes[] } | undefined;
  let inSection = false;
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth <= 2) {
      if (inSection) break;
      inSection = node.position?.start.line === heads[start]!.line;
      continue;
    }
    if (!inSection) continue;
    if (node.type === 'heading' && node.depth === 3) {
      if (current) out.push({ heading: current.heading, text: plainText(current.nodes) });
      current = { heading: heads.find((h) => h.line === node.position?.start.line)!.text, nodes: [] };
    } else if (current) {
      current.nodes.push(node as Nodes);
    }
  }
  if (current) out.push({ heading: current.heading, text: plainText(current.nodes) });
  return out;
}
