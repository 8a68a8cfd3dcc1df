// ESLint: JavaScript and TypeScript recommended rules, Astro components with their accessibility
// rules (jsx-a11y through eslint-plugin-astro). Formatting is Prettier's job (npm run format).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', '.bench/', '.lighthouseci/', 'test-results/', 'playwright-report/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser, __UNSTUCK_DEV__: 'readonly', __UNSTUCK_OG_WORKER__: 'readonly' } },
    rules: {
      // `_name` parameters of table tests are placeholders on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
