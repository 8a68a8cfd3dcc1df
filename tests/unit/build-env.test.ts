import { expect, test } from 'vitest';
import { buildEnv } from '../../scripts/build-env.ts';

test.each([
  ['drops what makes a build act as in development', { PATH: '/bin', DEV: '1', PROD: '', MODE: 'test', SSR: '1', BASE_URL: '/', NODE_ENV: 'test' }, { PATH: '/bin', NODE_ENV: 'production' }],
  ["drops Vitest's own variables", { HOME: '/root', VITEST: 'true', VITEST_POOL_ID: '1' }, { HOME: '/root', NODE_ENV: 'production' }],
  ['keeps the settings a build reads', { SITE_URL: 'https://kb.example.org', UNSTUCK_CONTENT_DIR: 'x' }, { SITE_URL: 'https://kb.example.org', UNSTUCK_CONTENT_DIR: 'x', NODE_ENV: 'production' }],
])('buildEnv %s', (_, env, expected) => {
  expect(buildEnv(env)).toEqual(expected);
});
