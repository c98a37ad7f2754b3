import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { assemblyScriptProcessor } from './eslint/assemblyScriptProcessor.js';

// Math's elementary functions are "implementation-approximated": Node 20 and Chromium 156 differ in the last bit for
// about 1 in 10 arguments of Math.exp. Results must be byte-identical on every platform, so core and sim use core's
// portable functions (packages/core/src/portable) instead. Math.sqrt, abs, floor, round, trunc, min, max are exact.
const exportAll = { selector: 'ExportAllDeclaration', message: 'List every public name explicitly: no export *.' };
// `a ** b` is Math.pow under another name; only squares, powers of two and BigInt powers are exact on every engine.
const inexactPower = [
  {
    selector: "BinaryExpression[operator='**']:not([right.value=2]):not([left.value=2]):not([left.bigint])",
    message: "x ** y rounds differently on different engines: use core's portablePow (squares and powers of 2 are exact).",
  },
  { selector: "AssignmentExpression[operator='**=']", message: "x **= y rounds differently on different engines: use core's portablePow." },
];
// A spread call passes each element as an argument on the stack: Math.max(...values) throws a RangeError (maximum
// call stack size exceeded) once values has some 10⁵ elements, which a results table can reach. Reduce instead.
const spreadArguments = [
  { selector: "CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min)$/] > SpreadElement", message: 'Math.max(...values) overflows the stack for long arrays: use values.reduce((m, v) => Math.max(m, v), start).' },
  { selector: "CallExpression[callee.property.name=/^(push|unshift)$/] > SpreadElement", message: 'push(...items) overflows the stack for long arrays: push in a loop.' },
];
const inexactMath = ['exp', 'expm1', 'log', 'log1p', 'log2', 'log10', 'pow', 'cbrt', 'hypot', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh'].map((property) => ({
  object: 'Math',
  property,
  message: `Math.${property} rounds differently on different engines: use core's portable functions (docs/determinism.md).`,
}));
// The same in the AssemblyScript kernel, where the fix is its port of core's function (assembly/portableMath.ts).
const kernelMath = inexactMath.map(({ object, property }) => ({
  object,
  property,
  message: `Math.${property} is AssemblyScript's own, not core's portable function: the kernel would lose the TypeScript engine's bits (port it to assembly/portableMath.ts).`,
}));
const kernelPower = inexactPower.map(({ selector }) => ({ selector, message: "x ** y is AssemblyScript's Math.pow, not core's portablePow: the kernel would lose the TypeScript engine's bits." }));

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'bench/results/**', '**/*.d.ts', 'packages/sim/assembly/generated/**', '**/*.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-restricted-syntax': ['error', exportAll],
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
        { patterns: [{ group: ['node:*', 'fs', 'path', 'worker_threads', 'comlink', '@rtsim/sim', '@rtsim/viz', 'd3-*'], message: 'packages/core is pure: no I/O, randomness, workers or DOM.' }] },
      ],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'core takes no randomness.' }, ...inexactMath],
      'no-restricted-syntax': ['error', exportAll, ...inexactPower, ...spreadArguments],
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
      'no-restricted-syntax': ['error', exportAll, ...inexactPower, ...spreadArguments],
    },
  },
  {
    // Chart layout (axis ticks and exponents) is presentation, not a result: Math's functions are allowed there.
    files: ['packages/sim/src/report/**/*.ts', 'packages/sim/src/charts/**/*.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'randomness is seeded: use the block generator.' }],
      'no-restricted-syntax': ['error', exportAll, ...spreadArguments],
    },
  },
  {
    // The block kernel, AssemblyScript (eslint/assemblyScriptProcessor.js): the syntax rules above, not the type-aware
    // ones below, which only the files of a tsconfig can have. It must give the bits of the TypeScript engine, whose
    // elementary functions are core's portable ones: AssemblyScript's Math.exp, Math.pow (and so `**`) are its own
    // implementations, which round otherwise. Spreads and DOM globals do not exist in AssemblyScript.
    files: ['packages/sim/assembly/**/*.ts'],
    processor: assemblyScriptProcessor,
    rules: {
      // asc refuses `import type` (a parse error): a class imported for its type only is imported as a value.
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'the kernel takes no randomness but its Philox streams.' }, ...kernelMath],
      'no-restricted-syntax': ['error', exportAll, ...kernelPower],
    },
  },
  {
    files: ['packages/viz/src/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', exportAll, ...spreadArguments] },
  },
  {
    // Rules that need the type checker: each file is read with the tsconfig.json nearest to it (projectService).
    // An assertion that restates the type an expression already has hides the next real type change; a promise
    // nobody awaits loses its rejection (a failed write, a crashed worker) and lets the command end too early.
    files: ['packages/core/src/**/*.ts', 'packages/sim/src/**/*.ts', 'packages/viz/src/**/*.ts', 'test/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
);
