import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, test } from 'vitest';
// The built entry, as the other tests of the command line import it (its sources need Node's types, not the DOM's).
import * as simNode from '../../packages/sim/dist/node.js';

// The public entry @rtsim/sim/node (docs/architecture.md), written out by hand as publicApi.test.ts does for the
// browser-safe index: what a Node user needs beside @rtsim/sim (the command line in-process, worker threads, the
// version results record, and the shard files the command line reads and writes). The commands, their tables and
// help texts are internal: a name added to src/node.ts fails here until it is added on purpose.

/** The values (functions, constants) the Node entry exports, sorted. */
const publicNodeValues = ['exitCodes', 'main', 'nodeSpawn', 'parseShardFile', 'parseUncertaintyShardFile', 'partialFile', 'rtsimVersion', 'writeFilesAtomically'];

/** The types the Node entry exports (type-only), sorted. */
const publicNodeTypes = ['CliIo', 'CliStream', 'OutputFile', 'ParsedShard', 'ShardField', 'ShardFile', 'UncertaintyShardFile'];

/** Every name packages/sim/src/node.ts exports, values and types alike, as the TypeScript compiler reads it. */
function nodeEntryExports(): string[] {
  const entry = fileURLToPath(new URL('../../packages/sim/src/node.ts', import.meta.url));
  const program = ts.createProgram([entry], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true, types: ['node'] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (module === undefined) throw new Error(`the compiler found no module in ${entry}`);
  return checker.getExportsOfModule(module).map((exported) => exported.name);
}

test('@rtsim/sim/node exports exactly main, nodeSpawn, rtsimVersion, exitCodes and the shard and output file helpers', () => {
  expect(Object.keys(simNode).sort()).toEqual(publicNodeValues);
});

test('@rtsim/sim/node exports exactly the public types besides them', () => {
  expect(nodeEntryExports().filter((name) => !publicNodeValues.includes(name)).sort()).toEqual(publicNodeTypes);
});
