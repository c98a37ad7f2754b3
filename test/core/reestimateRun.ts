// What the Python reference writes for a pre-registered re-estimation of the local-control model
// (scripts/reference/local_control_model.py --reestimate [--revision 3] --out), and the checks that the two
// re-estimation tests (localControlReestimate, localControlRevision3Reestimate) share: the starts table, the per-role
// table and the predicted rows, each compared with the doc section that reports the run.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

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
