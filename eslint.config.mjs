// Lint with import boundaries: the flow is bot/ -> src/app -> src/domain; nothing below points back up.
import tseslint from 'typescript-eslint';

const teams = ['botbuilder', 'botbuilder-*', '@microsoft/teams-ai', 'botframework-*'];
const cosmos = ['@azure/cosmos', '@vercel/cosmosdb-server'];
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'devTools/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/**/*.ts', 'cards/**/*.ts'], rules: restrict([...teams, '**/bot/**'], 'Only bot/ may import botbuilder / teams-ai.') },
  {
    files: ['src/domain/**/*.ts', 'src/app/**/*.ts', 'src/exports/**/*.ts'],
    rules: restrict([...teams, ...cosmos, '**/bot/**', '**/persistence/**'], 'Domain, use cases and exports import no Teams or Cosmos package and no persistence code.'),
  },
  { files: ['src/domain/**/*.ts'], rules: restrict([...teams, ...cosmos, '**/bot/**', '**/persistence/**', '**/app/**'], 'The domain imports nothing above it.') },
  { files: ['tests/**/*.ts'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
);
