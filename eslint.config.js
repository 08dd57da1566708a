// Lint rules: recommended sets only, plus a ban on default exports (named exports keep
// imports greppable and refactors honest).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // examples/auth0 holds Auth0 hook scripts (CommonJS for Auth0's runtime, not this project).
  { ignores: ['build/', 'dist/', 'node_modules/', 'coverage/', 'examples/auth0/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true } }],
    },
  },
  {
    files: ['eslint.config.js', 'vitest.config.ts', 'vitest.real-logto.config.ts'],
    rules: { 'no-restricted-exports': 'off' },
  },
  // Build scripts and tool configs run on Node directly.
  {
    files: ['scripts/**/*.mjs', '.dependency-cruiser.cjs'],
    languageOptions: { globals: { process: 'readonly', module: 'writable' } },
  },
);
