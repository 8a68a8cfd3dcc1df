/**
 * Query understanding for pasted errors. People paste what their tool printed: a Claude Code line
 * (`API Error (…) · Retrying in 4 seconds… (attempt 4/10)`, `⎿` continuations, `· Please run /login`),
 * an SDK exception or a whole traceback, a JSON body (raw, escaped, inside a Python `b'…'` or a
 * Google Cloud list), an AWS wrapper (`An error occurred (ThrottlingException) when calling the
 * InvokeModel operation …`), a shell line (`zsh: command not found: claude`) or an app banner with its
 * surrounding text. This module peels those wrappers off, names the surface it recognised, pulls out
 * the HTTP status, the error type, a cloud platform's error code and the message, drops the parts that
 * change between occurrences (request ids, token counts, timestamps, paths, stack frames), and turns
 * punctuation into spaces so Pagefind sees words.
 *
 * Every step is bounded by the size of the (capped) input, never by its shape: pastes are cut to
 * {@link MAX_ANALYSED} characters, lines to {@link MAX_LINE}, and each regular expression is linear.
 */

/** Where the paste comes from, as far as its wrapper tells. */
export type PasteSurface = 'claude-code' | 'sdk' | 'bedrock' | 'vertex' | 'app' | 'shell';

export interface QueryAnalysis {
  /** The paste as given. */
  raw: string;
  /** HTTP status, when the paste names one. */
  status?: number;
  /** API error type (`rate_limit_error`), from the body, an SDK class or the status. */
  type?: string;
  /**
   * Where the type came from: named in the text, implied by an SDK exception class, by the shape of
   * an API validation message (`messages: …`), or only by the status.
   */
  typeSource?: 'text' | 'sdk' | 'shape' | 'status';
  /** SDK exception class (`RateLimitError`), when present. */
  sdkClass?: string;
  /** A cloud platform's own error name: AWS `ThrottlingException`, Google `RESOURCE_EXHAUSTED`. */
  code?: string;
  /** The surface the paste shows (Claude Code, an SDK, Bedrock, Vertex AI, an app, a shell): the most specific of {@link surfaces}. */
  surface?: PasteSurface;
  /** Every surface the wrappers and telling words show. */
  surfaces: PasteSurface[];
  /** The error message, when the paste has a recognisable one (the best of {@link messages}). */
  message?: string;
  /** Every message the wrappers yielded, most specific first (a JSON body's, then a wrapper's). */
  messages: string[];
  /**
   * True when the query is a pasted error rather than a question in words: it has a message (from a
   * body or a wrapper), an exception class, a platform code or several lines.
   */
  looksLikeError: boolean;
  /** The paste with wrappers, frames and volatile parts dropped and punctuation turned into spaces. */
  text: string;
  /** Distinctive words of the text: lower case, no stop words, no duplicates, in order. */
  words: string[];
}

/** Characters of a paste that are analysed: the start and the end of a longer one (a traceback's message is last). */
export const MAX_ANALYSED = 20_000;
const HEAD = 6_000;
/** Characters of one line that are analysed. */
const MAX_LINE = 2_000;
/** JSON objects looked at per paste. */
const MAX_OBJECTS = 6;

/** Official status → error type table of the Claude API (docs: API errors). */
const STATUS_TYPES: Readonly<Record<number, string>> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  402: 'billing_error',
  403: 'permission_error',
  404: 'not_found_error',
  409: 'conflict_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  500: 'api_error',
  504: 'timeout_error',
  529: 'overloaded_error',
};
const KNOWN_TYPES = new Set([...Object.values(STATUS_TYPES), 'forbidden']);

/** SDK exception classes (Python and TypeScript SDKs) → the status they stand for. */
const SDK_CLASSES: Readonly<Record<string, number | undefined>> = {
  BadRequestError: 400,
  AuthenticationError: 401,
  PermissionDeniedError: 403,
  NotFoundError: 404,
  ConflictError: 409,
  RequestTooLargeError: 413,
  UnprocessableEntityError: 422,
  RateLimitError: 429,
  InternalServerError: 500,
  ServiceUnavailableError: 503,
  DeadlineExceededError: 504,
  OverloadedError: 529,
  APIConnectionError: undefined,
  APIConnectionTimeoutError: undefined,
  APITimeoutError: undefined,
  APIUserAbortError: undefined,
};

/**
 * Cloud platforms' own error names → the HTTP status they come with (AWS Bedrock runtime exceptions,
 * Google Cloud canonical status codes).
 */
const PLATFORM_CODES: Readonly<Record<string, { status: number; surface: PasteSurface }>> = {
  AccessDeniedException: { status: 403, surface: 'bedrock' },
  ThrottlingException: { status: 429, surface: 'bedrock' },
  ValidationException: { status: 400, surface: 'bedrock' },
  ResourceNotFoundException: { status: 404, surface: 'bedrock' },
  ServiceQuotaExceededException: { status: 400, surface: 'bedrock' },
  ServiceUnavailableException: { status: 503, surface: 'bedrock' },
  ModelTimeoutException: { status: 408, surface: 'bedrock' },
  ModelErrorException: { status: 424, surface: 'bedrock' },
  ModelNotReadyException: { status: 429, surface: 'bedrock' },
  ModelStreamErrorException: { status: 424, surface: 'bedrock' },
  InternalServerException: { status: 500, surface: 'bedrock' },
  UnrecognizedClientException: { status: 403, surface: 'bedrock' },
  ExpiredTokenException: { status: 403, surface: 'bedrock' },
  RESOURCE_EXHAUSTED: { status: 429, surface: 'vertex' },
  PERMISSION_DENIED: { status: 403, surface: 'vertex' },
  NOT_FOUND: { status: 404, surface: 'vertex' },
  INVALID_ARGUMENT: { status: 400, surface: 'vertex' },
  UNAUTHENTICATED: { status: 401, surface: 'vertex' },
  FAILED_PRECONDITION: { status: 400, surface: 'vertex' },
  UNAVAILABLE: { status: 503, surface: 'vertex' },
  DEADLINE_EXCEEDED: { status: 504, surface: 'vertex' },
};

/** Words that say nothing about which error it is. */
const STOP_WORDS = new Set(
  `a an the and or but if of to in on at by for from with without into onto over under about as is are was were be been
   being am do does did doing have has had having i me my we our you your it its this that these those there here what
   which who whom when where why how can could should would will shall may might must not no so than then too very just
   get gets got getting keep keeps still again also even only all any some each every one please help fix fixed fixing
   issue issues problem problems error errors say says said show shows showing shown see seeing happen happens happened
   happening occur occurs trying try tried when whenever while after before since now right today yesterday`
    .split(/\s+/)
    .filter(Boolean),
);

/** Parts that differ between two occurrences of the same error. */
const VOLATILE: RegExp[] = [
  /\breq_[A-Za-z0-9]{6,}\b/g, // request ids
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, // UUIDs (organization ids)
  /\b(?:org|user|msg|toolu|msgbatch|file|srvtoolu|ofid)_[A-Za-z0-9]{6,}\b/g, // other ids
  /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\b/g, // timestamps
  /\b\d{4}-\d{2}-\d{2}\b/g, // dates
  /\b\d{1,2}(?::\d{2}){1,2}(?:\s?[AaPp][Mm])?\b/g, // times of day
  /\b\d{1,2}\s?[AaPp][Mm]\b/g, // 12pm, 11 am
  /\b\d+(?:\.\d+)?\s?ms\b/gi, // durations: 100000ms
  /\((?:UTC|GMT|[A-Z][A-Za-z_]+\/[A-Za-z_]+(?:\/[A-Za-z_]+)?)\)/g, // time zones: (UTC), (Europe/Madrid)
  /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\b/g, // weekdays of a reset time
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?\b/g, // Feb 7, Sep 15th
  /[$€£]\s?\d[\d,]*(?:\.\d+)?/g, // amounts
  /\b\d{1,3}(?:,\d{3})+\b/g, // 1,000,000
  /\b\d{4,}\b/g, // token counts and other long numbers
  /\b[0-9a-f]{16,}\b/gi, // hashes, trace ids
];

function dropVolatile(text: string): string {
  // A key pasted by mistake: keep only its kind (sk-ant-api03, sk-ant-oat01), never the secret.
  let out = text.replace(/\bsk-ant-(api\d+|oat\d+|admin\d+)?[A-Za-z0-9_-]*/g, (_m, kind?: string) => (kind ? `sk-ant-${kind}` : 'sk-ant'));
  for (const pattern of VOLATILE) out = out.replace(pattern, ' ');
  return out;
}

/**
 * Punctuation to spaces, keeping the characters that join code tokens (`x-api-key`, `rate_limit_error`,
 * `api.anthropic.com`) when they stand between word characters.
 * @example toWords('{"type":"error"}') // => 'type error'
 */
export function toWords(text: string): string {
  return text
    .replace(/[^\p{L}\p{N}_\-.]+/gu, ' ')
    .replace(/(?<![\p{L}\p{N}])[-_.]+|[-_.]+(?![\p{L}\p{N}])/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The part of a paste that is analysed: all of it up to {@link MAX_ANALYSED} characters, else its
 * start and its end (where a traceback puts the exception).
 */
export function boundedPaste(raw: string): string {
  if (raw.length <= MAX_ANALYSED) return raw;
  return `${raw.slice(0, HEAD)}\n${raw.slice(raw.length - (MAX_ANALYSED - HEAD))}`;
}

/**
 * Terminal and typographic decoration to plain text: ANSI colour codes, zero-width characters, the
 * box-drawing and status glyphs of terminal UIs (`⎿`, `│`, `●`, `✗`, `⚠`), curly quotes, ellipses.
 */
export function plainPaste(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- ANSI escape sequences start with ESC
      .replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '') // ANSI escape sequences
      .replace(/[\u200b-\u200f\u2060\ufeff]/g, '') // zero-width characters
      .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ') // unusual spaces
      .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
      .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
      .replace(/\u2026/g, '...')
      .replace(
        /[\u2500-\u257f\u2580-\u259f\u23bf\u23fa\u25cf\u25cb\u25e6\u2022\u2219\u00b7\u2717\u2718\u2713\u2714\u26a0\u276f\u25b8\u25ba\u23af]/g,
        ' ',
      )
      .replace(/\ufe0f/g, '')
  ); // the emoji variation selector after ⚠
}

/** Parse a JSON value, a Python dict rendering (`{'type': 'error', …, None}`) or escaped JSON (`{\"type\": …}`). */
function parseObject(text: string): Record<string, unknown> | undefined {
  const attempts = [
    text,
    // Python repr: single-quoted strings, None/True/False.
    text
      .replace(/\bNone\b/g, 'null')
      .replace(/\bTrue\b/g, 'true')
      .replace(/\bFalse\b/g, 'false')
      .replace(/'((?:[^'\\]|\\.)*)'/g, (_m, inner: string) => JSON.stringify(inner.replace(/\\'/g, "'"))),
    // JSON that was itself inside a string: {\"type\":\"error\"}.
    text.replace(/\\\\/g, '\\').replace(/\\"/g, '"'),
  ];
  for (const attempt of attempts) {
    try {
      const value: unknown = JSON.parse(attempt);
      if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // try the next reading
    }
  }
  return undefined;
}

/**
 * The `{…}` blocks of the text with balanced braces (quotes respected), outermost first, at most
 * {@link MAX_OBJECTS}. A block cut off by the end of the paste runs to the end.
 */
function objects(text: string): string[] {
  const found: string[] = [];
  let from = 0;
  while (found.length < MAX_OBJECTS) {
    const start = text.indexOf('{', from);
    if (start === -1) break;
    let depth = 0;
    let quote: string | null = null;
    let end = text.length;
    for (let i = start; i < text.length; i++) {
      const c = text[i]!;
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = null;
      } else if (c === '"' || (c === "'" && !/\w/.test(text[i - 1] ?? ''))) quote = c;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        end = i + 1;
        break;
      }
    }
    found.push(text.slice(start, end));
    from = end;
  }
  return found;
}

interface BodyFields {
  type?: string;
  message?: string;
  status?: number;
  code?: string;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

/** The error fields of one parsed body: Anthropic's `{error: {type, message}}`, Google's `{error: {code, message, status}}`, a bare `{message}`. */
function bodyFields(object: Record<string, unknown>, depth: number): BodyFields {
  const error = object.error;
  if (error && typeof error === 'object' && !Array.isArray(error)) {
    const e = error as Record<string, unknown>;
    const fields: BodyFields = {};
    const type = str(e.type);
    if (type) fields.type = type;
    const message = str(e.message);
    if (message) fields.message = message;
    if (typeof e.code === 'number' && e.code >= 100 && e.code <= 599) fields.status = e.code;
    const status = str(e.status);
    if (status && /^[A-Z]+(?:_[A-Z]+)*$/.test(status)) fields.code = status;
    // Google-style statuses can come as the error's type (proxies): RESOURCE_EXHAUSTED.
    if (fields.type && fields.type in PLATFORM_CODES) {
      fields.code = fields.type;
      delete fields.type;
    }
    return withInnerBody(fields, depth);
  }
  const message = str(object.message) ?? str(object.Message) ?? (typeof error === 'string' ? error : undefined);
  const type = str(object.type);
  const name = str(object.name) ?? str(object.__type);
  return withInnerBody(
    {
      ...(message ? { message } : {}),
      ...(type && type !== 'error' ? { type } : {}),
      ...(name && normalCode(name.replace(/^.*#/, '')) ? { code: normalCode(name.replace(/^.*#/, ''))! } : {}),
      ...(typeof object.status === 'number' && object.status >= 100 && object.status <= 599 ? { status: object.status } : {}),
    },
    depth,
  );
}

/** A body whose message is itself a body as a string (litellm, gateways, Claude Code's error logs): the inner one's fields win. */
function withInnerBody(fields: BodyFields, depth: number): BodyFields {
  if (!fields.message || !fields.message.includes('{') || depth >= 2) return fields;
  const inner = readBodies(fields.message, depth + 1);
  return inner.message ? { ...fields, ...inner } : fields;
}

/** A platform code as the tables spell it (`throttlingException` → `ThrottlingException`), or undefined when it is none. */
function normalCode(name: string): string | undefined {
  if (name in PLATFORM_CODES) return name;
  const capital = name.charAt(0).toUpperCase() + name.slice(1);
  return capital in PLATFORM_CODES ? capital : undefined;
}

/** The error fields of the first JSON (or Python, or escaped) body in the text that has any. */
function readBodies(text: string, depth = 0): BodyFields {
  for (const block of objects(text)) {
    const object = parseObject(block);
    if (object) {
      const fields = bodyFields(object, depth);
      if (fields.message || fields.type) return fields;
      continue;
    }
    // Broken or cut-off JSON: read the fields directly.
    const type = /["']type["']\s*:\s*["']([a-z_]+)["']/.exec(block.replace(/["']type["']\s*:\s*["']error["']\s*,?/, ''))?.[1];
    const message = /["']message["']\s*:\s*"((?:[^"\\]|\\.)*)"|["']message["']\s*:\s*'((?:[^'\\]|\\.)*)'/.exec(block);
    if (type || message) {
      return {
        ...(type ? { type } : {}),
        ...(message ? { message: (message[1] ?? message[2] ?? '').replace(/\\(.)/g, '$1') } : {}),
      };
    }
  }
  return {};
}

/** Lines that are never part of a message: stack frames, traceback headers, caret lines. */
const FRAMES: RegExp[] = [
  /^\s*at (?:async )?(?:new )?\S+(?: \[as \S+\])? \(.*\)\s*$/, // JS: at fn (file:1:2)
  /^\s*at (?:async )?\S+:\d+(?::\d+)?\)?\s*$/, // JS: at file:1:2
  /^\s*at (?:<anonymous>|process\.processTicksAndRejections.*)$/,
  /^\s*File ".*", line \d+/, // Python
  /^\s*Traceback \(most recent call last\)/,
  /^\s*(?:During handling of the above exception|The above exception was the direct cause)/,
  /^\s*[\^~]+\s*$/,
  /^\s*\.\.\. \d+ more\s*$/,
];
const isFrame = (line: string) => FRAMES.some((f) => f.test(line));

/** Claude Code's retry notice and attempt counter (anchored on their words, so linear). */
const RETRY = /Retrying in \d+(?:\.\d+)?\s?(?:seconds?|s|ms)?(?:\.{3})?\s*(?:\(attempt \d+\s*\/\s*\d+\))?|\(attempt \d+\s*\/\s*\d+\)/gi;

interface Wrapped {
  message: string;
  surface?: PasteSurface;
  code?: string;
  sdkClass?: string;
}

/** Messages the known wrappers hold, in the order they appear in the paste. Each regex is linear. */
function unwrap(lines: string[]): Wrapped[] {
  const out: Wrapped[] = [];
  const python = lines.some((l) => /^\s*Traceback \(most recent call last\)/.test(l) || /^\s*File ".*", line \d+/.test(l));
  const exceptions: Wrapped[] = [];
  for (const line of lines) {
    let m: RegExpExecArray | null;
    // AWS: An error occurred (ThrottlingException) when calling the InvokeModel operation (reached max retries: 4): Too many requests…
    if ((m = /An error occurred \(([A-Za-z]+)\) when calling the (\w+) operation(?: \(reached max retries: \d+\))?:?\s*(.*)$/.exec(line))) {
      const code = normalCode(m[1]!);
      out.push({ message: m[3]!.trim() || m[1]!, surface: 'bedrock', ...(code ? { code } : {}) });
      continue;
    }
    // Google Cloud's Python client: google.api_core.exceptions.ResourceExhausted: 429 Quota exceeded for …
    if ((m = /\bgoogle\.api_core\.exceptions\.([A-Za-z]+):\s*(.+)$/.exec(line))) {
      const code = m[1]!.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
      out.push({ message: m[2]!.trim(), surface: 'vertex', ...(code in PLATFORM_CODES ? { code } : {}) });
      continue;
    }
    // Claude Code: API Error (Request timed out.) · Retrying in 1 seconds… (attempt 1/10)
    if ((m = /\bAPI Error \((.*?)\)\s*(?:Retrying\b|$)/.exec(line.replace(RETRY, ' Retrying').trim()))) {
      out.push({ message: m[1]!.trim(), surface: 'claude-code' });
      continue;
    }
    // Claude Code: API Error: 529 Overloaded. This is a server-side issue …
    if ((m = /\bAPI Error:\s*(.+)$/.exec(line))) {
      out.push({ message: m[1]!.replace(RETRY, '').trim(), surface: 'claude-code' });
      continue;
    }
    // Shells: zsh: command not found: claude · bash: claude: command not found · 'claude' is not recognized …
    if ((m = /\b(?:zsh|bash|sh|fish|dash|ksh):\s*(?:(?:\d+:\s*)?command not found:\s*(\S+)|(\S+): (?:command )?not found)/.exec(line))) {
      out.push({ message: line.trim(), surface: 'shell' });
      continue;
    }
    if (
      /'[^']+' is not recognized as an internal or external command|The term '[^']+' is not recognized as (?:the )?name of a cmdlet/.test(
        line,
      )
    ) {
      out.push({ message: line.trim(), surface: 'shell' });
      continue;
    }
    // litellm.BadRequestError: AnthropicException - b'{"type":"error",…}' · Vercel AI SDK: APICallError [AI_APICallError]: prompt is too long …
    // anthropic.RateLimitError: Error code: 429 - {…} · TypeError: Client.__init__() got an unexpected keyword argument 'proxies'
    if ((m = /(?:^|[\s:>\]'"(])(?:[A-Za-z_]\w*\.)*([A-Za-z_]\w*(?:Error|Exception))(?:\s*\[[\w.]+\])?:\s*(.+)$/.exec(line))) {
      const sdkClass = m[1]!;
      let message = m[2]!;
      // Wrappers repeat themselves: litellm.RateLimitError: litellm.RateLimitError: VertexAIException - b'…'
      for (let i = 0; i < 4; i++) {
        const next = message.replace(/^(?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*(?:Error|Exception):\s*/, '').replace(/^\w*Exception\s+-\s+/, '');
        if (next === message) break;
        message = next;
      }
      message = message.replace(/^b(['"])([\s\S]*)\1$/, '$2').trim();
      if (!message) continue;
      const platform = PLATFORM_CODES[sdkClass];
      exceptions.push({
        message,
        ...(platform ? { surface: platform.surface, code: sdkClass } : { surface: 'sdk' as const }),
        sdkClass,
      });
      continue;
    }
    // A plain "Error: message" line.
    if ((m = /^\s*(?:Error|error|ERROR)\s*:\s*(.+)$/.exec(line))) out.push({ message: m[1]!.trim() });
  }
  // A Python traceback ends with the exception that matters; elsewhere the first one is the error
  // and later ones are causes or repeats.
  if (exceptions.length) out.push(python ? exceptions[exceptions.length - 1]! : exceptions[0]!);
  return out;
}

/** Surfaces told by telling words anywhere in the paste, checked in this order. */
const SURFACE_HINTS: [PasteSurface, RegExp][] = [
  [
    'bedrock',
    /\bbedrock\b|\bInvokeModel(?:WithResponseStream)?\b|\bConverse(?:Stream)? operation\b|\bbotocore\b|\bboto3\b|\binference profile\b|on-demand throughput/i,
  ],
  [
    'vertex',
    /\bvertex(?:ai| ai)?\b|aiplatform\.googleapis\.com|\bPublisher Model\b|google\.api_core|\bModel Garden\b|Agent Platform|DefaultCredentialsError|application default credentials/i,
  ],
  [
    'claude-code',
    /command not found: claude\b|\bclaude: (?:command )?not found|'claude' is not recognized|\u23bf|\bAPI Error[:( ]|\(attempt \d+\/\d+\)|Please run \/login|\bclaude (?:doctor|mcp|update|auth|config|--|-p\b)|\bClaude Code\b|\/(?:login|logout|compact|clear|model|status|mcp|rewind|ide|hooks|usage)\b|\bCLAUDE_CODE_\w+|~\/\.claude\b|\.claude\.json\b|@anthropic-ai\/claude-code/i,
  ],
  [
    'sdk',
    /Traceback \(most recent call last\)|\banthropic\.\w+Error\b|@anthropic-ai\/sdk|\bAI_APICallError\b|\blitellm\b|\bAnthropicException\b|\blangchain\b|site-packages|node_modules|\bError code: [1-5]\d\d\b/i,
  ],
  [
    'app',
    /\bclaude\.ai\b|Claude will return soon|Can't reach Claude|\bClaude Desktop\b|Claude is currently experiencing|Claude is unable to respond|\bclaude app\b/i,
  ],
];
/** Order in which a paste's surfaces are reported: the most specific first. */
const SURFACE_ORDER: PasteSurface[] = ['bedrock', 'vertex', 'claude-code', 'shell', 'app', 'sdk'];

const STATUS_PATTERNS: RegExp[] = [
  /\bError code:\s*([1-5]\d\d)\b/i,
  /\bHTTP(?:\/\d(?:\.\d)?)?\s*([1-5]\d\d)\b/i,
  /\bAPI Error:?\s*\(?([1-5]\d\d)\b/i,
  /\bstatus(?:[ _]?code)?["']?\s*[:=]\s*["']?([1-5]\d\d)\b/i,
  /\b[Rr]equest (?:rejected|failed with status(?: code)?)\s*\(?([1-5]\d\d)\b/,
  /\b([45]\d\d)\s+(?:Bad Request|Unauthorized|Payment Required|Forbidden|Not Found|Conflict|Payload Too Large|Request Entity Too Large|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout)\b/i,
  /(?:^|[^\w.-])([45]\d\d)(?![\w.-])/,
];

/** Analyse one query or pasted error. */
export function analyzeQuery(raw: string): QueryAnalysis {
  const original = boundedPaste(raw);
  const input = plainPaste(original).trim();
  const lines = input.split('\n').map((l) => (l.length > MAX_LINE ? l.slice(0, MAX_LINE) : l));
  const analysis: QueryAnalysis = { raw, surfaces: [], messages: [], looksLikeError: false, text: '', words: [] };

  // Surfaces: the wrappers', then telling words (read before decoration is dropped: ⎿ tells Claude Code).
  const wrapped = unwrap(lines);
  const surfaces = new Set<PasteSurface>(wrapped.flatMap((w) => (w.surface ? [w.surface] : [])));
  for (const [surface, pattern] of SURFACE_HINTS) if (pattern.test(original)) surfaces.add(surface);

  const body = readBodies(input);
  if (body.type && KNOWN_TYPES.has(body.type)) {
    analysis.type = body.type;
    analysis.typeSource = 'text';
  }
  if (body.status !== undefined) analysis.status = body.status;

  // Cloud platform codes: from an AWS wrapper, an exception class, a Google status, or named in the text.
  const code =
    wrapped.find((w) => w.code)?.code ??
    (body.code && body.code in PLATFORM_CODES ? body.code : undefined) ??
    /\b([A-Z][a-z]+(?:[A-Z][a-z]+)*Exception)\b/.exec(input)?.[1] ??
    /\b(RESOURCE_EXHAUSTED|PERMISSION_DENIED|INVALID_ARGUMENT|UNAUTHENTICATED|FAILED_PRECONDITION|DEADLINE_EXCEEDED)\b/.exec(input)?.[1];
  if (code && code in PLATFORM_CODES) {
    analysis.code = code;
    analysis.status ??= PLATFORM_CODES[code]!.status;
    surfaces.add(PLATFORM_CODES[code]!.surface);
  }
  analysis.surfaces = SURFACE_ORDER.filter((s) => surfaces.has(s));
  if (analysis.surfaces[0]) analysis.surface = analysis.surfaces[0];

  if (analysis.status === undefined) {
    // Statuses are read outside JSON bodies, whose numbers are counts and limits.
    let outsideBody = input;
    for (const block of objects(input)) outsideBody = outsideBody.replace(block, ' ');
    for (const pattern of STATUS_PATTERNS) {
      const m = pattern.exec(outsideBody);
      if (m) {
        analysis.status = Number(m[1]);
        break;
      }
    }
  }

  const sdk =
    wrapped.find((w) => w.sdkClass && w.sdkClass in SDK_CLASSES)?.sdkClass ?? /\b(?:anthropic\.)?([A-Z][A-Za-z]*Error)\b/.exec(input)?.[1];
  if (sdk && sdk in SDK_CLASSES) {
    analysis.sdkClass = sdk;
    const status = SDK_CLASSES[sdk];
    analysis.status ??= status;
    if (!analysis.type && status !== undefined && STATUS_TYPES[status]) {
      analysis.type = STATUS_TYPES[status];
      analysis.typeSource = 'sdk';
    }
  }

  // Messages: a body's message is the most specific; then each wrapper's, with any body inside it read.
  const messages: string[] = [];
  const addMessage = (text: string | undefined) => {
    const m = text
      ?.replace(/^\s*[1-5]\d\d\b\s*[-:]?\s*/, '')
      .replace(RETRY, '')
      .trim();
    if (!m || m.length < 2 || /^Error code:\s*[1-5]\d\d\b\s*-?\s*$/i.test(m) || messages.includes(m)) return;
    messages.push(m);
  };
  addMessage(body.message);
  for (const w of wrapped) {
    const inner = w.message.includes('{') ? readBodies(w.message).message : undefined;
    addMessage(inner ?? w.message.replace(/^Error code:\s*[1-5]\d\d\s*-\s*/i, ''));
  }
  analysis.messages = messages;
  if (messages[0]) analysis.message = messages[0];

  // The API words validation errors as "<parameter>: <problem>" (`messages: …`, `max_tokens: …`);
  // an unknown model is the exception, a 404.
  const validation = /^([a-z][a-z_]*(?:\.\d+)?(?:\.[a-z_]+)*):\s+\S/.exec(analysis.message ?? input);
  if (!analysis.type && validation && !/^(?:https?|error|api|zsh|bash|sh|fish)$/.test(validation[1]!)) {
    analysis.type = validation[1] === 'model' ? 'not_found_error' : 'invalid_request_error';
    analysis.typeSource = 'shape';
  }

  if (!analysis.type) {
    const named = /\b([a-z]+(?:_[a-z]+)*_error|request_too_large)\b/.exec(input)?.[1];
    if (named && KNOWN_TYPES.has(named)) {
      analysis.type = named;
      analysis.typeSource = 'text';
    } else if (analysis.status !== undefined && STATUS_TYPES[analysis.status]) {
      analysis.type = STATUS_TYPES[analysis.status];
      analysis.typeSource = 'status';
    }
  }

  analysis.looksLikeError =
    messages.length > 0 || !!analysis.code || !!analysis.sdkClass || lines.length > 2 || analysis.typeSource === 'shape';

  // The text: frames, retry notices and paths dropped; volatile parts dropped; punctuation to spaces.
  const kept = lines
    .filter((l) => !isFrame(l))
    .map(
      (l) =>
        l
          .replace(RETRY, ' ')
          .replace(/(?:file:\/\/)?(?:[A-Za-z]:)?(?:[\\/][\w.@~+-]+){2,}[\\/]?(?::\d+)*/g, ' ') // paths
          .replace(/\bhttps?:\/\/([\w.-]+)\S*/g, ' $1 '), // URLs: keep the host
    );
  analysis.text = toWords(dropVolatile(kept.join('\n')));
  analysis.words = distinctWords(analysis.text);
  return analysis;
}

/** The distinctive words of text that is already {@link toWords}: lower case, no stop words or bare numbers (statuses kept), each once. */
function distinctWords(text: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const word of text.toLowerCase().split(' ')) {
    if (!word || word.length > 60 || STOP_WORDS.has(word) || seen.has(word)) continue;
    if (/^\d+$/.test(word) && !/^[1-5]\d\d$/.test(word)) continue;
    seen.add(word);
    words.push(word);
  }
  return words;
}

/**
 * The distinctive words of a message, as {@link QueryAnalysis.words} has them.
 * @example wordsOf('Error: The model is overloaded') // => ['model', 'overloaded']
 */
export function wordsOf(message: string): string[] {
  return distinctWords(toWords(dropVolatile(plainPaste(boundedPaste(message)))));
}

/**
 * Comparison key for error messages: volatile parts dropped, punctuation removed, lower case.
 * A pasted message and a stored signature match when their keys are equal.
 * @example messageKey('prompt is too long: 208310 tokens > 200000 maximum') // => 'prompt is too long tokens maximum'
 */
export function messageKey(message: string): string {
  return toWords(dropVolatile(plainPaste(boundedPaste(message))))
    .toLowerCase()
    .replace(/[-_.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The tokens of a message for signature matching: its {@link messageKey} split into words, stop
 * words kept out, each once.
 * @example messageTokens('`tool_use` ids were found without `tool_result` blocks') // => ['tool', 'use', 'ids', 'were', 'found', 'result', 'blocks']
 */
export function messageTokens(message: string): string[] {
  const out: string[] = [];
  for (const token of messageKey(message).split(' ')) {
    if (!token || token.length > 60 || SIGNATURE_STOP_WORDS.has(token) || out.includes(token)) continue;
    out.push(token);
  }
  return out;
}

/** Words too common in error messages to tell two signatures apart (fewer than the query stop words: `not`, `no`, `too` matter here). */
const SIGNATURE_STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'is',
  'are',
  'was',
  'be',
  'it',
  'this',
  'that',
  'with',
  'without',
  'error',
  'errors',
]);
