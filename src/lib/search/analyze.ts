/**
 * Query understanding for pasted errors. Recognises the shapes errors arrive in (JSON bodies, Python
 * dict renderings, SDK exception lines, `Error code: 429 - {…}`, `HTTP 529`, `API Error: 500 …`,
 * app banners), pulls out the HTTP status, error type and message, drops the parts that change
 * from one occurrence to the next (request ids, token counts, timestamps, ids, amounts), and turns
 * punctuation into spaces so Pagefind sees words.
 */

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
  /** The error message, when the paste has a recognisable one (from a JSON body or after a prefix). */
  message?: string;
  /** The whole paste with volatile parts dropped and punctuation turned into spaces. */
  text: string;
  /** Distinctive words of the text: lower case, no stop words, no duplicates, in order. */
  words: string[];
}

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
  /\b(?:org|user|msg|toolu|msgbatch|file)_[A-Za-z0-9]{6,}\b/g, // other ids
  /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\b/g, // timestamps
  /\b\d{4}-\d{2}-\d{2}\b/g, // dates
  /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\b/g, // times of day
  /[$€£]\s?\d[\d,]*(?:\.\d+)?/g, // amounts
  /\b\d{1,3}(?:,\d{3})+\b/g, // 1,000,000
  /\b\d{4,}\b/g, // token counts and other long numbers
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

/** Parse a JSON object, or a Python dict rendering of one (`{'type': 'error', …, None}`). */
function parseObject(text: string): Record<string, unknown> | undefined {
  const attempts = [text];
  // Python repr: single-quoted strings, None/True/False.
  attempts.push(
    text
      .replace(/\bNone\b/g, 'null')
      .replace(/\bTrue\b/g, 'true')
      .replace(/\bFalse\b/g, 'false')
      .replace(/'((?:[^'\\]|\\.)*)'/g, (_m, inner: string) => JSON.stringify(inner.replace(/\\'/g, "'"))),
  );
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

/** The outermost `{…}` block of the text, with balanced braces (quotes respected). */
function firstObject(text: string): string | undefined {
  const start = text.indexOf('{');
  if (start === -1) return undefined;
  let depth = 0;
  let quote: string | null = null;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return text.slice(start); // cut off: the regex fallback reads what is there
}

function fromBody(text: string): { type?: string; message?: string } {
  const block = firstObject(text);
  if (!block) return {};
  const object = parseObject(block);
  const error = object?.error;
  if (error && typeof error === 'object') {
    const e = error as Record<string, unknown>;
    return {
      ...(typeof e.type === 'string' ? { type: e.type } : {}),
      ...(typeof e.message === 'string' ? { message: e.message } : {}),
    };
  }
  // Broken or cut-off JSON: read the fields directly.
  const type = /["']type["']\s*:\s*["']([a-z_]+)["']/.exec(block.replace(/["']type["']\s*:\s*["']error["']\s*,?/, ''))?.[1];
  const message = /["']message["']\s*:\s*"((?:[^"\\]|\\.)*)"|["']message["']\s*:\s*'((?:[^'\\]|\\.)*)'/.exec(block);
  return {
    ...(type ? { type } : {}),
    ...(message ? { message: (message[1] ?? message[2] ?? '').replace(/\\(.)/g, '$1') } : {}),
  };
}

const STATUS_PATTERNS: RegExp[] = [
  /\bError code:\s*([1-5]\d\d)\b/i,
  /\bHTTP(?:\/\d(?:\.\d)?)?\s*([1-5]\d\d)\b/i,
  /\bAPI Error:\s*([1-5]\d\d)\b/i,
  /\bstatus(?:[ _]?code)?["']?\s*[:=]\s*["']?([1-5]\d\d)\b/i,
  /\b([45]\d\d)\s+(?:Bad Request|Unauthorized|Payment Required|Forbidden|Not Found|Conflict|Payload Too Large|Request Entity Too Large|Too Many Requests|Internal Server Error|Gateway Timeout|Service Unavailable)\b/i,
  /(?:^|[^\w.-])([45]\d\d)(?![\w.-])/,
];

/** Analyse one query or pasted error. */
export function analyzeQuery(raw: string): QueryAnalysis {
  const input = raw.replace(/\r\n?/g, '\n').trim();
  const analysis: QueryAnalysis = { raw, text: '', words: [] };

  const body = fromBody(input);
  if (body.type && KNOWN_TYPES.has(body.type)) {
    analysis.type = body.type;
    analysis.typeSource = 'text';
  }

  const outsideBody = input.replace(/\{[\s\S]*\}/, ' ');
  for (const pattern of STATUS_PATTERNS) {
    const m = pattern.exec(outsideBody);
    if (m) {
      analysis.status = Number(m[1]);
      break;
    }
  }

  const sdk = /\b(?:anthropic\.)?([A-Z][A-Za-z]*Error)\b/.exec(input);
  if (sdk && sdk[1]! in SDK_CLASSES) {
    analysis.sdkClass = sdk[1]!;
    const status = SDK_CLASSES[sdk[1]!];
    analysis.status ??= status;
    if (!analysis.type && status !== undefined && STATUS_TYPES[status]) {
      analysis.type = STATUS_TYPES[status];
      analysis.typeSource = 'sdk';
    }
  }

  if (body.message) {
    analysis.message = body.message.trim();
  } else {
    // "anthropic.RateLimitError: message", "API Error: 529 Overloaded", "Error: message".
    const prefixed = /^(?:[\w.]*Error|API Error|Error)\s*:\s*(?:[1-5]\d\d\b\s*[-:]?\s*)?(.+)$/m.exec(input);
    if (prefixed && !/^\s*Error code:/i.test(prefixed[1]!)) analysis.message = prefixed[1]!.trim();
  }

  // The API words validation errors as "<parameter>: <problem>" (`messages: …`, `max_tokens: …`);
  // an unknown model is the exception, a 404.
  const validation = /^([a-z][a-z_]*(?:\.\d+)?(?:\.[a-z_]+)*):\s+\S/.exec(analysis.message ?? input);
  if (!analysis.type && validation && !/^(?:https?|error|api)$/.test(validation[1]!)) {
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

  analysis.text = toWords(dropVolatile(input));
  const seen = new Set<string>();
  for (const word of analysis.text.toLowerCase().split(' ')) {
    if (!word || STOP_WORDS.has(word) || seen.has(word)) continue;
    if (/^\d+$/.test(word) && !/^[1-5]\d\d$/.test(word)) continue;
    seen.add(word);
    analysis.words.push(word);
  }
  return analysis;
}

/**
 * Comparison key for error messages: volatile parts dropped, punctuation removed, lower case.
 * A pasted message and a stored signature match when their keys are equal.
 * @example messageKey('prompt is too long: 208310 tokens > 200000 maximum') // => 'prompt is too long tokens maximum'
 */
export function messageKey(message: string): string {
  return toWords(dropVolatile(message))
    .toLowerCase()
    .replace(/[-_.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
