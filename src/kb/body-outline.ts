/**
 * The section outline of a Markdown/MDX body, and the rules each collection's body follows.
 * Works on the raw source so the checks run once per entry, before any page renders.
 */

export interface OutlineHeading {
  depth: number;
  text: string;
  /** 1-based line in the body. */
  line: number;
}

/** The `##` sections of a fix body, in the only order they may appear. `Steps` is required. */
export const FIX_SECTIONS = ['Steps', 'Why this happens', 'Common mistakes', 'Prevention tips'] as const;
export type FixSection = (typeof FIX_SECTIONS)[number];

/** The `##` sections of a cause body, both required, in this order. */
export const CAUSE_SECTIONS = ['How to confirm', 'What to do'] as const;

/**
 * ATX headings of a Markdown body, skipping fenced code blocks.
 * @example outline('## Steps\n### Check the key') // => [{depth:2,text:'Steps',line:1},{depth:3,text:'Check the key',line:2}]
 */
export function outline(body: string): OutlineHeading[] {
  const headings: OutlineHeading[] = [];
  let fence: string | null = null;
  body.split(/\r?\n/).forEach((raw, index) => {
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(raw);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length && raw.trim() === marker) fence = null;
      return;
    }
    if (fence !== null) return;
    const match = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(raw);
    if (match) headings.push({ depth: match[1]!.length, text: unescapeMarkdown(match[2]!.trim()), line: index + 1 });
  });
  return headings;
}

/**
 * Heading text as rendered: backslash escapes and numeric character references resolved.
 * @example unescapeMarkdown('Use \\{x\\} &#105;mport \\&#60;') // => 'Use {x} import &#60;'
 */
export function unescapeMarkdown(text: string): string {
  // One pass, as Markdown reads it: an escaped "\&#60;" is the text "&#60;", not "<".
  return text.replace(/\\([!-/:-@[-`{-~])|&#(\d+);|&#x([0-9a-f]+);/gi, (_m, escaped?: string, decimal?: string, hex?: string) =>
    escaped ?? String.fromCodePoint(decimal ? Number(decimal) : parseInt(hex!, 16)),
  );
}

/** Text (not blank, not a comment) before the first heading, with its line. */
function leadingTextLine(body: string): number | null {
  const lines = body.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || /^\{\s*\/\*.*\*\/\s*\}$/.test(line)) continue;
    return /^#{1,6}\s/.test(line) ? null : i + 1;
  }
  return null;
}

/**
 * Problems with a fix body: its `##` sections must come from {@link FIX_SECTIONS} in that order,
 * and the `###` headings under `## Steps` must be the frontmatter step titles, in order.
 */
export function checkFixBody(body: string, steps: readonly { title: string }[]): string[] {
  const problems: string[] = [];
  const heads = outline(body);
  const early = leadingTextLine(body);
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
export function checkCauseBody(body: string): string[] {
  const problems: string[] = [];
  const sections = outline(body).filter((h) => h.depth <= 2);
  const names = sections.map((h) => h.text);
  if (names.join('\n') !== CAUSE_SECTIONS.join('\n')) {
    problems.push(`sections are [${names.join(', ') || 'none'}]; a cause needs exactly: ${CAUSE_SECTIONS.map((s) => `## ${s}`).join(', ')}`);
  }
  const early = leadingTextLine(body);
  if (early !== null) problems.push(`body line ${early}: text before "## ${CAUSE_SECTIONS[0]}"`);
  const lines = body.split(/\r?\n/);
  sections.forEach((h, i) => {
    const end = sections[i + 1]?.line ?? lines.length + 1;
    const text = lines.slice(h.line, end - 1).join('\n').trim();
    if (!text) problems.push(`body line ${h.line}: section "## ${h.text}" is empty`);
  });
  return problems;
}

/** Problems with an FAQ answer body: it must have text and no `#`/`##` headings. */
export function checkFaqBody(body: string): string[] {
  const problems: string[] = [];
  if (!body.trim()) problems.push('the answer (the body) is empty');
  for (const h of outline(body)) {
    if (h.depth <= 2) problems.push(`body line ${h.line}: an answer may not contain "${'#'.repeat(h.depth)} ${h.text}"; use ### or lower`);
  }
  return problems;
}
