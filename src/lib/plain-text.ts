/**
 * Markdown (as written in our bodies) to plain text, for JSON-LD answers, HowTo step text and the
 * ticket text: code fences keep their content, links keep their text, markup disappears.
 * @example markdownToText('Run `npm ci` and see [the docs](https://x).') // => 'Run npm ci and see the docs.'
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^(`{3,}|~{3,})[^\n]*\n([\s\S]*?)^\1\s*$/gm, '$2')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '• ')
    .replace(/^\|.*\|\s*$/gm, (row) => row.replace(/^\||\|$/g, '').split('|').map((c) => c.trim()).filter((c) => !/^:?-+:?$/.test(c)).join(' — '))
    .replace(/^ — $/gm, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text under each `###` heading of a `## ` section, keyed by heading, in order. */
export function subsectionTexts(body: string, section: string): { heading: string; text: string }[] {
  const out: { heading: string; text: string }[] = [];
  let inSection = false;
  let current: { heading: string; lines: string[] } | undefined;
  let fence = false;
  const flush = () => {
    if (current) out.push({ heading: current.heading, text: current.lines.join('\n').trim() });
    current = undefined;
  };
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(`{3,}|~{3,})/.test(line)) fence = !fence;
    if (!fence && /^##\s/.test(line)) {
      flush();
      inSection = line.replace(/^##\s+/, '').trim() === section;
      continue;
    }
    if (!fence && inSection && /^###\s/.test(line)) {
      flush();
      current = { heading: line.replace(/^###\s+/, '').trim(), lines: [] };
      continue;
    }
    current?.lines.push(line);
  }
  flush();
  return out;
}
