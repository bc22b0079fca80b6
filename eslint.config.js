// One lint config for the whole package. The layer rules below keep the picture in
// docs/architecture.md true: src/core is pure (no I/O, no clock, no randomness) and
// imports nothing from the shells around it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ioModules = [
  'fs',
  'fs/promises',
  'path',
  'os',
  'net',
  'http',
  'https',
  'http2',
  'child_process',
  'worker_threads',
  'readline',
  'stream',
  'zlib',
  'dns',
  'tls',
  'dgram',
  'process',
  'cluster',
  'module',
  'vm',
];

const coreForbiddenImports = [
  ...ioModules.flatMap((name) => [name, `node:${name}`]),
  'better-sqlite3',
  'pg',
  'kysely',
  'sharp',
  'yauzl',
  'hono',
  '@hono/node-server',
  'commander',
  'cli-progress',
  'env-paths',
  'smol-toml',
  'eld',
  'eld/*',
  '@vladmandic/human',
  '@tensorflow/*',
  'nsfwjs',
  '@electric-sql/pglite',
];

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-output/**', 'web/dist/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        Buffer: 'readonly',
        structuredClone: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-empty': ['error', { allowEmptyCatch: false }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The functional core: no I/O, no clock, no randomness, no shells.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: coreForbiddenImports
            .filter((name) => !name.endsWith('/*'))
            .map((name) => ({
              name,
              message: 'src/core is pure: do I/O in a shell and pass data in.',
            })),
          patterns: [
            { group: ['eld/*', '@tensorflow/*'], message: 'src/core is pure: pass a detector in.' },
            {
              group: [
                '**/store/**',
                '**/cli/**',
                '**/server/**',
                '**/vision/**',
                '**/config/**',
                '**/import/**',
                '**/language-detector/**',
                '**/use-cases/**',
                '**/input/**',
                '**/web/**',
              ],
              message: 'src/core imports nothing from the shells (see docs/architecture.md).',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'src/core has no clock: take `now` as a parameter.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'src/core has no clock: take `now` as a parameter.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'src/core is deterministic: pass randomness in.',
        },
        {
          selector: "MemberExpression[object.name='process']",
          message: 'src/core does not read the process: the shell passes what it needs.',
        },
      ],
    },
  },
  {
    // The web app talks HTTP; of the rest it may import only the pure core (live note linting,
    // live triage), so nothing of Node ever lands in the browser bundle.
    files: ['web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: coreForbiddenImports
            .filter((name) => !name.endsWith('/*'))
            .map((name) => ({
              name,
              message: 'The web app runs in the browser: no Node modules.',
            })),
          patterns: [
            {
              group: [
                '**/src/store/**',
                '**/src/cli/**',
                '**/src/server/**',
                '**/src/vision/**',
                '**/src/config/**',
                '**/src/import/**',
                '**/src/language-detector/**',
                '**/src/use-cases/**',
                '**/src/input/**',
              ],
              message: 'The web app talks HTTP and imports only src/core (docs/architecture.md).',
            },
          ],
        },
      ],
    },
  },
  {
    // The store may use core, never the front ends.
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/cli/**', '**/server/**', '**/web/**'],
              message: 'The store does not know its front ends (see docs/architecture.md).',
            },
          ],
        },
      ],
    },
  },
);
