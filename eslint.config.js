import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'dist/', 'web/dist/', '.test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/local/**'], message: 'national/ and platform/ must not import local/ (use src/federation/)' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/local/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/national/**'], message: 'local/ talks to the national portal only through src/federation/' }] },
      ],
    },
  },
  {
    // The browser app shares only pure modules of the server: Vietnamese identifiers and the action-roles table.
    files: ['web/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '/src/(?!lib/|local/dossiers/action-roles\\.ts$)',
              message: 'web/ imports only pure server modules (src/lib, src/local/dossiers/action-roles.ts)',
            },
          ],
        },
      ],
    },
  },
  { files: ['src/federation/**', 'src/modules.ts', 'src/main.ts', 'src/db/database.ts', 'src/db/migrations/**', 'src/demo/**', 'src/cli/**', 'test/**', 'bench/**', '**/*.test.ts'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  { files: ['scripts/**/*.mjs', '**/*.js'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
);
