// ESLint (npm run lint): typescript-eslint, eslint-plugin-lit and eslint-plugin-wc, plus the house rules
// that ESLint can say: the layering of src/ (docs/development.md), no eval / new Function / unsafeHTML /
// HTML strings, and names a reader can follow (scripts/eslint-rules.js).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import { houseRules } from './scripts/eslint-rules.js';

/** Browser storage and page globals: only src/store/ may reach for them inside the core. */
const BROWSER_GLOBALS = [
  'indexedDB',
  'IDBKeyRange',
  'BroadcastChannel',
  'localStorage',
  'sessionStorage',
  'document',
  'window',
  'navigator',
].map((name) => ({
  name,
  message: 'the core (src/) is DOM-free: only src/store/ may use browser storage or page globals',
}));

/** Imports that break the layering: src/ never imports lit or components/ (arrows point down). */
const CORE_IMPORTS = {
  patterns: [
    {
      group: ['lit', 'lit/*', '@lit/*'],
      message: 'lit belongs to components/: the core (src/) never imports it',
    },
    {
      group: ['**/components', '**/components/**'],
      message: 'src/ must not import components/ (arrows point down)',
    },
    { group: ['**/server', '**/server/**'], message: 'src/ must not import server/' },
  ],
};

/**
 * 100 columns for tests, benchmarks and scripts too; their long strings (an expected message, a
 * hostile payload, a printed table row) are data.
 */
const LONG_STRINGS_ALLOWED = {
  code: 100,
  ignoreUrls: true,
  ignoreStrings: true,
  ignoreTemplateLiterals: true,
  ignoreRegExpLiterals: true,
  ignorePattern: '^import ',
};

/** One module imports zod, so its configuration (jitless, for strict CSP) runs before any schema. */
const ZOD_IMPORTS = {
  group: ['zod', 'zod/*'],
  message: "import { z } from src/model/zod.ts, the one place zod's configuration is set",
};

/** Rich text that would bypass Lit's escaping. */
const UNSAFE_DIRECTIVES = {
  patterns: [
    {
      group: ['lit/directives/unsafe-*'],
      message: 'untrusted text stays text: no unsafeHTML / unsafeSVG / unsafeMathML',
    },
    { group: ['lit/static-html.js'], message: 'untrusted text stays text: no unsafeStatic' },
  ],
};

const HTML_STRINGS = [
  {
    selector:
      'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'untrusted text stays text: no innerHTML / outerHTML assignment',
  },
  {
    selector:
      'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment)$/]',
    message: 'untrusted text stays text: no HTML parsed from strings',
  },
  {
    selector: 'ThrowStatement > ArrayExpression',
    message: 'throw an Error (or a subclass), never an array',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'build/',
      'coverage/',
      'bench/.profiles/',
      'examples/vue/**/*.vue',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { aimskit: houseRules },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-sequences': ['error', { allowInParentheses: false }],
      'no-cond-assign': ['error', 'always'],
      'no-throw-literal': 'error',
      'no-restricted-syntax': ['error', ...HTML_STRINGS],
      'no-restricted-imports': ['error', UNSAFE_DIRECTIVES],
      'aimskit/no-assignment-in-expression': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Shipped code, and the examples integrators copy from.
    files: ['src/**', 'components/**', 'server/**', 'examples/**'],
    rules: {
      'aimskit/descriptive-names': 'error',
      'max-len': [
        'error',
        { code: 100, ignoreUrls: true, ignoreRegExpLiterals: true, ignorePattern: '^import ' },
      ],
    },
  },
  {
    // Data files: content packs and UI strings hold long sentences by nature.
    files: ['src/content/**', '**/messages/**', '**/*messages.ts'],
    rules: { 'max-len': 'off' },
  },
  {
    files: ['src/**'],
    ignores: ['src/store/**'],
    rules: { 'no-restricted-globals': ['error', ...BROWSER_GLOBALS] },
  },
  {
    files: ['src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...UNSAFE_DIRECTIVES.patterns, ...CORE_IMPORTS.patterns, ZOD_IMPORTS] },
      ],
    },
  },
  {
    files: ['src/model/zod.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...UNSAFE_DIRECTIVES.patterns, ...CORE_IMPORTS.patterns] },
      ],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...UNSAFE_DIRECTIVES.patterns,
            ZOD_IMPORTS,
            {
              group: ['**/server', '**/server/**'],
              message: 'components/ must not import server/',
            },
          ],
        },
      ],
    },
  },
  {
    // server/ (Node) imports src/ only: neither the browser parts nor lit.
    files: ['server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...UNSAFE_DIRECTIVES.patterns,
            {
              group: ['**/components', '**/components/**', 'lit', 'lit/*', '@lit/*'],
              message: 'server/ must not import components/ or lit',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['components/**'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['test/**', 'bench/**'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      // Tests build hostile input on purpose (prototype keys, odd values).
      '@typescript-eslint/no-explicit-any': 'off',
      'no-restricted-syntax': 'off',
      // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      'max-len': ['error', LONG_STRINGS_ALLOWED],
    },
  },
  {
    files: ['scripts/**'],
    rules: { 'max-len': ['error', LONG_STRINGS_ALLOWED] },
  },
);
