import { didYouMean } from './didYouMean.js';
import type { FieldProblem } from './fieldSchemas.js';
import { correlationFactor, minimumCorrelationPivot } from './correlationFactor.js';
import { namedParameterIndices } from './namedParameterIndices.js';
import { isMapping } from './isMapping.js';

const quoted = (text: string): string => `'${text}'`;

/** 'a', 'a' and 'b', 'a', 'b' and 'c'. */
function wordList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const countWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The parameters' paths and labels, when every entry has a text path and, if any, a text label (else undefined). */
function parameterNames(parameters: unknown): { path: string; label?: string }[] | undefined {
  if (!Array.isArray(parameters)) return undefined;
  const named: { path: string; label?: string }[] = [];
  for (const parameter of parameters as unknown[]) {
    if (!isMapping(parameter) || typeof parameter['path'] !== 'string') return undefined;
    const label = parameter['label'];
    if (label !== undefined && typeof label !== 'string') return undefined;
    named.push(label === undefined ? { path: parameter['path'] } : { path: parameter['path'], label });
  }
  return named;
}

/**
 * The checks of `uncertainty.correlations` that need the whole section (the schema checks each entry's shape, and
 * that ρ is finite with |ρ| < 1):
 * - each name in `between` is the path or label of exactly one of `uncertainty.parameters` (an unknown name gets a
 *   "did you mean" hint; a name two parameters share is ambiguous);
 * - the two names are two different parameters;
 * - no pair is correlated twice (in either order);
 * - the correlation matrix of the normal scores is positive definite (correlationFactor), else the message names
 *   the parameters and the entries that cannot hold together.
 * Runs on the section as written, skipping whatever has the wrong shape (the schema reports that), so that its
 * problems are reported together with the schema's (scenarioProblems calls it too). Names are checked only when
 * every parameter has a text path (and label); the matrix only when every entry passes the other checks and every
 * ρ is valid.
 * @param section - the uncertainty section, any value
 * @returns problems with keys relative to the section (`['correlations', 1, 'between', 0]`); empty when fine
 */
export function correlationProblems(section: unknown): FieldProblem[] {
  if (!isMapping(section) || !Array.isArray(section['correlations'])) return [];
  const correlations = section['correlations'] as unknown[];
  const parameters = parameterNames(section['parameters']);
  if (correlations.length === 0 || parameters === undefined) return [];
  const names = parameters.map((p) => p.label ?? p.path);
  const problems: FieldProblem[] = [];
  const resolved: { parameters: [number, number]; rho: number }[] = [];
  const pairs = new Map<string, number>();
  let complete = true;
  correlations.forEach((correlation, c) => {
    const at = ['correlations', c, 'between'];
    const between = isMapping(correlation) ? correlation['between'] : undefined;
    const rho = isMapping(correlation) ? correlation['rho'] : undefined;
    if (!Array.isArray(between) || between.length !== 2 || typeof rho !== 'number' || !(Math.abs(rho) < 1)) complete = false;
    if (!Array.isArray(between) || between.length !== 2) return;
    const indices: number[] = [];
    (between as unknown[]).forEach((name, side) => {
      if (typeof name !== 'string') return;
      const matches = namedParameterIndices(parameters, name);
      if (matches.length === 1) {
        indices.push(matches[0]);
        return;
      }
      if (matches.length === 0) {
        const guess = didYouMean(name, [...new Set([...names, ...parameters.map((p) => p.path)])]);
        const hint = guess === undefined
          ? `; expected the path or label of one of uncertainty.parameters: ${names.map(quoted).join(', ')}`
          : `; did you mean ${quoted(guess)}?`;
        problems.push({ keys: [...at, side], message: `unknown parameter ${quoted(name)} (not the path or label of any of uncertainty.parameters)${hint}` });
        return;
      }
      problems.push({
        keys: [...at, side],
        message: `${quoted(name)} is ambiguous: it is the path or label of ${wordList(matches.map((j) => `uncertainty.parameters[${j}]`))}; give them distinct labels and name one`,
      });
    });
    if (indices.length !== 2) return;
    const [i, j] = indices as [number, number];
    if (i === j) {
      problems.push({ keys: at, message: `pairs ${quoted(names[i])} (uncertainty.parameters[${i}]) with itself: a correlation needs two different parameters` });
      return;
    }
    const key = `${Math.min(i, j)},${Math.max(i, j)}`;
    const earlier = pairs.get(key);
    if (earlier !== undefined) {
      problems.push({
        keys: at,
        message: `correlates ${quoted(names[i])} and ${quoted(names[j])} again (uncertainty.correlations[${earlier}] already does): give each pair once`,
      });
      return;
    }
    pairs.set(key, c);
    resolved.push({ parameters: [i, j], rho: rho as number });
  });
  // The matrix needs every entry whole: two distinct known parameters and a ρ in (−1, 1).
  if (problems.length > 0 || !complete || resolved.length !== correlations.length) return problems;
  const factor = correlationFactor(parameters.length, resolved);
  if (!factor.ok) {
    const count = factor.parameters.length;
    const who = wordList(factor.parameters.map((j) => quoted(names[j])));
    const entries = wordList(factor.correlations.map((c) => `[${c}]`));
    problems.push({
      keys: ['correlations'],
      message:
        `the correlations between ${who} (uncertainty.correlations${entries}) make a correlation matrix that is not positive definite: ` +
        `no ${countWords[count] ?? count} normal scores can have these pairwise correlations together ` +
        `(a Cholesky pivot, the variance a score keeps given the others, is not above ${minimumCorrelationPivot}). Weaken them or make them consistent`,
    });
  }
  return problems;
}
