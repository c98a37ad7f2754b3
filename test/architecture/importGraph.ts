import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** The workspace packages in layer order: a package may import only packages at its own layer or below. */
export const packageLayers: readonly string[] = ['core', 'sim', 'viz'];

/** Export condition that points a workspace package at its TypeScript sources (see packages/*\/package.json). */
const sourceCondition = '@rtsim/source';

/** Import graph of the workspace sources: each file (a path relative to the repository) and the files it imports. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

/**
 * Module specifiers a TypeScript file names: static imports and re-exports (type-only ones included), side-effect
 * imports, dynamic `import()` and type-position `import('…')`. Comments and strings are not read.
 * @param text - the file's source text
 */
export function importSpecifiers(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);
}

/** Every .ts file under a folder, declaration files excepted. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The source file a workspace package's export names, read from its package.json (e.g. `@rtsim/sim/node`). */
function workspaceEntry(root: string, specifier: string): string | undefined {
  const match = /^@rtsim\/([a-z]+)(\/.*)?$/.exec(specifier);
  if (match === null) return undefined;
  const packageFolder = join(root, 'packages', match[1]);
  const manifest = JSON.parse(readFileSync(join(packageFolder, 'package.json'), 'utf8')) as { exports?: Record<string, Record<string, string>> };
  const target = manifest.exports?.[`.${match[2] ?? ''}`]?.[sourceCondition];
  if (target === undefined) throw new Error(`${specifier}: packages/${match[1]}/package.json has no "${sourceCondition}" export`);
  return join(packageFolder, target);
}

/**
 * Reads the import graph of packages/{core,sim,viz}/src. Relative specifiers (`./x.js`, compiled name) resolve to the
 * .ts file beside it; `@rtsim/*` to the package's source entry; third-party packages are left out.
 * @param root - the repository folder
 * @returns paths relative to root, with `/` separators
 */
export function readImportGraph(root: string): ImportGraph {
  const name = (file: string): string => relative(root, file).split(sep).join('/');
  const graph = new Map<string, string[]>();
  for (const layer of packageLayers) {
    for (const file of sourceFiles(join(root, 'packages', layer, 'src'))) {
      const targets: string[] = [];
      for (const specifier of importSpecifiers(readFileSync(file, 'utf8'))) {
        const target = specifier.startsWith('.') ? resolve(dirname(file), specifier.replace(/\.js$/, '.ts')) : workspaceEntry(root, specifier);
        if (target !== undefined) targets.push(name(target));
      }
      graph.set(name(file), targets);
    }
  }
  return graph;
}

/**
 * The import cycles of a graph: its strongly connected components of more than one node, or of one node that
 * imports itself (Tarjan's algorithm), each sorted, in the order found.
 */
export function importCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  // Recursion depth is at most the longest import chain (a few dozen files).
  const visit = (node: string): void => {
    index.set(node, index.size);
    lowLink.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        lowLink.set(node, Math.min(lowLink.get(node)!, lowLink.get(next)!));
      } else if (onStack.has(next)) {
        lowLink.set(node, Math.min(lowLink.get(node)!, index.get(next)!));
      }
    }
    if (lowLink.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

/**
 * The folder a file belongs to for the folder-level check: `packages/sim/src/scenario` for every file under it; a
 * file directly in a package's src (an index or an entry point) stands for itself.
 */
export function moduleFolder(file: string): string {
  const parts = file.split('/');
  return parts.length > 4 ? parts.slice(0, 4).join('/') : file;
}

/** The graph between folders (see {@link moduleFolder}): an edge where some file of one imports a file of another. */
export function folderGraph(graph: ImportGraph): ImportGraph {
  const folders = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = moduleFolder(file);
    const edges = folders.get(from) ?? new Set<string>();
    folders.set(from, edges);
    for (const target of targets) if (moduleFolder(target) !== from) edges.add(moduleFolder(target));
  }
  return new Map([...folders].map(([folder, edges]) => [folder, [...edges]]));
}

/**
 * One shortest cycle through the first member of a cycle (breadth-first within it), each step with an import that
 * makes it: what to look at to break the cycle. Members are files, or folders with `unit` = {@link moduleFolder}.
 * @returns lines `a → b (file → file)`; the last step returns to the first member
 */
export function shortestCycle(graph: ImportGraph, members: readonly string[], unit: (file: string) => string = (file) => file): string[] {
  const inCycle = new Set(members);
  const step = new Map<string, Map<string, string>>(); // member → next member → an import that makes the step
  for (const [file, targets] of graph) {
    for (const target of targets) {
      const from = unit(file);
      const to = unit(target);
      if (!inCycle.has(from) || !inCycle.has(to) || (from === to && file !== target)) continue;
      const next = step.get(from) ?? new Map<string, string>();
      step.set(from, next);
      if (!next.has(to)) next.set(to, `${file} → ${target}`);
    }
  }
  const start = members[0];
  const previous = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length && !previous.has(start); head += 1) {
    const member = queue[head];
    for (const next of step.get(member)?.keys() ?? []) {
      if (previous.has(next)) continue;
      previous.set(next, member);
      queue.push(next);
    }
  }
  const lines: string[] = [];
  let member = start;
  do {
    const before = previous.get(member)!;
    const plain = `${before} → ${member}`;
    const via = step.get(before)!.get(member)!;
    lines.unshift(via === plain ? plain : `${plain} (${via})`);
    member = before;
  } while (member !== start);
  return lines;
}

/** Imports that point up the layers (core → sim or viz, sim → viz) or out of the packages' sources. */
export function layerViolations(graph: ImportGraph): string[] {
  const layer = (file: string): number => (/^packages\/([a-z]+)\/src\//.exec(file) === null ? -1 : packageLayers.indexOf(file.split('/')[1] ?? ''));
  const violations: string[] = [];
  for (const [file, targets] of graph) {
    for (const target of targets) {
      if (layer(target) < 0 || layer(target) > layer(file)) violations.push(`${file} → ${target}`);
    }
  }
  return violations;
}
