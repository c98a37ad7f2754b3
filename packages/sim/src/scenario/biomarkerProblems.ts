import type { Distribution } from '@rtsim/core';
import { distributionSupport, librarySubtype, portableExp } from '@rtsim/core';
import { unknownSubtypeKeyProblems } from './unknownSubtypeKeyProblems.js';
import type { PathKey } from './fieldSchemas.js';
import type { PathIssue } from './schemaIssues.js';
import { scenarioMarkers } from './scenarioMarkers.js';
import { ownValue } from './ownValue.js';
import { streamNameCollision } from '../random/streamNameCollision.js';
import { isMapping } from './isMapping.js';

const has = (value: Record<string, unknown> | undefined, key: string): boolean =>
  value !== undefined && Object.hasOwn(value, key) && value[key] !== undefined;

/** Largest RSI that gives α ≥ 0 with β = 0.05 Gy⁻²: e^{−4β} (α = −ln(RSI)/2 − 2β). */
const rsiLimit = portableExp(-4 * 0.05);

function upperSupport(value: unknown): number {
  try {
    return distributionSupport(value as Distribution)[1];
  } catch {
    return Number.NaN;
  }
}

/**
 * The cross-field checks of biomarker inputs, on the raw scenario value (skipping what has the wrong shape):
 * - alpha and rsi at the same level (cohort, or one subtype's own parameters): only one may decide α;
 * - an rsi that decides α with β = 0.05 Gy⁻² (no alphaBeta in the file) must stay ≤ e^{−0.2} ≈ 0.8187, else α < 0;
 * - every marker the scenario names has a prevalence for every subtype (its own level, the cohort level or the
 *   library's antigens);
 * - `responseBySubtype` of a modifier names subtypes of the cohort;
 * - a schedule gives dose or gardTarget, not both;
 * - no two markers, and no two agents with a log-kill, share a random stream id (streamNameCollision).
 * @param value - the parsed file, any value
 * @param subtypeIds - the ids of the cohort's subtypes (as results will name them)
 * @returns the problems, each at a path
 */
export function biomarkerProblems(value: unknown, subtypeIds: readonly string[]): PathIssue[] {
  if (!isMapping(value) || !isMapping(value['cohort'])) return [];
  const cohort = value['cohort'];
  const subtypes: unknown[] = Array.isArray(cohort['subtypes']) ? (cohort['subtypes'] as unknown[]) : [];
  const issues: PathIssue[] = [];
  const both = (level: Record<string, unknown> | undefined, at: PathKey[]): void => {
    if (has(level, 'alpha') && has(level, 'rsi')) {
      issues.push({ path: [...at, 'rsi'], message: 'give alpha or rsi at one level, not both (with rsi, α is derived from it per patient)' });
    }
  };
  both(cohort, ['cohort']);
  const markers = scenarioMarkers(value);
  subtypes.forEach((subtype, index) => {
    if (!isMapping(subtype)) return;
    const at: PathKey[] = ['cohort', 'subtypes', index];
    const ownKey = has(subtype, 'ref') ? 'override' : 'parameters';
    const own = isMapping(subtype[ownKey]) ? subtype[ownKey] : undefined;
    both(own, [...at, ownKey]);
    const decidingRsi = has(own, 'alpha') || has(own, 'rsi') ? (has(own, 'rsi') ? [...at, ownKey, 'rsi'] : undefined) : has(cohort, 'rsi') && !has(cohort, 'alpha') ? ['cohort', 'rsi'] : undefined;
    if (decidingRsi !== undefined && !has(own, 'alphaBeta') && !has(cohort, 'alphaBeta')) {
      const rsi = decidingRsi.length === 2 ? cohort['rsi'] : own?.['rsi'];
      const upper = upperSupport(rsi);
      if (upper > rsiLimit && upper <= 1) { // above 1 the schema's range check speaks
        issues.push({
          path: decidingRsi,
          message: `with β = 0.05 Gy⁻² (no alphaBeta in the file) an RSI above e^(−0.2) = ${rsiLimit.toFixed(4)} gives α < 0, but this one reaches ${upper}: cap it (max: 0.8187) or give alphaBeta`,
        });
      }
    }
    const library = typeof subtype['ref'] === 'string' ? librarySubtype(subtype['ref']) : undefined;
    const ownMarkers = isMapping(own?.['markers']) ? own['markers'] : undefined;
    const cohortMarkers = isMapping(cohort['markers']) ? cohort['markers'] : undefined;
    for (const marker of markers) {
      if (has(ownMarkers, marker) || has(cohortMarkers, marker) || ownValue(library?.antigens, marker) !== undefined) continue;
      const known = Object.keys(library?.antigens ?? {});
      const hint = known.length === 0 ? '' : ` (the library knows ${known.join(', ')} for this subtype)`;
      issues.push({
        path: at,
        message: `no prevalence for marker '${marker}': give ${ownKey}.markers.${marker} here or cohort.markers.${marker} (0 if this subtype never carries it)${hint}`,
      });
    }
  });
  const markerCollision = streamNameCollision('marker', markers);
  if (markerCollision !== undefined) issues.push({ path: ['cohort', 'markers'], message: markerCollision.message });
  const arms = Array.isArray(value['arms']) ? (value['arms'] as unknown[]) : [];
  for (const issue of agentCollisionProblems(arms)) issues.push(issue);
  arms.forEach((arm, a) => {
    const course = isMapping(arm) && isMapping(arm['schedule']) ? arm['schedule'] : undefined;
    if (has(course, 'dose') && has(course, 'gardTarget')) {
      issues.push({ path: ['arms', a, 'schedule', 'gardTarget'], message: 'give dose or gardTarget, not both: with gardTarget the dose per fraction is solved per patient' });
    }
    const modifiers = isMapping(arm) && Array.isArray(arm['modifiers']) ? (arm['modifiers'] as unknown[]) : [];
    modifiers.forEach((modifier, j) => {
      const bySubtype = isMapping(modifier) ? modifier['responseBySubtype'] : undefined;
      for (const issue of unknownSubtypeKeyProblems(bySubtype, ['arms', a, 'modifiers', j, 'responseBySubtype'], subtypeIds)) issues.push(issue);
    });
  });
  return issues;
}

/**
 * Two agents with a log-kill (each draws its responses from a stream named by its agent) whose stream ids coincide,
 * reported at the second agent's modifier; none when every agent has its own id.
 */
function agentCollisionProblems(arms: readonly unknown[]): PathIssue[] {
  const agents: string[] = [];
  const places = new Map<string, PathKey[]>();
  arms.forEach((arm, a) => {
    const modifiers = isMapping(arm) && Array.isArray(arm['modifiers']) ? (arm['modifiers'] as unknown[]) : [];
    modifiers.forEach((modifier, j) => {
      if (!isMapping(modifier) || typeof modifier['agent'] !== 'string' || !(Number(modifier['logKill']) > 0)) return;
      if (!places.has(modifier['agent'])) places.set(modifier['agent'], ['arms', a, 'modifiers', j, 'agent']);
      agents.push(modifier['agent']);
    });
  });
  const collision = streamNameCollision('response', agents);
  return collision === undefined ? [] : [{ path: places.get(collision.second) ?? ['arms'], message: collision.message }];
}
