/**
 * Repairs for text flattened from HTML: list items run together on one line, inline code that lost
 * the spaces around it (`thex-api-keyheader`), and shell commands written inline in a sentence.
 * The output is a small block model that the MDX writer renders safely.
 */

export type Inline = { kind: 'text'; text: string } | { kind: 'code'; text: string };
export type Block =
  { kind: 'paragraph'; content: Inline[] } | { kind: 'list'; items: Inline[][] } | { kind: 'code'; lang: string; text: string };

/** Common English words used to recognise where a word ends and glued code begins. */
const COMMON_WORDS = `a an the and or not no nor but if then than to of in on at by for from with without into onto
 via per as is are was were be been being do does did done use uses using used set sets setting send sends sending
 sent add adds adding put puts pass passes passing include includes including call calls calling run runs running
 check checks checking your you my our their its this that these those it his her each every any all some only also
 header headers key keys value values variable variables field fields parameter parameters flag flags option options
 file files command commands string strings token tokens request requests response responses instead correctly
 correct wrong missing same new old your own dedicated proper right exact exactly environment env secret secrets`
  .split(/\s+/)
  .filter(Boolean);

/** Lower-case words a document uses on their own, plus common English words. */
export function vocabulary(text: string): Set<string> {
  const words = new Set(COMMON_WORDS);
  for (const token of text.split(/\s+/)) {
    const word = token.replace(/^[("'“‘]+|[)"'”’.,;:!?]+$/g, '');
    if (/^[A-Za-z]{2,}$/.test(word)) words.add(word.toLowerCase());
  }
  return words;
}

const CODE_CHARS = /[-_.]/;
const isAlphaWord = (s: string) => /^[A-Za-z]+$/.test(s);

/**
 * Could be inline code that lost its spaces: identifier parts joined by at least two `-`, `_` or `.`
 * (so "Node.js" is not cut into "No" + "de.js", nor "well-known" into "we" + "ll-known"), or ending in
 * `...` (`sk-ant-...`), or a `Header-Name:`. Always ends in a letter, digit, `...` or `:`.
 */
function codeLike(core: string): boolean {
  const m = /^[A-Za-z0-9][A-Za-z0-9]*((?:[-_.][A-Za-z0-9]+)+)(-?\.\.\.)?$/.exec(core);
  if (m) return (m[1]!.match(/[-_.]/g) ?? []).length >= 2 || m[2] !== undefined;
  return /^[A-Z][A-Za-z-]*:$/.test(core);
}

interface Split {
  before: string;
  code: string;
  after: string;
}

/**
 * Split a glued token like `thex-api-keyheader` into word + code + word, using the document's
 * vocabulary and the code tokens already found in it.
 */
export function splitGlued(token: string, vocab: Set<string>, known: Set<string>): Split | undefined {
  if (vocab.has(token.toLowerCase())) return undefined;
  // A code token already known from this document, with plain words glued on either side.
  for (const code of [...known].sort((a, b) => b.length - a.length)) {
    const at = token.indexOf(code);
    if (at === -1) continue;
    const before = token.slice(0, at);
    const after = token.slice(at + code.length);
    const word = (w: string) => w === '' || (isAlphaWord(w) && w.length >= 2);
    if ((before || after) && word(before) && word(after)) {
      return { before, code, after };
    }
  }
  let best: Split | undefined;
  for (let i = 0; i < token.length; i++) {
    const before = token.slice(0, i);
    if (before && !(isAlphaWord(before) && before.length >= 2 && vocab.has(before.toLowerCase()))) continue;
    for (let j = token.length; j > i; j--) {
      const after = token.slice(j);
      if (after && !(/^[a-z]{2,}$/.test(after) && vocab.has(after))) continue;
      if (!before && !after) continue;
      const code = token.slice(i, j);
      if (!codeLike(code) || vocab.has(code.toLowerCase())) continue;
      // A word glued to a Header: must switch case at the seam (notAuthorization:), not split a word (No|te:).
      if (code.endsWith(':') && !(before && /[a-z]$/.test(before) && /^[A-Z]/.test(code))) continue;
      if (!best || before.length + after.length > best.before.length + best.after.length) best = { before, code, after };
    }
  }
  return best;
}

/**
 * Code tokens a document shows with spaces intact (`-H "x-api-key: …"`), to find them again where
 * they are glued to words. Tokens found glued once are added as the repair goes.
 */
export function knownCodeTokens(text: string): Set<string> {
  const known = new Set<string>();
  for (const m of text.matchAll(/-H\s+["']([A-Za-z][\w-]*):/g)) known.add(m[1]!);
  return known;
}

/**
 * Turn a flattened sentence into text and code runs, repairing glued inline code. A code span that
 * ends in a header name (`Authorization:`) stays open for its value (`Bearer`, `sk-ant-...`).
 * @example repairInline('requires thex-api-keyheader', vocab, known) // => text 'requires the ', code 'x-api-key', text ' header'
 */
export function repairInline(text: string, vocab: Set<string>, known: Set<string>): Inline[] {
  const out: Inline[] = [];
  const pushText = (t: string) => {
    if (!t) return;
    const last = out[out.length - 1];
    if (last?.kind === 'text') last.text += t;
    else out.push({ kind: 'text', text: t });
  };
  let open: { kind: 'code'; text: string } | undefined;
  let pendingSpace = '';
  for (const part of text.split(/(\s+)/)) {
    if (part === '') continue;
    if (/^\s+$/.test(part)) {
      if (open) pendingSpace = part;
      else pushText(part);
      continue;
    }
    const [, token = '', trail = ''] = /^(.*?)([.,;!?)]*)$/.exec(part)!;
    if (open) {
      const glued = splitGlued(token, vocab, known);
      if (open.text.endsWith(':') && /^[A-Z][a-z]+$/.test(token)) {
        open.text += ` ${token}`;
      } else if (!open.text.endsWith(':') && glued && glued.before === '') {
        open.text += ` ${glued.code}`;
        open = undefined;
        pushText(`${glued.after ? ` ${glued.after}` : ''}${trail}`);
        continue;
      } else if (!open.text.endsWith(':') && !glued && codeLike(token)) {
        open.text += ` ${token}`;
      } else {
        open = undefined;
        pushText(pendingSpace);
        pendingSpace = '';
        pushToken(token, trail);
        continue;
      }
      pendingSpace = '';
      if (trail) {
        open = undefined;
        pushText(trail);
      }
      continue;
    }
    pushToken(token, trail);
  }
  if (pendingSpace) pushText(pendingSpace);
  return out;

  function pushToken(token: string, trail: string): void {
    const split = splitGlued(token, vocab, known);
    if (!split) {
      pushText(token + trail);
      return;
    }
    if (CODE_CHARS.test(split.code)) known.add(split.code);
    if (split.before) pushText(`${split.before} `);
    const code = { kind: 'code' as const, text: split.code };
    out.push(code);
    if (split.after) pushText(` ${split.after}`);
    if (!split.after && !trail && split.code.endsWith(':')) open = code;
    else pushText(trail);
  }
}

// curl/wget followed by an option or a URL; other commands only right after a colon ("run: npm i x").
const COMMAND = /(^|[:\s])((?:curl|wget)\s+(?:-{1,2}[A-Za-z]|https?:\/\/)|(?:npx|npm|pip|pip3|python|python3|node|export)\s+\S)/;

/**
 * Find a shell command written inline in a sentence ("…using curl: curl https://… -d '{…}'. A 200…").
 * Returns the text before, the command, and the text after; quoted parts never end the command.
 */
export function extractCommand(text: string): { before: string; command: string; after: string } | undefined {
  const m = COMMAND.exec(text);
  if (!m) return undefined;
  const start = m.index + m[1]!.length;
  if (!/curl|wget/.test(m[2]!) && !/:\s*$/.test(text.slice(0, start))) return undefined;
  let quote: string | null = null;
  let end = text.length;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '.' && (i + 1 === text.length || (/\s/.test(text[i + 1]!) && /[A-Z]/.test(text[i + 2] ?? '')))) {
      end = i;
      break;
    }
  }
  const command = text.slice(start, end).trim();
  return { before: text.slice(0, start).trim(), command, after: text.slice(end + 1).trim() };
}

/** Break a long one-line command at its options, the way people write it in docs. */
export function formatCommand(command: string): string {
  const parts: string[] = [];
  let quote: string | null = null;
  let current = '';
  for (let i = 0; i < command.length; i++) {
    const c = command[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === ' ' && /^-{1,2}[A-Za-z]/.test(command.slice(i + 1)) && current.trim()) {
      parts.push(current.trim());
      current = '';
      continue;
    }
    current += c;
  }
  if (current.trim()) parts.push(current.trim());
  return parts.length > 1 ? parts.map((p, i) => (i === 0 ? p : `  ${p}`)).join(' \\\n') : command;
}

/** Split a list item that swallowed the next ones ("…a 401 error. - Rotating a key…"). */
export function splitRunTogether(item: string): string[] {
  return item
    .split(/(?<=[.!?)])\s+-\s+(?=[A-Z])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Lines of a section to blocks: `- ` lines become list items (continuation lines join the item),
 * other lines paragraphs; inline commands become code blocks; glued code is repaired.
 */
export function toBlocks(lines: readonly string[], vocab: Set<string>, known: Set<string>): Block[] {
  const blocks: Block[] = [];
  let list: string[] | undefined;
  const endList = () => {
    if (list) blocks.push({ kind: 'list', items: list.flatMap(splitRunTogether).map((t) => repairInline(t, vocab, known)) });
    list = undefined;
  };
  const paragraph = (text: string) => {
    const cmd = extractCommand(text);
    if (!cmd) {
      blocks.push({ kind: 'paragraph', content: repairInline(text, vocab, known) });
      return;
    }
    if (cmd.before) blocks.push({ kind: 'paragraph', content: repairInline(cmd.before, vocab, known) });
    blocks.push({ kind: 'code', lang: 'sh', text: formatCommand(cmd.command) });
    if (cmd.after) paragraph(cmd.after);
  };
  for (const raw of lines) {
    const text = raw.trim();
    if (!text) continue;
    const item = /^[-*•]\s+(.*)$/.exec(text);
    if (item) {
      list ??= [];
      list.push(item[1]!);
    } else if (list && list.length && !/[.!?:]$/.test(list[list.length - 1]!)) {
      list[list.length - 1] += ` ${text}`;
    } else {
      endList();
      paragraph(text);
    }
  }
  endList();
  return blocks;
}
