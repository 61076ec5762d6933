// Lint with import boundaries: the flow is bot/ -> src/app -> src/domain; nothing below points back up.
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const teams = ['botbuilder', 'botbuilder-*', '@microsoft/teams-ai', 'botframework-*'];
const cosmos = ['@azure/cosmos', '@vercel/cosmosdb-server'];
const wing = ['**/tools/**', '**/tests/**'];
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'devTools/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      // Prettier breaks code at 160 columns; what it cannot break (a long sentence in a string or
      // template) may pass, and nothing else may.
      'max-len': ['error', { code: 160, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Each entry lists every pattern for its files (a later entry replaces an earlier one's rule, it does not add to it).
  // The tools wing (tools/: the Teams protocol simulator, the Playground harness, echo bots, fixtures) serves
  // scripts/ and tests/; the product never imports it, and nothing imports tests/ (#13 §6).
  { files: ['bot/**/*.ts'], rules: restrict([...wing], 'The product imports neither tools/ nor tests/.') },
  {
    files: ['src/**/*.ts', 'cards/**/*.ts'],
    rules: restrict([...teams, '**/bot/**', ...wing], 'Only bot/ may import botbuilder / teams-ai; the product imports neither tools/ nor tests/.'),
  },
  {
    files: ['src/domain/**/*.ts', 'src/app/**/*.ts', 'src/exports/**/*.ts'],
    rules: restrict(
      [...teams, ...cosmos, '**/bot/**', '**/persistence/**', ...wing],
      'Domain, use cases and exports import no Teams or Cosmos package and no persistence code.',
    ),
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: restrict([...teams, ...cosmos, '**/bot/**', '**/persistence/**', '**/app/**', ...wing], 'The domain imports nothing above it.'),
  },
  { files: ['scripts/**/*.ts', 'tools/**/*.ts'], rules: restrict(['**/tests/**'], 'Nothing imports tests/: shared helpers live in tools/.') },
  { files: ['tests/**/*.ts'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
);
