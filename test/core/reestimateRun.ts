// What the Python reference writes for a pre-registered re-estimation of the local-control model
// (scripts/reference/local_control_model.py --reestimate [--revision 3] --out), and the checks that the two
// re-estimation tests (localControlReestimate, localControlRevision3Reestimate) share: the starts table, the per-role
// table and the predicted rows, each compared with the doc section that reports the run.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { binomialDeviance } from '../../packages/sim/src/calibration/binomialDeviance.js';
import type { EvidenceSeriesInput } from '../../packages/sim/src/calibration/EvidenceInput.js';
import { evidenceTerms } from '../../packages/sim/src/calibration/evidenceTerms.js';
import { readScenarioText } from '../../packages/sim/src/scenario/readScenarioText.js';

/** (inside, terms, too many events, too few, summed binomial deviance) of one role, as the script writes it. */
export type Summary = [number, number, number, number, number];

export interface ReestimateRow {
  series: string;
  stratum: string;
  observation: string;
  role: string;
  events: number;
  n: number;
  predicted: number;
  inside: boolean;
  revision2: { predicted: number; inside: boolean };
}

export interface ReestimateRun {
  revision?: number;
  reestimate: string[];
  /** True for the re-estimation with a spread between series (`--overdispersed`), whose deviance is not binomial. */
  overdispersed?: boolean;
  /** With `overdispersed`: the binomial deviance of the estimate on the fitted terms. */
  binomialDeviance?: number;
  starts: { start?: number[]; deviance: number; estimate: number[] }[];
  deviance: number;
  parameters: Record<string, number>;
  marginLogOdds: Record<string, number>;
  summary: Record<string, { reestimate: Summary; revision2: Summary }>;
  adopted: boolean;
  predictions: ReestimateRow[];
}

/** A repository file's text, by its path from the root. */
export const readRepoFile = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

export const readReestimate = (fixture: string): ReestimateRun => JSON.parse(readRepoFile(`test/fixtures/${fixture}`)) as ReestimateRun;

/** One role's summaries (re-estimate and revision 2), or an error naming the missing role. */
export function roleSummary(run: ReestimateRun, name: string): { reestimate: Summary; revision2: Summary } {
  const found = run.summary[name];
  if (found === undefined) throw new Error(`no role ${name} in the fixture`);
  return found;
}

/** A number as the docs print it: fixed decimals and a real minus sign. */
export const signed = (value: number, digits = 3): string => value.toFixed(digits).replace('-', '−');

const summaryText = ([inside, terms, many, few, deviance]: Summary): string => `${inside}/${terms} (${many}, ${few}); ${deviance.toFixed(2)}`;

/** The section's starts table (`| 1: … | deviance |`) lists every start's deviance, in order, and the estimate is the best. */
export function expectStartsTable(section: string, run: ReestimateRun): void {
  expect(run.deviance).toBe(Math.min(...run.starts.map((s) => s.deviance)));
  const rows = section.split('\n').filter((l) => /^\| \d: /.test(l));
  expect(rows.map((l) => l.replaceAll('*', '').split(' | ')[1])).toEqual(run.starts.map((s) => `${s.deviance.toFixed(3)} |`));
}

/** The section's per-role table is the fixture's summary, both columns, for fit and holdout-1 to -3. */
export function expectRoleTable(section: string, run: ReestimateRun): void {
  for (const [name, label] of [['fit', 'fit'], ['holdout', 'holdout-1'], ['holdout-2', 'holdout-2'], ['holdout-3', 'holdout-3']] as const) {
    const { reestimate, revision2 } = roleSummary(run, name);
    const line = section.split('\n').find((l) => l.replaceAll('*', '').startsWith(`| ${label} (`));
    expect(line?.replaceAll('*', '')).toContain(`| ${summaryText(reestimate)} | ${summaryText(revision2)} |`);
  }
}

/** The run predicted the 99 terms of fit and holdout-1 to -3 and nothing sealed. */
export function expectNoSealedRows(run: ReestimateRun): void {
  expect(run.predictions).toHaveLength(25 + 32 + 10 + 32);
  expect(new Set(run.predictions.map((r) => r.role))).toEqual(new Set(['fit', 'holdout', 'holdout-2', 'holdout-3']));
}

/** The row of one series and stratum (and observation, where a stratum has several), or undefined. */
export const findRow = (run: ReestimateRun, series: string, stratum: string, observation?: string): ReestimateRow | undefined =>
  run.predictions.find((r) => r.series === series && r.stratum === stratum && (observation === undefined || r.observation === observation));

/** A probability in per cent with one decimal, as the docs quote predictions. */
export const percent = (value: number | undefined): string => (100 * (value ?? Number.NaN)).toFixed(1);

/**
 * The section quotes the named estimates (`label value`, three decimals) and the four margin log odds in one sentence
 * (`R0 wide …, R0 close …, R1 planned …,` then `separator`, then `R1 unplanned …`).
 */
export function expectEstimates(section: string, run: ReestimateRun, labels: Record<string, string>, separator = ' '): void {
  for (const [name, label] of Object.entries(labels)) expect(section).toContain(`${label} ${signed(run.parameters[name] ?? Number.NaN)}`);
  const odds = (m: string): string => signed(run.marginLogOdds[m] ?? Number.NaN);
  expect(section).toContain(`R0 wide ${odds('R0-wide')}, R0 close ${odds('R0-close')}, R1 planned ${odds('R1-planned')},${separator}R1 unplanned ${odds('R1-unplanned')}`);
}

/** The observed counts of one term, unrounded. */
export interface ExactCounts {
  readonly series: string;
  readonly stratum: string;
  readonly role: string;
  readonly events: number;
  readonly n: number;
}

/**
 * Every term's observed events and n as rtsim's evidenceTerms chains them from calibration/local-control-evidence.yaml,
 * unrounded, in the order the Python reference writes its rows (series and strata in file order; within a stratum the
 * `lc` terms first, then the others). The script's rows round events to 0.01 and n to 0.1.
 */
export function exactCounts(roles: ReadonlySet<string>): ExactCounts[] {
  const read = readScenarioText(readRepoFile('calibration/local-control-evidence.yaml'), 'local-control-evidence.yaml');
  if (!read.ok) throw new Error('the evidence file does not parse');
  const data = read.value as { series: EvidenceSeriesInput[] };
  return data.series
    .filter((s) => roles.has(s.role))
    .flatMap((s) =>
      (s.strata ?? [{ id: 'all', population: [], observations: s.observations ?? [] }]).flatMap((stratum) =>
        // The prediction does not enter the observed counts: any local control will do.
        evidenceTerms(stratum.observations, () => 0.5).map((t) => ({ series: s.id, stratum: stratum.id, role: s.role, events: t.events, n: t.n })),
      ),
    );
}

/**
 * The summed binomial deviance of a role's terms, on the exact counts, at the run's predictions and at revision 2's:
 * what the pre-registered rules name, without the rows' rounding. Checks that the rows are those terms, in order.
 */
export function exactRoleDeviance(run: ReestimateRun, role: string): { reestimate: number; revision2: number } {
  const rows = run.predictions.filter((r) => r.role === role);
  const counts = exactCounts(new Set([role]));
  expect(counts.map((c) => [c.series, c.stratum])).toEqual(rows.map((r) => [r.series, r.stratum]));
  const deviance = (predicted: (r: ReestimateRow) => number): number =>
    rows.reduce((sum, r, i) => {
      const { events, n } = counts[i] ?? { events: Number.NaN, n: Number.NaN };
      expect(Math.abs(events - r.events)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(n - r.n)).toBeLessThanOrEqual(0.05 + 1e-9);
      return sum + binomialDeviance(n - events, n, 1 - predicted(r));
    }, 0);
  return { reestimate: deviance((r) => r.predicted), revision2: deviance((r) => r.revision2.predicted) };
}

/**
 * The re-estimations' shared rule, as the section reports it: rejected because the holdout-3 deviance rises (condition
 * 1), with at least as many terms inside (condition 2), and holdout-4 stays sealed. The rise holds on the exact counts
 * too ({@link exactRoleDeviance}), not only on the rows' rounded ones.
 */
export function expectRejectedOnHoldout3(section: string, run: ReestimateRun): void {
  const { reestimate, revision2 } = roleSummary(run, 'holdout-3');
  expect(reestimate[4]).toBeGreaterThan(revision2[4]);
  expect(reestimate[0]).toBeGreaterThanOrEqual(revision2[0]);
  const exact = exactRoleDeviance(run, 'holdout-3');
  expect(exact.reestimate).toBeGreaterThan(exact.revision2);
  expect(run.adopted).toBe(false);
  expect(section).toContain(`${revision2[4].toFixed(2)} → ${reestimate[4].toFixed(2)} (condition 1 fails)`);
  expect(section).toContain(`${reestimate[0]} against ${revision2[0]} (condition 2 holds)`);
  expect(section).toContain('**holdout-4 stays sealed**');
}
