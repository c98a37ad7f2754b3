import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Math's elementary functions are "implementation-approximated": Node 20 and Chromium 156 differ in the last bit for
// about 1 in 10 arguments of Math.exp. Results must be byte-identical on every platform, so core and sim use core's
// portable functions (packages/core/src/portable) instead. Math.sqrt, abs, floor, round, trunc, min, max are exact.
const inexactMath = ['exp', 'expm1', 'log', 'log1p', 'log2', 'log10', 'pow', 'cbrt', 'hypot', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh'].map((property) => ({
  object: 'Math',
  property,
  message: `Math.${property} rounds differently on different engines: use core's portable functions (docs/determinism.md).`,
}));

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'bench/results/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'List every public name explicitly: no export *.' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // core is pure math: no randomness, no I/O, no workers, no DOM, and it never imports sim or viz.
    files: ['packages/core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', 'fs', 'path', 'worker_threads', 'seedrandom', 'comlink', '@rtsim/sim', '@rtsim/viz', 'd3-*'], message: 'packages/core is pure: no I/O, randomness, workers or DOM.' }] },
      ],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'core takes no randomness.' }, ...inexactMath],
      'no-restricted-globals': ['error', 'document', 'window', 'Worker', 'fetch'],
    },
  },
  {
    // sim never reaches into the browser, and never imports viz.
    files: ['packages/sim/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@rtsim/viz', 'd3-selection'], message: 'sim knows nothing of the DOM or the viewer.' }] }],
      'no-restricted-globals': ['error', 'document', 'window'],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'randomness is seeded: use the block generator.' }, ...inexactMath],
    },
  },
  {
    // Chart layout (axis ticks and exponents) is presentation, not a result: Math's functions are allowed there.
    files: ['packages/sim/src/report/**/*.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'randomness is seeded: use the block generator.' }],
    },
  },
);
