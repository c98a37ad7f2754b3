import type { Document, LineCounter } from 'yaml';
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { PathKey } from './fieldSchemas.js';

function start(node: unknown, lineCounter: LineCounter): { line: number; column: number } | undefined {
  const range = (node as { range?: readonly number[] } | null)?.range;
  if (range === undefined || range[0] === undefined) return undefined;
  const position = lineCounter.linePos(range[0]);
  return { line: position.line, column: position.col };
}

/**
 * Where a path points in the YAML (or JSON) text: the value at the path, or its key when `atKey`; when the
 * path goes further than the document (a missing key), the deepest mapping or list it reaches.
 * @param document - the parsed document
 * @param lineCounter - the line counter filled while parsing it
 * @param path - keys and indices from the root
 * @param atKey - point at the last key rather than its value
 * @returns 1-based line and column, or undefined when nothing can be placed
 */
export function sourcePosition(
  document: Document,
  lineCounter: LineCounter,
  path: readonly PathKey[],
  atKey = false,
): { line: number; column: number } | undefined {
  let node: unknown = document.contents;
  for (const [index, key] of path.entries()) {
    if (isAlias(node)) node = node.resolve(document);
    if (isMap(node)) {
      const pair = node.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === String(key));
      if (pair === undefined) return start(node, lineCounter);
      if (index === path.length - 1 && atKey) return start(pair.key, lineCounter) ?? start(node, lineCounter);
      if (pair.value === null || pair.value === undefined) return start(pair.key, lineCounter);
      node = pair.value;
    } else if (isSeq(node)) {
      const item: unknown = typeof key === 'number' ? node.items[key] : undefined;
      if (item === undefined || item === null) return start(node, lineCounter);
      node = item;
    } else {
      return start(node, lineCounter);
    }
  }
  if (isAlias(node)) return start(node, lineCounter);
  return start(node, lineCounter);
}
