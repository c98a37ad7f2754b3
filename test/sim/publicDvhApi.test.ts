import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, test } from 'vitest';
import * as simDvh from '@rtsim/sim/dvh';
import { importSpecifiers, readImportGraph } from '../architecture/importGraph.js';

// The public entry @rtsim/sim/dvh (docs/architecture.md), written out by hand as publicApi.test.ts does for the
// index: the DVH file reader and the metrics of `rtsim dvh`, for a page that opens a DVH file (the explorer).

/** The values the DVH entry exports, sorted. */
const publicDvhValues = ['dvhMetrics', 'maxDvhFileBytes', 'parseDvhFile'];

/** The types the DVH entry exports (type-only), sorted. */
const publicDvhTypes = ['DvhFormat', 'DvhIssue', 'DvhMetrics', 'DvhParseResult', 'DvhStructure'];

const root = fileURLToPath(new URL('../..', import.meta.url));
const entry = 'packages/sim/src/dvh.ts';

/** Every name packages/sim/src/dvh.ts exports, values and types alike, as the TypeScript compiler reads it. */
function dvhEntryExports(): string[] {
  const path = `${root}${entry}`;
  const program = ts.createProgram([path], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(path);
  const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (module === undefined) throw new Error(`the compiler found no module in ${path}`);
  return checker.getExportsOfModule(module).map((exported) => exported.name);
}

test('@rtsim/sim/dvh exports exactly parseDvhFile, dvhMetrics and maxDvhFileBytes', () => {
  expect(Object.keys(simDvh).sort()).toEqual(publicDvhValues);
});

test('@rtsim/sim/dvh exports exactly the DVH types besides them', () => {
  expect(dvhEntryExports().filter((name) => !publicDvhValues.includes(name)).sort()).toEqual(publicDvhTypes);
});

test('@rtsim/sim/dvh is browser-safe: no file it reaches imports a Node built-in', () => {
  const graph = readImportGraph(root);
  const reached = new Set([entry]);
  for (const file of reached) for (const target of graph.get(file) ?? []) reached.add(target);
  const builtins = new Set(builtinModules);
  const nodeImports = [...reached].flatMap((file) => importSpecifiers(readFileSync(`${root}${file}`, 'utf8'))
    .filter((specifier) => specifier.startsWith('node:') || builtins.has(specifier))
    .map((specifier) => `${file} → ${specifier}`));
  // Not vacuous: the entry reaches the three format readers and core.
  expect(reached).toContain('packages/sim/src/dvh/parseDicomDvh.ts');
  expect(reached).toContain('packages/sim/src/dvh/parseEclipseDvh.ts');
  expect(nodeImports).toEqual([]);
});
