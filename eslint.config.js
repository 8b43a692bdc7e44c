import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '.tools/**', '.run/**', 'packages/contracts/src/gen/**', 'web/dist/**', 'k8s/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
      // Money is bigint minor units: floating-point parsing of amounts is never right here.
      'no-restricted-globals': [
        'error',
        { name: 'parseFloat', message: 'money is bigint minor units' },
        // Browser globals a forgotten local of the same name silently resolves to (window.close() does nothing).
        ...['close', 'open', 'name', 'status', 'event', 'stop', 'find', 'length', 'origin', 'parent', 'top', 'self', 'blur', 'focus', 'print'].map((name) => ({
          name,
          message: `the browser's global ${name}, not a local: declare it, or write window.${name}`,
        })),
      ],
    },
  },
  // Tests read JSON responses loosely on purpose: they assert on what a client would see.
  { files: ['**/test/**/*.ts', '**/*.spec.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
