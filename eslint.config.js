// ESLint with type-aware rules for TypeScript and Astro files. `npm run lint` must report nothing.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * Import rules per layer, so the tree keeps its shape: `src/lib` and `src/schemas` are pure and run
 * in Node scripts, unit tests and the browser alike; `src/client` is bundled for the browser.
 * Patterns match the import as written (relative paths included).
 */
const pureLayer = [
  {
    regex: '^astro:',
    message: 'src/lib and src/schemas take entries as arguments; only src/content/ reads astro:*.',
  },
  { regex: '\\.astro$', message: 'src/lib and src/schemas never import components: pages and components import lib.' },
  {
    regex: '(^|/)(components|layouts|routes|integration|render|content|site|cli)/',
    message: 'src/lib and src/schemas sit below the Astro layers: they take settings and entries as arguments.',
  },
  { regex: '(^|/)client/', message: 'src/lib never imports browser code; browser code imports lib.' },
  {
    regex: '(^|/)(env|settings|options)\\.ts$',
    message: 'src/lib and src/schemas read no settings: callers pass them.',
  },
];
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_')).join('|');
const browserLayer = [
  { regex: `^(node:|(${nodeBuiltins})(/|$))`, message: 'src/client runs in the browser: no Node modules.' },
  { regex: '^astro([:/]|$)', message: 'src/client runs in the browser: Astro and its modules are build-time only.' },
  {
    regex: '^(@astrojs/|pagefind$|sanitize-html$|js-yaml$|yaml$)',
    message: 'src/client runs in the browser: this package is for the build.',
  },
  {
    regex: '\\.astro$|(^|/)(components|layouts|routes|integration|render|cli)/',
    message: 'src/client never imports the Astro layers.',
  },
  {
    regex: '(^|\\.\\./)(content|site|i18n)/|(^|/)(content\\.config|env|settings|options)\\.ts$',
    message: 'src/client never imports build-time modules; the page passes what it needs as data.',
  },
  {
    regex: '(^|/)lib/(check|feeds)/|(^|/)lib/search/meta\\.ts$',
    message:
      'src/client never imports the content check, the feeds or search records; shared keys live in lib/search/keys.ts.',
  },
  { regex: '(^|/)schemas/|^zod$', message: 'src/client carries no schema code: take types from src/lib instead.' },
];

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist.*/',
      '**/.astro/',
      '.test-*/',
      '.bench/',
      'test-results/',
      // A site's own files, written by assay init; a site type-checks them against the installed package.
      'template/',
      'playwright-report/',
      'tests/fixtures/.tmp-*/',
      'node_modules/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
  },
  {
    files: ['**/*.astro'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.astro'], project: true, projectService: false },
    },
    rules: {
      // The Astro parser cannot give template expressions (JSX in .map) a type, so these rules see
      // "error" types everywhere in templates; `astro check` type-checks the templates instead.
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['src/lib/**/*.ts', 'src/schemas/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: pureLayer }] },
  },
  {
    files: ['src/client/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: browserLayer }] },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
