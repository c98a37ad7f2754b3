import { librarySubtype } from '@rtsim/core';
import { describe, expect, it } from 'vitest';
import { explorerFastViews, explorerSlowViews, explorerViews } from '../../packages/viz/src/explorer/explorerModel.js';
import type { ExplorerState } from '../../packages/viz/src/explorer/explorerState.js';
import { defaultState } from '../../packages/viz/src/explorer/parameters.js';
import { presets } from '../../packages/viz/src/explorer/presets.js';
import { readoutRows } from '../../packages/viz/src/explorer/readoutRows.js';

const preset = (id: string, state: ExplorerState = defaultState): ExplorerState => {
  const found = presets.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found.apply(state);
};

describe('explorerViews(state): read-outs', () => {
  it('25 × 2 Gy at α/β = 4 Gy: BED 75 Gy less the time term, late EQD2 50 Gy, Poisson TCP by hand', () => {
    const { readouts } = explorerFastViews(defaultState);
    expect(readouts.totalDose).toBe(50);
    expect(readouts.overallTime).toBe(32); // models.md: 25 fractions, 5 a week, T = 32 d
    // Hand calculation: BED = 25·2·(1 + 2/4) − ln 2·(32 − 21)/(0.3·10) = 75 − 2.54154 = 72.45846 Gy.
    expect(readouts.bed).toBeCloseTo(72.45846, 4);
    expect(readouts.eqd2Late).toBeCloseTo(50, 10); // 2 Gy fractions: EQD2 = total dose at any α/β
    // ln S = −25(0.3·2 + 0.075·4) + ln 2·11/10 = −21.737538; N₀S = 10⁹·e^−21.737538 = 0.362666; TCP = e^−0.362666 = 0.695819
    // (checked with Python math).
    expect(readouts.logSurvival).toBeCloseTo(-21.737538, 5);
    expect(readouts.tcp).toBeCloseTo(0.695819, 5);
    // Spread in α flattens the dose response: at a TCP above 50% the population TCP is lower.
    expect(readouts.tcpPopulation).toBeLessThan(readouts.tcp);
  });

  it('30 Gy/5 has EQD2 50 Gy at α/β = 4 Gy (the UCLA rationale; sts-evidence.md EQD2 table)', () => {
    const { readouts } = explorerFastViews(preset('hypofractionated'));
    expect(readouts.overallTime).toBe(4);
    expect(readouts.eqd2).toBeCloseTo(50, 10); // T = 4 d < T_k: no time term
  });

  it('a gap lengthens the overall time and costs BED', () => {
    const gapped = explorerFastViews({ ...defaultState, gapAfter: 10, gapDays: 7 }).readouts;
    expect(gapped.overallTime).toBe(39);
    // 7 more days after the kick-off: ln 2·7/(0.3·10) = 1.61734 Gy more BED lost.
    expect(explorerFastViews(defaultState).readouts.bed - gapped.bed).toBeCloseTo(1.61734, 4);
  });

  it('repopulation off: no time penalty on the chart, D_prolif 0 and BED 75 Gy (repopulation lesson, step 1)', () => {
    const views = explorerFastViews({ ...defaultState, repopulation: false });
    // By hand: BED = 25·2·(1 + 2/4) = 75 Gy whatever the overall time (32 d here, past T_k = 21 d).
    expect(views.readouts.bed).toBeCloseTo(75, 10);
    expect(views.readouts.repopulationDosePerDay).toBe(0);
    expect(views.repopulation.current).toEqual({ overallTime: 32, bedLoss: 0 });
    expect(views.repopulation.points.every((p) => p.bedLoss === 0)).toBe(true);
    expect(views.repopulation.off).toBe(true);
    // Switched on, the same course loses ln 2·11/(0.3·10) = 2.54 Gy and D_prolif is positive.
    const on = explorerFastViews(defaultState);
    expect(on.repopulation.current?.bedLoss).toBeCloseTo(2.54154, 4);
    expect(on.readouts.repopulationDosePerDay).toBeGreaterThan(0);
    expect(on.repopulation.off).toBeUndefined();
  });

  it('warns when USC leaves its domain (α·D₀ ≥ 1)', () => {
    const views = explorerFastViews({ ...defaultState, model: 'usc', alpha: 0.9, d0: 2 });
    expect(views.warnings.join(' ')).toMatch(/α·D₀ < 1/);
  });
});

describe('explorerViews(state): consistency warnings (issue 18)', () => {
  it('25 × 12.9 Gy is named as beyond any clinical course, with its total dose and BED', () => {
    const state: ExplorerState = { ...defaultState, reference: { ...defaultState.reference, dose: 12.9 } };
    // By hand: 25·12.9 = 322.5 Gy; BED = 322.5·(1 + 12.9/4) − ln 2·(32 − 21)/(0.3·10) = 1362.5625 − 2.54154 = 1360.02 Gy.
    expect(explorerFastViews(state).warnings).toContain('25 × 12.9 Gy = 322.5 Gy (BED 1360 Gy) is beyond any clinical course (over 100 Gy): read its TCP as a model exercise, not a prescription.');
  });

  it('α at its minimum: repopulation outweighs the kill; a warning says so and TCP reads 0, not a dash', () => {
    const state: ExplorerState = { ...defaultState, alpha: 0.01 };
    const views = explorerFastViews(state);
    expect(views.readouts.logSurvival).toBeGreaterThan(0);
    expect(views.readouts.bed).toBeLessThan(0);
    expect(views.readouts.tcp).toBe(0); // e^{−N₀S} with N₀S > N₀ = 10⁹ clonogens
    expect(views.warnings.join(' ')).toMatch(/^Repopulation over the 32 days of the course outweighs the kill of 25 × 2 Gy at α 0\.01 Gy⁻¹ \(BED -?\d/);
    expect(explorerFastViews(defaultState).warnings.join(' ')).not.toMatch(/outweighs the kill/);
  });

  it('USC with D₀ at its maximum: the population TCP has no value, and a warning says why', () => {
    const state: ExplorerState = { ...defaultState, model: 'usc', d0: 3 };
    const views = explorerFastViews(state);
    expect(state.alpha * state.d0).toBeLessThan(1); // the mean patient is inside the domain; part of the spread is not
    expect(views.readouts.tcpPopulation).toBeNaN();
    expect(views.warnings.join(' ')).toMatch(/USC has no survival curve for a patient with α ≥ 1\/D₀ = 0\.333 Gy⁻¹/);
  });

  it('no preset, SBRT 3 × 18 Gy included, is called beyond clinical practice', () => {
    for (const { id } of presets) expect(explorerFastViews(preset(id)).warnings.join(' '), id).not.toMatch(/beyond any clinical course/);
  });

  it('with a hypoxic fraction the read-outs say which TCP includes hypoxia, and a warning says the population leaves it out', () => {
    const state: ExplorerState = { ...defaultState, hypoxicFraction: 0.2 };
    const label = (key: string, s: ExplorerState): string => readoutRows.find((row) => row.key === key)?.label(s) ?? '';
    expect(label('tcp', state)).toBe('TCP, single tumour (Poisson, with hypoxia)');
    expect(label('tcpPopulation', state)).toBe(`TCP, population (σ_α = ${state.sigmaAlpha}, without hypoxia)`);
    expect(explorerFastViews(state).warnings.join(' ')).toMatch(/population TCP, read-out and chart, leaves hypoxia out/);
    // Without hypoxia nothing needs saying.
    expect(label('tcp', defaultState)).toBe('TCP, single tumour (Poisson)');
    expect(explorerFastViews(defaultState).warnings).toEqual([]);
    // The population read-out is the hypoxia-free model: it does not move with the hypoxic fraction, while the single-tumour TCP falls.
    expect(explorerFastViews(state).readouts.tcpPopulation).toBe(explorerFastViews(defaultState).readouts.tcpPopulation);
    expect(explorerFastViews(state).readouts.tcp).toBeLessThan(explorerFastViews(defaultState).readouts.tcp);
  });
});

describe('explorerViews(state): chart data agree with the read-outs', () => {
  const state = preset('sbrt');
  const views = explorerViews(state);

  it('draws one TCP curve per schedule, the reference first, its dot at the read-out TCP', () => {
    expect(views.tcpDose.map((c) => c.label)).toEqual([
      'reference: 3 × 18 Gy, every 2 days',
      '25 × 2 Gy, 5/week',
      '5 × 6 Gy, 5/week',
    ]);
    expect(views.tcpDose[0]?.prescribed?.tcp).toBeCloseTo(views.readouts.tcp, 12);
  });

  it('ends the course trajectory at the read-out survival, with one drop per fraction', () => {
    expect(views.course.points.at(-1)?.logSurvival).toBeCloseTo(views.readouts.logSurvival, 10);
    expect(views.course.points).toHaveLength(6);
  });

  it('passes the iso-effect curve through the reference schedule', () => {
    const atReference = views.isoeffect.points.find((p) => p.fractions === 3);
    expect(atReference?.dosePerFraction).toBeCloseTo(18, 8);
  });

  it('marks LQ-L’s transition dose on the survival chart and draws LQ for comparison', () => {
    expect(views.survivalCurve.transitionDose).toBe(6);
    expect(views.survivalCurve.curves.map((c) => c.label)).toEqual(['LQ-L', 'LQ (for comparison)']);
  });

  it('splits into fast and slow views that together are the whole', () => {
    expect({ ...explorerFastViews(state), ...explorerSlowViews(state) }).toEqual(views);
  });
});

describe('presets', () => {
  it('load the subtype biology from the parameter library, keeping the schedule', () => {
    const entry = librarySubtype('myxoid-liposarcoma');
    const alpha = entry?.parameters.alpha.value;
    const state = preset('myxoid-liposarcoma', preset('hypofractionated'));
    expect(state.reference).toEqual({ fractions: 5, dose: 6, spacing: 'perWeek', every: 5 });
    expect(typeof alpha === 'object' && alpha.dist === 'normal').toBe(true);
    if (typeof alpha === 'object' && alpha.dist === 'normal') {
      expect(state.alpha).toBe(alpha.mean);
      expect(state.sigmaAlpha).toBe(alpha.sd);
    }
    expect(presets.find((p) => p.id === 'myxoid-liposarcoma')?.description).toMatch(/parameter library/);
  });
});
