// Revision 3 re-estimated on the fit terms plus holdout-1 and -2 was pre-registered, run once and rejected
// (docs/local-control-model.md, "Revision 3 on the evidence already read"). Its output, as the Python reference wrote
// it (scripts/reference/local_control_model.py --reestimate --revision 3 --out), is
// test/fixtures/local-control-revision-3-reestimate.json. This keeps the doc's numbers equal to it and re-derives the
// decision with the pre-registered rule.
import { describe, expect, test } from 'vitest';
import { normalCdf } from '../../packages/core/src/normalCdf.js';
import { expectEstimates, expectNoSealedRows, expectRoleTable, expectRejectedOnHoldout3, expectStartsTable, findRow, percent, readReestimate, readRepoFile, signed } from './reestimateRun.js';

const run = readReestimate('local-control-revision-3-reestimate.json');
/** The 13-parameter re-estimation of revision 2 on the same terms, for the likelihood-ratio comparison. */
const revision2Reestimate = readReestimate('local-control-reestimate.json');
const doc = readRepoFile('docs/local-control-model.md');
const section = doc.slice(doc.indexOf('### Revision 3 on the evidence already read: result'), doc.indexOf('## Re-estimation with between-series variation (pre-registered)'));
const kappa = (): number => run.parameters.residue_log_offset_R0_close ?? Number.NaN;

describe('revision 3 on the evidence already read: the pre-registered decision, from the run as it came out', () => {
  test('it fitted revision 3 (14 parameters) on the fit terms and holdout-1 and -2, from κ_close = 0 and −3', () => {
    expect(section).not.toBe('');
    expect(run.revision).toBe(3);
    expect(run.reestimate).toEqual(['fit', 'holdout', 'holdout-2']);
    expect(Object.keys(run.parameters)).toHaveLength(14);
    expect(run.starts.map((s) => s.start?.at(-1))).toEqual([0, -3]);
    expectStartsTable(section, run);
  });

  test('κ_close lowers the deviance by what the doc says, against the 13-parameter re-estimation', () => {
    const drop = revision2Reestimate.deviance - run.deviance;
    expect(drop).toBeGreaterThan(0);
    expect(section).toContain(`reached ${revision2Reestimate.deviance.toFixed(3)} on the same terms`);
    expect(section).toContain(`lowers the deviance\nby ${drop.toFixed(2)}`);
    // One degree of freedom: P(χ²₁ > x) = 2 (1 − Φ(√x)).
    expect(section).toContain(`p ≈ ${(2 * (1 - normalCdf(Math.sqrt(drop)))).toFixed(2)}`);
  });

  test('the rule rejects: the holdout-3 deviance rises, though more terms are inside and κ̂_close < 0', () => {
    expectRejectedOnHoldout3(section, run);
    expect(kappa()).toBeLessThan(0);
    expect(section).toContain(`κ̂_close = ${signed(kappa())} < 0 (condition 3 holds)`);
  });

  test('the per-role table is the fixture', () => expectRoleTable(section, run));

  test('the estimates and margin log odds in the doc are the fixture\'s', () => {
    const labels = { theta_R0_wide: 'θ_{R0 wide}', ln_step_R0_close: 'ℓ_close', ln_reawakening_rate_per_year: 'ln λ', residue_log_offset_R0_close: 'κ_close' };
    expectEstimates(section, run, labels, '\n');
    expect(section).toContain(`e^${(-kappa()).toFixed(1)} ≈ ${Math.exp(-kappa()).toFixed(1)}`);
  });

  test('the predictions the doc quotes are the fixtures\' (revision 2 → its re-estimate → this, in per cent)', () => {
    const quoted: [string, string, string, string?][] = [
      ['B5-ssg-margins', 'marginal-alone', 'B5 marginal alone'],
      ['A16-china-rt-vs-none', 'surgery-alone', 'A16 surgery alone'],
      ['H3-muenster-margin-width', '0-to-1mm', 'Münster 0–1 mm'],
      ['B9-mgh-margins', 'negative', 'B9 negative margins'],
      ['H3-selective-combination-1991', 'narrower-margin-postop-rt', 'the 1991 narrower margin + RT'],
      ['H3-mskcc-time-to-isolated-lr', 'all', 'after four years', 'share of LR after 4 y'],
    ];
    const flat = section.replace(/\s+/g, ' ');
    for (const [series, stratum, words, observation] of quoted) {
      const row = findRow(run, series, stratum, observation);
      const before = findRow(revision2Reestimate, series, stratum, observation);
      expect(row).toBeDefined();
      expect(flat).toContain(`${words} ${percent(row?.revision2.predicted)} → ${percent(before?.predicted)} → ${percent(row?.predicted)} %`);
    }
  });

  test('no sealed series was predicted: the rows are the 99 terms of fit and holdout-1 to -3', () => expectNoSealedRows(run));
});
