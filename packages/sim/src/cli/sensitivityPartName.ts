/**
 * The file name of shard K of N of `rtsim sensitivity --shard`: `sensitivity-partial-K-of-N.json`, apart from the
 * `partial-K-of-N.json` of `rtsim run --shard`, so that both kinds of part can share one output directory.
 * @param index - K, from 1
 * @param count - N
 * @returns the file name
 */
export function sensitivityPartName(index: number, count: number): string {
  return `sensitivity-partial-${index}-of-${count}.json`;
}
