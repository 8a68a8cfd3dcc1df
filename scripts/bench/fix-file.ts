// What the benchmark reads from and changes in a fix file: the error paste a reader would type for it
// (from its first signature), and a copy with its title and quick answer edited (for the rebuild).
import { parse, parseDocument } from 'yaml';

const FRONTMATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)?(---(?:\r?\n|$))/;

function split(text: string, file: string): { open: string; yaml: string; close: string; body: string } {
  const m = FRONTMATTER.exec(text);
  if (!m) throw new Error(`${file}: no frontmatter`);
  return { open: m[1]!, yaml: m[2] ?? '', close: m[3]!, body: text.slice(m[0].length) };
}

/**
 * The JSON error body a reader would paste for this fix, from its first signature that has an error
 * type: `{"type":"error","error":{"type":"<type>","message":"<message>"}}`.
 */
export function pasteFor(text: string, file = 'fix'): string {
  const data = parse(split(text, file).yaml) as { signatures?: { message?: unknown; type?: unknown }[] } | null;
  const signature = data?.signatures?.find((s) => typeof s.type === 'string' && typeof s.message === 'string');
  if (!signature) throw new Error(`${file}: no signature with an error type`);
  return JSON.stringify({ type: 'error', error: { type: signature.type, message: signature.message } });
}

/** The fix with its title and quick answer changed (so its page and its social image change); the body is kept. */
export function editedFix(text: string, file = 'fix'): string {
  const { open, yaml, close, body } = split(text, file);
  const doc = parseDocument(yaml);
  const title = doc.get('title');
  const quickAnswer = doc.get('quickAnswer');
  if (typeof title !== 'string' || typeof quickAnswer !== 'string') throw new Error(`${file}: no title or quick answer to edit`);
  doc.set('title', `${title} (edited)`);
  doc.set('quickAnswer', `${quickAnswer} Edited for the rebuild benchmark.`);
  return `${open}${doc.toString({ lineWidth: 0 })}${close}${body}`;
}
