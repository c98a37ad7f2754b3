import { isMapping } from './isMapping.js';

/**
 * The marker names a scenario mentions, in order of first mention: keys of `cohort.markers`, then of each
 * subtype's `override.markers` or `parameters.markers`, then each arm modifier's `marker`. Reads the raw value
 * (skipping whatever has the wrong shape), so the cross-field checks can use it before the schema passes.
 * @param value - a scenario as parsed from YAML/JSON, any value
 * @returns the names, without duplicates
 */
export function scenarioMarkers(value: unknown): string[] {
  const names = new Set<string>();
  const addKeys = (markers: unknown): void => {
    if (isMapping(markers)) for (const name of Object.keys(markers)) names.add(name);
  };
  if (!isMapping(value)) return [];
  const cohort = value['cohort'];
  if (isMapping(cohort)) {
    addKeys(cohort['markers']);
    const subtypes = cohort['subtypes'];
    if (Array.isArray(subtypes)) {
      for (const subtype of subtypes as unknown[]) {
        if (!isMapping(subtype)) continue;
        const own = subtype['override'] ?? subtype['parameters'];
        if (isMapping(own)) addKeys(own['markers']);
      }
    }
  }
  const arms = value['arms'];
  if (Array.isArray(arms)) {
    for (const arm of arms as unknown[]) {
      const modifiers = isMapping(arm) ? arm['modifiers'] : undefined;
      if (!Array.isArray(modifiers)) continue;
      for (const modifier of modifiers as unknown[]) {
        if (isMapping(modifier) && typeof modifier['marker'] === 'string') names.add(modifier['marker']);
      }
    }
  }
  return [...names];
}
