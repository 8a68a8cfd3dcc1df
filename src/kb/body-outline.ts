/**
 * The rules each collection's body follows, checked on the tree Sätteri parses (src/markdown/tree.ts),
 * the same parser that renders the page, once per entry before any page renders.
 */
import type { Root } from 'mdast';
import { isSilent, outlineOf, parseBody, type BodyFormat, type MarkdownSyntaxError, type OutlineHeading } from '../markdown/tree.ts';

export type { OutlineHeading } from '../markdown/tree.ts';

/** The `##` sections of a fix body, in the only order they may appear. `Steps` is required. */
export const FIX_SECTIONS = ['Steps', 'Why this happens', 'Common mistakes', 'Prevention tips'] as const;
export type FixSection = (typeof FIX_SECTIONS)[number];

/** The `##` sections of a cause body, both required, in this order. */
export const CAUSE_SECTIONS = ['How to confirm', 'What to do'] as const;

/** The outline of a body, or the syntax problem that keeps it from having one. */
function read(body: string, format: BodyFormat): { tree: Root; heads: OutlineHeading[] } | { problem: string } {
  try {
    const tree = parseBody(body, format);
    return { tree, heads: outlineOf(tree) };
  } catch (error) {
    const e = error as MarkdownSyntaxError;
    return {
      problem: `${e.line ? `body line ${e.line}: ` : ''}the body does not parse as ${format === 'md' ? 'Markdown' : 'MDX'}: ${e.message}`,
    };
  }
}

/** The line of visible content before the first heading, or null. */
function leadingTextLine(tree: Root): number | null {
  for (const node of tree.children) {
    if (isSilent(node)) continue;
    return node.type === 'heading' ? null : (node.position?.start.line ?? 1);
  }
  return null;
}

/** The outline of a body's top level, as the page renders it. @example outline('## Steps\n### Check the key') // => [{depth:2,text:'Steps',line:1},{depth:3,text:'Check the key',line:2}] */
export function outline(body: string, format: BodyFormat = 'mdx'): OutlineHeading[] {
  const result = read(body, format);
  return 'heads' in result ? result.heads : [];
}

/**
 * Problems with a fix body: its `##` sections must come from {@link FIX_SECTIONS} in that order,
 * and the `###` headings under `## Steps` must be the frontmatter step titles, in order.
 */
export function checkFixBody(body: string, steps: readonly { title: string }[], format: BodyFormat = 'mdx'): string[] {
  const problems: string[] = [];
  const result = read(body, format);
  if ('problem' in result) return [result.problem];
  const { tree, heads } = result;
  const early = leadingTextLine(tree);
  if (early !== null) problems.push(`body line ${early}: text before the first section; start the body with "## Steps"`);
  let last = -1;
  let inSteps = false;
  const stepTitles: OutlineHeading[] = [];
  for (const h of heads) {
    if (h.depth === 1) problems.push(`body line ${h.line}: "# ${h.text}" — the page has its own h1; use ## sections`);
    if (h.depth === 2) {
      const at = FIX_SECTIONS.indexOf(h.text as FixSection);
      if (at === -1) {
        problems.push(`body line ${h.line}: unknown section "## ${h.text}"; allowed: ${FIX_SECTIONS.join(', ')}`);
      } else if (at <= last) {
        problems.push(`body line ${h.line}: section "## ${h.text}" is repeated or out of order; order: ${FIX_SECTIONS.join(', ')}`);
      } else {
        last = at;
      }
      inSteps = h.text === 'Steps';
    }
    if (h.depth === 3 && inSteps) stepTitles.push(h);
  }
  if (!heads.some((h) => h.depth === 2 && h.text === 'Steps')) problems.push('missing the "## Steps" section');
  const count = Math.max(stepTitles.length, steps.length);
  for (let i = 0; i < count; i++) {
    const inBody = stepTitles[i];
    const inData = steps[i];
    if (!inBody) problems.push(`step ${i + 1} "${inData!.title}" is in the frontmatter but has no "### ${inData!.title}" under ## Steps`);
    else if (!inData) problems.push(`body line ${inBody.line}: "### ${inBody.text}" under ## Steps is not listed in the frontmatter steps`);
    else if (inBody.text !== inData.title)
      problems.push(`body line ${inBody.line}: step ${i + 1} is "### ${inBody.text}" in the body but "${inData.title}" in the frontmatter`);
  }
  return problems;
}

/** Problems with a cause body: exactly the sections of {@link CAUSE_SECTIONS}, in order, each with text. */
export function checkCauseBody(body: string, format: BodyFormat = 'mdx'): string[] {
  const problems: string[] = [];
  const result = read(body, format);
  if ('problem' in result) return [result.problem];
  const sections = result.heads.filter((h) => h.depth <= 2);
  const names = sections.map((h) => h.text);
  if (names.join('\n') !== CAUSE_SECTIONS.join('\n')) {
    problems.push(
      `sections are [${names.join(', ') || 'none'}]; a cause needs exactly: ${CAUSE_SECTIONS.map((s) => `## ${s}`).join(', ')}`,
    );
  }
  const early = leadingTextLine(result.tree);
  if (early !== null) problems.push(`body line ${early}: text before "## ${CAUSE_SECTIONS[0]}"`);
  // A section has text when some visible node stands between its heading and the next section.
  const nodes = result.tree.children;
  sections.forEach((h) => {
    const at = nodes.findIndex((n) => n.type === 'heading' && n.position?.start.line === h.line);
    const rest = nodes.slice(at + 1);
    const next = rest.findIndex((n) => n.type === 'heading' && n.depth <= 2);
    if (!(next === -1 ? rest : rest.slice(0, next)).some((n) => !isSilent(n)))
      problems.push(`body line ${h.line}: section "## ${h.text}" is empty`);
  });
  return problems;
}

/** Problems with an FAQ answer body: it must have text and no `#`/`##` headings. */
export function checkFaqBody(body: string, format: BodyFormat = 'mdx'): string[] {
  const problems: string[] = [];
  if (!body.trim()) problems.push('the answer (the body) is empty');
  const result = read(body, format);
  if ('problem' in result) return [...problems, result.problem];
  for (const h of result.heads) {
    if (h.depth <= 2) problems.push(`body line ${h.line}: an answer may not contain "${'#'.repeat(h.depth)} ${h.text}"; use ### or lower`);
  }
  return problems;
}
