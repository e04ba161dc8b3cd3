// Lint: ESLint's and typescript-eslint's recommended rules, and eslint-plugin-astro's for .astro
// files. Formatting is Prettier's (.prettierrc.json), so no style rules here.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'bench-results/', '.astro/', 'node_modules/', 'content/', 'public/', 'tests/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  // Browser code, and the functions the benchmark and the tests hand to the browser to run.
  {
    files: [
      'src/client/**',
      'src/components/**',
      'src/pages/**',
      'src/layouts/**',
      'scripts/bench.mjs',
      'scripts/screenshots.mjs',
      'tests/browser/**',
      'tests/helpers/**',
    ],
    languageOptions: { globals: { ...globals.browser } },
  },
);
