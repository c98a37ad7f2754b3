import { deDestatis2022to2024 } from './deDestatis2022to2024.js';
import type { LifeTable } from './LifeTable.js';
import { usSsa2017 } from './usSsa2017.js';

/**
 * The life tables kept in the repository, by id (a Map, so that an id from a scenario file is never looked up
 * through an object's prototype). Sources and what was verified: packages/core/src/library/lifeTables/README.md.
 */
export const lifeTables: ReadonlyMap<string, LifeTable> = new Map([
  [usSsa2017.id, usSsa2017],
  [deDestatis2022to2024.id, deDestatis2022to2024],
]);

/** The ids of {@link lifeTables}, in the order a message lists them. */
export const lifeTableIds: readonly string[] = Object.freeze([...lifeTables.keys()]);
