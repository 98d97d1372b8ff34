// ESLint with typescript-eslint's type-aware rules over the API, the tests and the mini-program:
// floating promises, misused promises, unsafe any flows and unhandled errors are findings, not style.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'miniprogram/src/gql/**', 'miniprogram/.swc/**', 'test-output/**', '**/*.cjs', '**/*.mjs', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // The promise rules are the point of linting here: every promise is awaited, returned or explicitly voided.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // `let x; const stop = () => x?.stop(); x = await start();` — assigned once, read by a closure first.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // Resolvers and Apollo plugin hooks are async by their interface, awaiting or not.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests read GraphQL answers as loosely typed JSON on purpose; the promise rules still apply.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests print where their screenshots and fuzz seeds are.
      'no-console': 'off',
    },
  },
  {
    files: ['miniprogram/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    // The two classic hook rules; the React Compiler's rules in `recommended` are not for this code base.
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Command-line tools and the start-up script talk to the operator on the console.
    files: ['api/src/main.ts', 'api/src/tools/**/*.ts', 'api/src/bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
