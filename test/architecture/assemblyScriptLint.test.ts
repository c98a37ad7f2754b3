import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** `line:column rule` of each message ESLint gives TEXT as if it were the file at PATH (relative to the root). */
async function lint(text: string, path: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: `${root}${path}` });
  return (result?.messages ?? []).map((message) => `${message.line}:${message.column} ${message.ruleId ?? message.message}`);
}

// The kernel's AssemblyScript decorates functions, which TypeScript's grammar refuses (eslint/assemblyScriptProcessor.js).
const kernelLike = [
  '@inline function f(at: usize): f64 {',
  '  let x = load<f64>(at);',
  '  return x;',
  '}',
  '  @inline export function g(): i32 {',
  '  return <i32>f(0);',
  '}',
  '@external("env", "trace") declare function trace(x: f64): void;',
  '@lazy const table: StaticArray<f64> = [1, 2];',
  'export function h(): void { trace(table[0] + <f64>g()); }',
  '',
].join('\n');
// What would cost the kernel the TypeScript engine's bits: AssemblyScript's own elementary functions.
const ownMath = ['export function e(x: f64): f64 {', '  return Math.exp(x) + x ** 0.5 + x ** 2 + Math.floor(x);', '}', ''].join('\n');

describe('pnpm lint on the AssemblyScript kernel (packages/sim/assembly)', () => {
  it('parses past top-level decorators and reports the syntax rules at the line and column of the file as written', async () => {
    expect(await lint(kernelLike, 'packages/sim/assembly/probe.ts')).toEqual(['2:7 prefer-const']);
  });

  it("refuses AssemblyScript's Math.exp and non-square powers, which are not core's portable functions", async () => {
    expect(await lint(ownMath, 'packages/sim/assembly/probe.ts')).toEqual(['2:10 no-restricted-properties', '2:24 no-restricted-syntax']);
  });

  it('asks for no `import type`, which asc cannot parse', async () => {
    const typeOnly = ["import { Record } from './record';", 'export function g(r: Record): i32 {', '  return r.count;', '}', ''].join('\n');
    expect(await lint(typeOnly, 'packages/sim/assembly/probe.ts')).toEqual([]);
    expect(await lint(typeOnly, 'scripts/probe.ts')).toEqual(['1:1 @typescript-eslint/consistent-type-imports']);
  });

  it('blanks decorators for the kernel only: elsewhere the same text is a parse error', async () => {
    expect(await lint(kernelLike, 'scripts/probe.ts')).toEqual([expect.stringMatching(/^1:\d+ Parsing error: Decorators are not valid here/)]);
  });
});
