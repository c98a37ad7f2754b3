import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { folderGraph, importCycles, importSpecifiers, layerViolations, moduleFolder, readImportGraph, shortestCycle } from './importGraph.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const graph = readImportGraph(root);

/** A cycle as the message shows it: its size, then one shortest loop through it with the imports that make it. */
const described = (members: readonly string[], unit?: (file: string) => string): string =>
  [`${members.length} in a cycle, among them:`, ...shortestCycle(graph, members, unit).map((step) => `  ${step}`)].join('\n');

describe('importSpecifiers(text)', () => {
  it('names type-only imports, re-exports, side-effect imports and import() in types and code', () => {
    const text = [
      "import type { A } from './a.js';",
      "export type { B } from './b.js';",
      "export { C } from './c.js';",
      "import './d.js';",
      "let e: import('./e.js').E;",
      "const f = await import('./f.js');",
      "// import { G } from './g.js';",
      "const h = `import { H } from './h.js'`;",
    ].join('\n');
    expect(importSpecifiers(text)).toEqual(['./a.js', './b.js', './c.js', './d.js', './e.js', './f.js']);
  });
});

describe('importCycles(graph)', () => {
  it('finds a cycle of any length and a file that imports itself, and nothing in a tree', () => {
    const cyclic = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(importCycles(cyclic)).toEqual([['a', 'b', 'c'], ['e']]);
    expect(importCycles(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]]))).toEqual([]);
  });

  it('folderGraph joins the files of a folder, so two folders importing each other form a cycle', () => {
    const files = new Map([
      ['packages/sim/src/scenario/a.ts', ['packages/sim/src/uncertainty/b.ts']],
      ['packages/sim/src/uncertainty/b.ts', []],
      ['packages/sim/src/uncertainty/c.ts', ['packages/sim/src/scenario/d.ts']],
      ['packages/sim/src/scenario/d.ts', []],
    ]);
    expect(importCycles(files)).toEqual([]);
    expect(importCycles(folderGraph(files))).toEqual([['packages/sim/src/scenario', 'packages/sim/src/uncertainty']]);
  });
});

describe('the workspace sources (packages/{core,sim,viz}/src)', () => {
  it('every import resolves to a source file the graph holds', () => {
    const unresolved = [...graph].flatMap(([file, targets]) => targets.filter((target) => !graph.has(target)).map((target) => `${file} → ${target}`));
    expect(unresolved).toEqual([]);
    expect(graph.get('packages/viz/src/main.ts')).toContain('packages/viz/src/runner/runnerView.ts');
  });

  it('have no import cycle between files, type-only imports included', () => {
    expect(importCycles(graph).map((members) => described(members))).toEqual([]);
  });

  it('have no import cycle between the folders of a package (scenario/ → cohort/ → … never back)', () => {
    expect(importCycles(folderGraph(graph)).map((members) => described(members, moduleFolder))).toEqual([]);
  });

  it('import down the layers only: core nothing of sim or viz, sim nothing of viz', () => {
    expect(layerViolations(graph)).toEqual([]);
  });
});
