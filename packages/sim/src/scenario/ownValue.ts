/**
 * The value a record holds under a key as its own property, never one inherited from `Object.prototype`: a
 * lookup keyed by text from a file or a command line (`toString`, `constructor`, `valueOf` are names too).
 * @param record - the record, or undefined
 * @param key - the key, typically user text
 * @returns `record[key]` when `key` is an own property of `record`, else undefined
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
