import { describe, expect, test } from 'vitest';
import { analyzeQuery, messageKey, toWords } from '../../src/search/core/analyze.ts';

type Expected = { status?: number; type?: string; typeSource?: string; sdkClass?: string; message?: string; text?: string };

describe('analyzeQuery: real pastes → status, type, message', () => {
  test.each<[string, string, Expected]>([
    [
      'a JSON error body',
      '{"type":"error","error":{"type":"authentication_error","message":"x-api-key header is required"},"request_id":"req_011CZTSUs5qZwEwHKSvppcnq"}',
      {
        type: 'authentication_error',
        typeSource: 'text',
        message: 'x-api-key header is required',
        text: 'type error error type authentication_error message x-api-key header is required request_id',
      },
    ],
    [
      'a Python SDK exception with a dict body',
      "anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}",
      { status: 401, type: 'authentication_error', typeSource: 'text', sdkClass: 'AuthenticationError', message: 'invalid x-api-key' },
    ],
    [
      'Error code with a JSON body',
      'Error code: 429 - {"type":"error","error":{"type":"rate_limit_error","message":"Number of request tokens has exceeded your per-minute rate limit (https://docs.anthropic.com/en/api/rate-limits); see the response headers for current usage."}}',
      {
        status: 429,
        type: 'rate_limit_error',
        message:
          'Number of request tokens has exceeded your per-minute rate limit (https://docs.anthropic.com/en/api/rate-limits); see the response headers for current usage.',
      },
    ],
    [
      'an SDK exception line with a message',
      'anthropic.RateLimitError: Number of requests has exceeded your rate limit.',
      {
        status: 429,
        type: 'rate_limit_error',
        typeSource: 'sdk',
        sdkClass: 'RateLimitError',
        message: 'Number of requests has exceeded your rate limit.',
      },
    ],
    ['a bare HTTP status line', 'HTTP 529', { status: 529, type: 'overloaded_error', typeSource: 'status' }],
    ['HTTP/1.1 with a reason phrase', 'HTTP/1.1 413 Request Entity Too Large', { status: 413, type: 'request_too_large' }],
    [
      'Claude Code API Error',
      'API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}',
      { status: 529, type: 'overloaded_error', message: 'Overloaded' },
    ],
    [
      'Claude Code API Error, plain text',
      'API Error: 500 Internal server error',
      { status: 500, type: 'api_error', message: 'Internal server error' },
    ],
    [
      'the non-standard forbidden body',
      '{"error":{"type":"forbidden","message":"Request not allowed"}}',
      { type: 'forbidden', message: 'Request not allowed' },
    ],
    [
      'a cut-off JSON paste',
      '{"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 208310 tokens > 2000',
      {
        type: 'invalid_request_error',
        message: undefined,
        text: 'type error error type invalid_request_error message prompt is too long tokens',
      },
    ],
    ['a claude.ai banner', '5-hour limit reached - resets 3:00 PM', { text: '5-hour limit reached resets' }],
    ['plain words with a status', '529 Overloaded claude code', { status: 529, type: 'overloaded_error', typeSource: 'status' }],
    ['an error type word', 'billing_error', { type: 'billing_error', typeSource: 'text' }],
    ['a TypeScript SDK class', 'APIConnectionError: Connection error.', { sdkClass: 'APIConnectionError', message: 'Connection error.' }],
    [
      'InternalServerError with a status',
      'InternalServerError: Error code: 500',
      { status: 500, type: 'api_error', sdkClass: 'InternalServerError' },
    ],
    ['words only', 'claude white screen after login', { text: 'claude white screen after login' }],
    [
      'an API validation message',
      'messages: roles must alternate between user and assistant',
      { type: 'invalid_request_error', typeSource: 'shape' },
    ],
    ['an unknown model', 'model: opus-4', { type: 'not_found_error', typeSource: 'shape' }],
    [
      'a validation message behind an "Error:" prefix',
      'Error: messages: roles must alternate',
      { message: 'messages: roles must alternate', type: 'invalid_request_error', typeSource: 'shape' },
    ],
    [
      'a validation message inside a JSON body',
      '{"error":{"message":"max_tokens: 10000 > 4096"}}',
      { message: 'max_tokens: 10000 > 4096', type: 'invalid_request_error', typeSource: 'shape' },
    ],
    ['a URL is not a validation message', 'https: //x', { type: undefined }],
  ])('%s', (_name, paste, expected) => {
    const a = analyzeQuery(paste);
    const picked = Object.fromEntries(Object.keys(expected).map((k) => [k, a[k as keyof typeof a]]));
    expect(picked).toEqual(expected);
  });
});

describe('analyzeQuery drops volatile parts', () => {
  test.each([
    ['request ids', 'failed req_018EeWyXxfu5pfWkrYcMdjWG again', 'failed again'],
    [
      'organization ids',
      'rate limit for your organization (3f1c2a9e-1b2c-4d5e-8f90-1234567890ab) of 1,000,000 input tokens',
      'rate limit for your organization of input tokens',
    ],
    ['timestamps and dates', 'at 2026-11-26T10:15:00Z and 2026-12-01 00:00 UTC', 'at and UTC'],
    ['amounts', 'charged $12.50 twice', 'charged twice'],
    ['token counts but not statuses', 'prompt is too long: 208310 tokens > 200000 maximum 400', 'prompt is too long tokens maximum 400'],
    [
      'a pasted key, keeping its kind only',
      'sending Authorization: Bearer sk-ant-api03-AbCdEf_123-xyz gets 401',
      'sending Authorization Bearer sk-ant-api03 gets 401',
    ],
  ])('%s', (_name, paste, text) => expect(analyzeQuery(paste).text).toBe(text));

  test('words: lower case, no stop words, no duplicates', () => {
    expect(analyzeQuery('Why does my API key keep getting the error invalid x-api-key? error!').words).toEqual([
      'api',
      'key',
      'invalid',
      'x-api-key',
    ]);
  });
});

describe('toWords and messageKey', () => {
  test.each([
    ['{"type":"error"}', 'type error'],
    ['api.anthropic.com/v1/messages', 'api.anthropic.com v1 messages'],
    ['--header -x- _y_', 'header x y'],
  ])('toWords(%j)', (input, out) => expect(toWords(input)).toBe(out));

  test('a pasted message and a stored signature share a key despite volatile parts', () => {
    expect(messageKey('prompt is too long: 250000 tokens > 200000 maximum')).toBe(
      messageKey('prompt is too long: 208310 tokens > 200000 maximum'),
    );
    expect(messageKey('Invalid x-api-key')).toBe('invalid x api key');
  });
});
