import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const localOnly = { group: ['**/local/**'], message: 'only local/ (and the composition) may import local/: talk to it through a port in src/federation/' };
const nationalOnly = {
  group: ['**/national/**'],
  message: 'only national/ (and the composition) may import national/: talk to it through a port in src/federation/',
};
const federationFeatures = {
  regex: '/federation/(?!transport/|protocol/|[a-z-]+-port\\.ts$)',
  message: 'platform/ may use the federation transport, protocol and ports only',
};

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
      // Everything not named below (http, lib, standins, …): no role's internals.
      'no-restricted-imports': ['error', { patterns: [localOnly, nationalOnly] }],
    },
  },
  // Folder boundaries (issue 15): the roles talk only through src/federation/ (the ports, protocol and transport);
  // what joins both roles lives in src/composition/, src/modules.ts, src/main.ts, src/demo/ and src/cli/.
  { files: ['src/federation/**'], rules: { 'no-restricted-imports': ['error', { patterns: [localOnly, nationalOnly] }] } },
  { files: ['src/national/**'], rules: { 'no-restricted-imports': ['error', { patterns: [localOnly] }] } },
  { files: ['src/local/**'], rules: { 'no-restricted-imports': ['error', { patterns: [nationalOnly] }] } },
  { files: ['src/platform/**'], rules: { 'no-restricted-imports': ['error', { patterns: [localOnly, nationalOnly, federationFeatures] }] } },
  {
    // The browser app imports nothing of the server's src/: what both use is in shared/ (pure, no imports).
    files: ['web/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(\\.\\./)+src/', message: 'web/ imports nothing from src/: put what both use in shared/' }] },
      ],
    },
  },
  { files: ['shared/**'], rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['*'], message: 'shared/ is pure: no imports' }] }] } },
  { files: ['src/composition/**', 'src/modules.ts', 'src/main.ts', 'src/db/database.ts', 'src/db/migrations/**', 'src/demo/**', 'src/cli/**', 'test/**', 'bench/**', '**/*.test.ts'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  { files: ['scripts/**/*.mjs', '**/*.js'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
);
