import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', '.tmp/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page and knowledge text reach the DOM only as text: no HTML sinks anywhere.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never inject text as HTML.' },
        { property: 'outerHTML', message: 'Never inject text as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Never inject text as HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never inject text as HTML.' },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,mjs}'],
    rules: { 'no-restricted-properties': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly', console: 'readonly', setTimeout: 'readonly', URL: 'readonly',
        // Functions that run inside the benchmark page.
        window: 'readonly', document: 'readonly', performance: 'readonly', PerformanceObserver: 'readonly',
      },
    },
  },
);
