/**
 * Parse a raw troubleshooting article (plain text flattened from HTML, like
 * tests/fixtures/source/claude-api-key-not-working.txt) into its sections. Repeated blocks are merged
 * here and counted; nothing is dropped without being reported.
 */
import { normalizeKey } from '../text/keys.ts';

/** A source file the importer cannot make sense of: names the file, the line and the reason. */
export class ImportParseError extends Error {
  readonly file: string;
  readonly line: number;
  readonly reason: string;
  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.file = file;
    this.line = line;
    this.reason = reason;
    this.name = 'ImportParseError';
  }
}

export type SectionKind = 'steps' | 'causes' | 'prevention' | 'why' | 'mistakes' | 'faq' | 'related-issues' | 'related-articles';

/** Section headings as they appear in source articles (compared after normalising case and punctuation). */
const HEADINGS: Record<string, SectionKind> = {
  'step by step fix': 'steps',
  'step by step': 'steps',
  steps: 'steps',
  'common root causes': 'causes',
  'root causes': 'causes',
  'common causes': 'causes',
  'prevention tips': 'prevention',
  prevention: 'prevention',
  'why this happens': 'why',
  'common mistakes to avoid': 'mistakes',
  'common mistakes': 'mistakes',
  faq: 'faq',
  faqs: 'faq',
  'frequently asked questions': 'faq',
  'additional faq': 'faq',
  'related issues': 'related-issues',
  'related articles': 'related-articles',
};

export function headingKind(line: string): SectionKind | undefined {
  return HEADINGS[normalizeKey(line)];
}

export interface SourceLine {
  text: string;
  line: number;
}
export interface ParsedStep {
  title: string;
  line: number;
  body: SourceLine[];
}
export interface ParsedFaq {
  question: string;
  answer: string;
  line: number;
}
export interface ParsedRelated {
  title: string;
  line: number;
  section: 'related-issues' | 'related-articles';
}
export interface ParsedArticle {
  file: string;
  title: string | undefined;
  steps: ParsedStep[];
  causes: SourceLine[];
  prevention: SourceLine[];
  why: SourceLine[];
  mistakes: SourceLine[];
  faqs: ParsedFaq[];
  related: ParsedRelated[];
  /** Blocks that appeared more than once in the source and were kept once. */
  merged: { what: string; line: number }[];
}

const STEP = /^(\d{1,2})[).]\s+(.+)$/;
const QUESTION = /^Q:\s*(.*)$/;

/** Split "Q: question? answer" into its parts; the question ends at the first "? ". */
function splitQuestion(rest: string): { question: string; answer: string } {
  const end = rest.search(/\?(\s|$)/);
  if (end === -1) return { question: rest.trim(), answer: '' };
  return { question: rest.slice(0, end + 1).trim(), answer: rest.slice(end + 1).trim() };
}

/** Keep the first of items whose text is the same after normalising; report each repeat. */
function keepFirst<T>(items: T[], text: (item: T) => string, onRepeat: (item: T, first: T) => void): T[] {
  const seen = new Map<string, T>();
  return items.filter((item) => {
    const key = normalizeKey(text(item));
    const first = seen.get(key);
    if (first === undefined) seen.set(key, item);
    else onRepeat(item, first);
    return first === undefined;
  });
}

/**
 * Parse one source article. Throws {@link ImportParseError} for text outside any section, a section
 * with nothing the importer can read, or a question with no answer.
 */
export function parseSource(input: string, file: string): ParsedArticle {
  if (input.includes('\u0000')) throw new ImportParseError(file, 1, 'the file contains NUL bytes; is it a text file?');
  const lines = input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const article: ParsedArticle = {
    file,
    title: undefined,
    steps: [],
    causes: [],
    prevention: [],
    why: [],
    mistakes: [],
    faqs: [],
    related: [],
    merged: [],
  };
  const seenSections = new Map<string, number>();
  // Each block is collected, then kept or merged when the next heading starts.
  let block: { kind: SectionKind; line: number; lines: SourceLine[] } | undefined;
  const blocks: { kind: SectionKind; line: number; lines: SourceLine[] }[] = [];

  const flush = () => {
    if (block) blocks.push(block);
    block = undefined;
  };

  lines.forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (!text) return;
    const kind = headingKind(text);
    if (kind) {
      flush();
      block = { kind, line, lines: [] };
      return;
    }
    if (QUESTION.test(text) && block?.kind !== 'faq') {
      // Q: blocks may follow any section without a heading of their own.
      flush();
      block = { kind: 'faq', line, lines: [] };
    }
    if (!block) {
      if (article.title === undefined && blocks.length === 0) {
        article.title = text.replace(/^#+\s*/, '').replace(/^title:\s*/i, '');
        return;
      }
      throw new ImportParseError(file, line, `text outside any section: "${text.slice(0, 60)}"`);
    }
    block.lines.push({ text: raw.replace(/\s+$/, ''), line });
  });
  flush();

  for (const b of blocks) {
    const key = `${b.kind}\n${b.lines.map((l) => l.text.trim()).join('\n')}`;
    const first = seenSections.get(key);
    if (first !== undefined) {
      article.merged.push({ what: `repeated ${b.kind} block (same as line ${first})`, line: b.line });
      continue;
    }
    seenSections.set(key, b.line);
    if (b.lines.length === 0) throw new ImportParseError(file, b.line, `section "${lines[b.line - 1]!.trim()}" is empty`);
    switch (b.kind) {
      case 'steps': {
        let current: ParsedStep | undefined;
        for (const l of b.lines) {
          const m = STEP.exec(l.text.trim());
          if (m) {
            current = { title: m[2]!.trim(), line: l.line, body: [] };
            article.steps.push(current);
          } else if (!current) {
            throw new ImportParseError(file, l.line, 'text before the first numbered step ("1) …")');
          } else {
            current.body.push(l);
          }
        }
        break;
      }
      case 'faq': {
        let faq: ParsedFaq | undefined;
        for (const l of b.lines) {
          const m = QUESTION.exec(l.text.trim());
          if (m) {
            const { question, answer } = splitQuestion(m[1]!);
            if (!question) throw new ImportParseError(file, l.line, 'a "Q:" line with no question');
            faq = { question, answer, line: l.line };
            article.faqs.push(faq);
          } else if (!faq) {
            throw new ImportParseError(file, l.line, 'text in a FAQ block before the first "Q:"');
          } else {
            faq.answer = faq.answer ? `${faq.answer}\n${l.text.trim()}` : l.text.trim();
          }
        }
        break;
      }
      case 'related-issues':
      case 'related-articles':
        for (const l of b.lines) {
          const title = l.text
            .trim()
            .replace(/^[-*•]\s*/, '')
            .trim();
          if (title) article.related.push({ title, line: l.line, section: b.kind });
        }
        break;
      default:
        article[b.kind].push(...b.lines);
    }
  }

  for (const f of article.faqs) {
    if (!f.answer.trim()) throw new ImportParseError(file, f.line, `the question "${f.question}" has no answer`);
  }
  // The same question or related title can repeat across different blocks (a block copied with changes).
  article.faqs = keepFirst(
    article.faqs,
    (f) => f.question,
    (f, first) => {
      if (normalizeKey(first.answer) !== normalizeKey(f.answer)) {
        throw new ImportParseError(file, f.line, `the question "${f.question}" appears again (line ${first.line}) with a different answer`);
      }
      article.merged.push({ what: `repeated question "${f.question}" (same as line ${first.line})`, line: f.line });
    },
  );
  article.related = keepFirst(
    article.related,
    (r) => r.title,
    (r, first) => {
      article.merged.push({ what: `repeated related title "${r.title}" (same as line ${first.line})`, line: r.line });
    },
  );
  if (!blocks.length) throw new ImportParseError(file, 1, 'no recognised section heading (e.g. "Step-by-Step Fix", "Why This Happens")');
  if (!article.steps.length)
    throw new ImportParseError(file, 1, 'no numbered steps found: a fix needs a "Step-by-Step Fix" section with "1) …" steps');
  return article;
}
