// The wrappers tools put around Claude errors, each a paste copied from a public issue thread (the
// URL says where): the analysis must peel the wrapper, name the surface, and keep the message.
import { describe, expect, test } from 'vitest';
import { analyzeQuery, type QueryAnalysis } from '../../src/search/core/analyze.ts';

type Expected = Partial<
  Pick<QueryAnalysis, 'surface' | 'surfaces' | 'status' | 'type' | 'code' | 'sdkClass' | 'message' | 'looksLikeError'>
>;

describe('analyzeQuery: wrappers around real pastes', () => {
  test.each<[string, string, string, Expected]>([
    [
      'Claude Code: retry notice with ⎿',
      'https://github.com/anthropics/claude-code/issues/3947',
      '  ⎿  API Error (Request timed out.) · Retrying in 1 seconds… (attempt 1/10)',
      { surface: 'claude-code', message: 'Request timed out.', looksLikeError: true },
    ],
    [
      'Claude Code: a connection error with its cause on the next line',
      'https://github.com/anthropics/claude-code/issues/12 (quoted in issue 12)',
      'API Error (Connection error.) · Retrying in 1 seconds… (attempt 1/10) ⎿ TypeError (fetch failed)',
      { surface: 'claude-code', message: 'Connection error.' },
    ],
    [
      'Claude Code on Vertex AI: a Google body inside the retry notice',
      'https://github.com/anthropics/claude-code/issues/1440',
      'API Error (429 {"error":{"code":429,"message":"Quota exceeded for aiplatform.googleapis.com/online_prediction_input_tokens_per_minute_per_base_model with base model: anthropic-claude-opus-4. Please submit a quota increase request. https://cloud.google.com/vertex-ai/docs/generative-ai/quotas-genai.","status":"RESOURCE_EXHAUSTED"}}) · Retrying in 32 seconds… (attempt 7/10)',
      {
        surface: 'vertex',
        surfaces: ['vertex', 'claude-code'],
        status: 429,
        code: 'RESOURCE_EXHAUSTED',
        message:
          'Quota exceeded for aiplatform.googleapis.com/online_prediction_input_tokens_per_minute_per_base_model with base model: anthropic-claude-opus-4. Please submit a quota increase request. https://cloud.google.com/vertex-ai/docs/generative-ai/quotas-genai.',
      },
    ],
    [
      'Cline on Vertex AI: a Google body in a list',
      'https://github.com/cline/cline/issues/651',
      '429 [{"error":{"code":429,"message":"Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model with base model: anthropic-claude-3-5-sonnet-v2. Please submit a quota increase request. https://cloud.google.com/vertex-ai/docs/generative-ai/quotas-genai.","status":"RESOURCE_EXHAUSTED"}}]',
      { surface: 'vertex', status: 429, code: 'RESOURCE_EXHAUSTED', type: 'rate_limit_error' },
    ],
    [
      'a Vertex proxy putting the Google status in error.type',
      'https://github.com/TheValkyrja/VertexClaudeProxy/issues/5',
      "发生错误：{'type': 'error', 'error': {'type': 'RESOURCE_EXHAUSTED', 'message': 'Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model with base model: anthropic-claude-3-5-sonnet. Please submit a quota increase request. https://cloud.google.com/vertex-ai/docs/generative-ai/quotas-genai.'}}",
      { surface: 'vertex', code: 'RESOURCE_EXHAUSTED', status: 429 },
    ],
    [
      "Google Cloud's Python client exception",
      'https://github.com/GoogleCloudPlatform/Open_Data_QnA/issues/61',
      'google.api_core.exceptions.ResourceExhausted: 429 Quota exceeded for aiplatform.googleapis.com/generate_content_requests_per_minute_per_project_per_base_model with base model: gemini-pro. Please submit a quota increase request. https://cloud.google.com/vertex-ai/docs/generative-ai/quotas-genai.',
      { surface: 'vertex', code: 'RESOURCE_EXHAUSTED', status: 429 },
    ],
    [
      'AWS: botocore ThrottlingException with retries',
      'https://github.com/i-dot-ai/caddy-chatbot/issues/97',
      'botocore.errorfactory.ThrottlingException: An error occurred (ThrottlingException) when calling the InvokeModel operation (reached max retries: 4): Too many requests, please wait before trying again. You have sent too many requests. Wait before trying again.',
      {
        surface: 'bedrock',
        code: 'ThrottlingException',
        status: 429,
        message: 'Too many requests, please wait before trying again. You have sent too many requests. Wait before trying again.',
      },
    ],
    [
      'AWS: a lower-case exception name in a streaming error',
      'https://github.com/aws-samples/aws-genai-llm-chatbot/issues/220',
      "<class 'botocore.exceptions.EventStreamError'>:An error occurred (throttlingException) when calling the InvokeModelWithResponseStream operation: Too many requests, please wait before trying again. You have sent too many requests. Wait before trying again.",
      { surface: 'bedrock', code: 'ThrottlingException', status: 429 },
    ],
    [
      'AWS: ValidationException for on-demand throughput',
      'https://github.com/anthropics/claude-code/issues/1466',
      'botocore.errorfactory.ValidationException: An error occurred (ValidationException) when calling the InvokeModel operation: Invocation of model ID anthropic.claude-sonnet-4-20250514-v1:0 with on-demand throughput isn’t supported. Retry your request with the ID or ARN of an inference profile that contains this model.',
      {
        surface: 'bedrock',
        code: 'ValidationException',
        status: 400,
        message:
          "Invocation of model ID anthropic.claude-sonnet-4-20250514-v1:0 with on-demand throughput isn't supported. Retry your request with the ID or ARN of an inference profile that contains this model.",
      },
    ],
    [
      'AWS SDK for JavaScript: the error as JSON',
      'https://github.com/posit-dev/positron/issues/7844',
      '{\n\t"name": "ThrottlingException",\n\t"$fault": "client",\n\t"$metadata": {\n\t\t"httpStatusCode": 429,\n\t\t"requestId": "<REQUEST_ID>",\n\t\t"attempts": 3,\n\t\t"totalRetryDelay": 787\n\t}\n}',
      { surface: 'bedrock', code: 'ThrottlingException', status: 429 },
    ],
    [
      'litellm: AnthropicException with a JSON body, behind a log prefix',
      'https://github.com/BerriAI/litellm/issues/16525',
      '[ADK_COLLECTOR] Error: litellm.BadRequestError: AnthropicException - {"type":"error","error":{"type":"invalid_request_error","message":"messages.4: tool_use ids were found without tool_result blocks immediately after: toolu_01VpcjfdZzYXsTLfob5im4c8. Each tool_use block must have a corresponding tool_result block in the next message."},"request_id":"req_011CUzbiD3p8rokhqWtP6EWX"}',
      {
        surface: 'sdk',
        status: 400,
        type: 'invalid_request_error',
        sdkClass: 'BadRequestError',
        message:
          'messages.4: tool_use ids were found without tool_result blocks immediately after: toolu_01VpcjfdZzYXsTLfob5im4c8. Each tool_use block must have a corresponding tool_result block in the next message.',
      },
    ],
    [
      'litellm inside a Python traceback: the last exception counts, the frames do not',
      'https://github.com/datadreamer-dev/DataDreamer/issues/10',
      'Traceback (most recent call last):\n  File "/root/venv/lib/python3.11/site-packages/litellm/main.py", line 987, in completion\n    response = anthropic.completion(\n  File "/root/venv/lib/python3.11/site-packages/litellm/llms/anthropic.py", line 170, in completion\n    raise AnthropicError(\nlitellm.llms.anthropic.AnthropicError: {"type":"error","error":{"type":"invalid_request_error","message":"\\"claude-3-sonnet-20240229\\" is not supported on this API. Please use the Messages API instead."}}',
      {
        surface: 'sdk',
        type: 'invalid_request_error',
        message: '"claude-3-sonnet-20240229" is not supported on this API. Please use the Messages API instead.',
      },
    ],
    [
      'Claude Code error log: an API body escaped inside JSON, with stack frames',
      'https://github.com/anthropics/claude-code/issues/77525',
      '[{"error":"Error: 400 {\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"invalid_request_error\\",\\"message\\":\\"The request body is not valid JSON: unexpected control character in string: line 1 column 2379 (char 2378)\\"},\\"request_id\\":\\"req_011Cd2GEE5ML2Vi5RQy7kocP\\"}\\n    at generate (/$bunfs/root/src/entrypoints/cli.js:40:48038)\\n    at makeRequest (/$bunfs/root/src/entrypoints/cli.js:80:7690)\\n    at processTicksAndRejections (native:7:39)","timestamp":"2026-07-14T16:26:47.715Z"}]',
      {
        type: 'invalid_request_error',
        message: 'The request body is not valid JSON: unexpected control character in string: line 1 column 2379 (char 2378)',
      },
    ],
    [
      'Vercel AI SDK: APICallError',
      'quoted in issue 12 from a public thread',
      'APICallError [AI_APICallError]: prompt is too long: 202609 tokens > 200000 maximum',
      { surface: 'sdk', message: 'prompt is too long: 202609 tokens > 200000 maximum' },
    ],
    [
      'a shell that cannot find Claude Code',
      'https://github.com/anthropics/claude-code/issues/5663',
      'zsh: command not found: claude',
      { surface: 'claude-code', surfaces: ['claude-code', 'shell'], looksLikeError: true },
    ],
    [
      'a claude.ai banner with its surrounding text',
      'quoted in issue 12 from a public thread',
      'Claude will return soon Claude is currently experiencing a temporary service disruption. We’re working on it, please check back soon.',
      { surface: 'app' },
    ],
    [
      'an issue title in plain words',
      'quoted in issue 12 from a public thread',
      'Anthropic API Overloaded leads to crash',
      { surface: undefined, looksLikeError: false, message: undefined },
    ],
  ])('%s (%s)', (_name, _source, paste, expected) => {
    const a = analyzeQuery(paste);
    const picked = Object.fromEntries(Object.keys(expected).map((k) => [k, a[k as keyof QueryAnalysis]]));
    expect(picked).toEqual(expected);
  });
});
