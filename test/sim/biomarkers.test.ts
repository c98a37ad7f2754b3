// Biomarker-stratified cohorts (models.md, "Biomarker-guided radiosensitivity"): RSI drawn per patient instead of α,
// GARD per patient reported by band, and arms that prescribe the dose per fraction by GARD target.
import { tcpPoisson } from '@rtsim/core';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import { drawPatient, patientField } from '../../packages/sim/src/cohort/drawPatient.js';
import { armExtrasStride } from '../../packages/sim/src/cohort/EnginePlan.js';
import { evaluatePatientExtras } from '../../packages/sim/src/cohort/evaluatePatientExtras.js';
import { runInThread } from '../../packages/sim/src/cohort/runInThread.js';
import { simulateBlock } from '../../packages/sim/src/cohort/simulateBlock.js';
import { summarize } from '../../packages/sim/src/cohort/summarize.js';
import type { TrialResults } from '../../packages/sim/src/cohort/TrialResults.js';
import { armsCsv } from '../../packages/sim/src/report/armsCsv.js';
import { reportHtml } from '../../packages/sim/src/report/reportHtml.js';
import { blockStream, nextBlockUniforms } from '../../packages/sim/src/random/blockStream.js';
import { patientSlots, slotsPerPatient } from '../../packages/sim/src/random/patientSlots.js';
import { parseScenario } from '../../packages/sim/src/scenario/parseScenario.js';
import type { ResolvedScenario } from '../../packages/sim/src/scenario/ResolvedScenario.js';
import { arm, fixedParameters, scenario, subtype } from './cohortScenario.js';

const meta = { version: 'test', scenarioHash: 'test' };

function parsed(text: string): ResolvedScenario {
  const result = parseScenario(text, 'test.yaml');
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  return result.scenario;
}

async function run(s: ResolvedScenario): Promise<TrialResults> {
  return summarize(await runInThread(s), compilePlan(s), meta);
}

const file = (cohort: string, arms = '  - id: conventional\n    schedule: { fractions: 25, dose: 2, perWeek: 5 }', top = ''): string => `version: 1
name: biomarkers
references: [test values]
seed: 5
patients: 1
cohort:
  volume: 10
  clonogenDensity: 1.0e7
${cohort}
arms:
${arms}
followUp: { years: 5 }
${top}`;

const inline = (parameters: string): string => `  subtypes:\n    - id: only\n      parameters: { doublingTime: 10, kickoffTime: 20, ${parameters} }`;

describe('RSI drawn instead of α', () => {
  it('RSI 0.31 with β = 0.05: α = −ln(0.31)/2 − 0.1 = 0.4856, GARD of 50 Gy/25 = 29.28 (Scott 2017; RxRSI, sts-evidence §3a)', async () => {
    const s = parsed(file(inline('rsi: 0.31')));
    expect(s.subtypes[0]?.parameters.rsiBeta).toBe(0.05);
    const results = await run(s);
    // Tolerance 0.005: the published value is rounded to 2 decimals.
    expect(results.arms[0]?.gard?.mean).toBeCloseTo(29.28, 2);
    const alpha = -Math.log(0.31) / 2 - 0.1;
    expect(alpha).toBeCloseTo(0.4856, 4);
    // −ln S = GARD exactly for LQ without repopulation or DMF; T = 32 d, T_k = 20 d, T_d = 10 d adds ln2/10·12.
    const gard = 50 * alpha + 0.05 * 100;
    // Tolerance 1e-11: meanTcp passes through the fixed-point sums (resolution 2⁻⁴⁰ ≈ 9·10⁻¹³).
    expect(results.arms[0]?.meanTcp).toBeCloseTo(tcpPoisson(1e8, -gard + (Math.LN2 / 10) * 12), 11);
  });

  it('with α/β given in the file, β is tied to it: α = −ln(RSI)/(2 + 4/(α/β)), so SF2 = RSI', async () => {
    const s = parsed(file(inline('rsi: 0.5, alphaBeta: 4')));
    expect(s.subtypes[0]?.parameters.rsiBeta).toBeUndefined();
    const alpha = -Math.log(0.5) / (2 + 4 / 4);
    const beta = alpha / 4;
    expect(Math.exp(-2 * alpha - 4 * beta)).toBeCloseTo(0.5, 15);
    const results = await run(s);
    expect(results.arms[0]?.gard?.mean).toBeCloseTo(50 * alpha + 100 * beta, 10);
  });

  it('precedence: the most specific level giving alpha or rsi decides', () => {
    const subtypeRsi = parsed(file(`  alpha: 0.2\n  subtypes:\n    - ref: sts\n      override: { rsi: 0.4 }`));
    expect(subtypeRsi.subtypes[0]?.parameters.rsi).toBe(0.4);
    // Only the library gives α/β here: β = 0.05 (Scott).
    expect(subtypeRsi.subtypes[0]?.parameters.rsiBeta).toBe(0.05);
    const subtypeAlpha = parsed(file(`  rsi: 0.4\n  subtypes:\n    - ref: sts\n      override: { alpha: 0.25 }\n    - ref: sts\n      id: other`));
    expect(subtypeAlpha.subtypes.map((subtype) => subtype.parameters.rsi)).toEqual([undefined, 0.4]);
    expect(subtypeAlpha.subtypes[0]?.parameters.alpha).toBe(0.25);
  });

  it('an RSI that makes α negative is refused with the subtype and slot named', async () => {
    // Validation refuses such an RSI in a file (modifiersInputs.test.ts); a scenario built in code reaches the engine.
    const s = scenario({ subtypes: [subtype('hot', { ...fixedParameters(), rsi: 0.9, rsiBeta: 0.05 })] });
    await expect(run(s)).rejects.toThrow(/subtype "hot": alpha drew values outside its domain/);
  });
});

const gardArms = (target: number, clamp = ''): string =>
  `  - id: fixed\n    schedule: { fractions: 25, dose: 2, perWeek: 5 }\n  - id: gard\n    schedule: { fractions: 25, gardTarget: ${target}, perWeek: 5${clamp} }`;

describe('arms prescribed by GARD target', () => {
  it('α 0.3, β 0.1, 25 fractions, G = 25: d = 2 Gy exactly (0.1d² + 0.3d − 1 = 0), so the arm equals 25 × 2 Gy', async () => {
    const results = await run(parsed(file(inline('alpha: 0.3, alphaBeta: 3'), gardArms(25))));
    const [fixed, prescribed] = results.arms;
    expect(prescribed?.meanTcp).toBeCloseTo(fixed?.meanTcp ?? 0, 11);
    expect(prescribed?.prescribedDose?.mean).toBeCloseTo(50, 10);
    expect(prescribed?.totalDose).toBeCloseTo(50, 10);
    expect(prescribed?.gard?.mean).toBeCloseTo(25, 10);
    expect(fixed?.gard?.mean).toBeCloseTo(25, 12); // 50·0.3 + 100·0.1
  });

  it('every unclamped patient reaches GARD = G within 1e-9; a clamped one sits at the bound on the far side of G', () => {
    const text = file(
      `  subtypes:\n    - id: mixed\n      parameters: { doublingTime: 10, kickoffTime: 20, rsi: { dist: uniform, min: 0.15, max: 0.8 } }`,
      gardArms(20, ', minDose: 1.8, maxDose: 2.6'),
    );
    const plan = compilePlan({ ...parsed(text), patients: 4096 });
    const extras = plan.extras;
    if (extras === undefined) throw new Error('a GARD arm compiles extras');
    const stream = blockStream(plan.seed, 0);
    const u = new Float64Array(slotsPerPatient);
    const record = new Float64Array(patientField.length);
    const out = new Float64Array(armExtrasStride * 2);
    const clamped = [0, 0];
    for (let i = 0; i < 4096; i++) {
      nextBlockUniforms(stream, u, slotsPerPatient);
      expect(drawPatient(plan, u, record)).toBe(0);
      evaluatePatientExtras(plan, extras, record, new Float64Array(0), new Float64Array(0), new Uint8Array(0), out);
      const [scale, , , gard, clamp] = out.subarray(armExtrasStride, 2 * armExtrasStride);
      // GARD = Σ d(α + βd) by hand from the patient's α and β.
      const alpha = record[patientSlots.alpha];
      const beta = record[patientField.beta];
      expect(gard).toBeCloseTo(25 * scale * (alpha + beta * scale), 10);
      if (clamp === 0) expect(Math.abs(gard - 20)).toBeLessThanOrEqual(1e-9 * 20);
      else if (clamp === 1) {
        expect(scale).toBe(1.8);
        expect(gard).toBeGreaterThan(20);
      } else {
        expect(scale).toBe(2.6);
        expect(gard).toBeLessThan(20);
      }
      if (clamp === 1 || clamp === 2) clamped[clamp - 1] = clamped[clamp - 1] + 1;
    }
    // The uniform RSI range covers both sides: both clamps occur, and the results report the same counts.
    expect(clamped[0]).toBeGreaterThan(0);
    expect(clamped[1]).toBeGreaterThan(0);
    const partial = simulateBlock(plan, 0);
    expect(partial.counts[plan.layout.clampCounts + 2]).toBe(clamped[0]);
    expect(partial.counts[plan.layout.clampCounts + 3]).toBe(clamped[1]);
  });

  it('results: every patient of an unclamped GARD arm falls in the band holding G; band counts add up; bands are configurable', async () => {
    const text = file(
      `  subtypes:\n    - id: mixed\n      parameters: { doublingTime: 10, kickoffTime: 20, rsi: { dist: uniform, min: 0.15, max: 0.8 } }`,
      gardArms(22),
      'gardBands: [10, 25]',
    );
    const results = await run({ ...parsed(text), patients: 3000 });
    const [fixed, prescribed] = results.arms;
    expect(prescribed?.gard?.bands.map((band) => [band.from, band.to, band.patients])).toEqual([
      [0, 10, 0],
      [10, 25, 3000],
      [25, null, 0],
    ]);
    expect(fixed?.gard?.bands.reduce((total, band) => total + band.patients, 0)).toBe(3000);
    expect(fixed?.gard?.bands.reduce((total, band) => total + band.controlled, 0)).toBe(fixed?.controlled);
    expect(prescribed?.prescribedDose?.clamped).toEqual({ atMinDose: 0, atMaxDose: 0 });
    const dose = prescribed?.prescribedDose;
    expect(dose !== undefined && dose.min < dose.mean && dose.mean < dose.max && dose.sd > 0).toBe(true);
  });

  it('arms.csv and the report show each arm\'s GARD bands and mean GARD, and nothing of GARD without it', async () => {
    const text = file(
      `  subtypes:\n    - id: mixed\n      parameters: { doublingTime: 10, kickoffTime: 20, rsi: { dist: uniform, min: 0.15, max: 0.8 } }`,
      gardArms(22),
      'gardBands: [10, 25]',
    );
    const results = await run({ ...parsed(text), patients: 300 });
    const [header = '', ...rows] = armsCsv(results).trimEnd().split('\n');
    const columns = header.split(',');
    expect(columns.at(-1)).toBe('mean_gard');
    const cell = (row: string, column: string): string => row.split(',')[columns.indexOf(column)] ?? '';
    // Every patient of the unclamped GARD-22 arm is in the band [10, 25), none in the others.
    const bandRows = rows.filter((row) => cell(row, 'arm_id') === 'gard' && cell(row, 'scope') === 'gard');
    expect(bandRows.map((row) => [cell(row, 'subtype_id'), cell(row, 'patients')])).toEqual([
      ['0-10', '0'],
      ['10-25', '300'],
      ['25+', '0'],
    ]);
    for (const row of rows) expect(row.split(',').length).toBe(columns.length);
    const armRow = rows.find((row) => cell(row, 'arm_id') === 'gard' && cell(row, 'scope') === 'arm') ?? '';
    expect(Number(cell(armRow, 'mean_gard'))).toBeCloseTo(22, 9);
    // The fixed arm's bands partition its patients and its controlled patients.
    const fixedBands = rows.filter((row) => cell(row, 'arm_id') === 'fixed' && cell(row, 'scope') === 'gard');
    expect(fixedBands.reduce((total, row) => total + Number(cell(row, 'patients')), 0)).toBe(300);
    expect(fixedBands.reduce((total, row) => total + Number(cell(row, 'controlled')), 0)).toBe(results.arms[0]?.controlled);
    const html = reportHtml(results);
    expect(html).toContain('<h2>Control by GARD band</h2>');
    expect(html).toContain('<td>[10, 25)</td><td>300</td>');
    const plain = await run(scenario({ arms: [arm('a')] }));
    expect(armsCsv(plain)).not.toContain('gard');
    expect(reportHtml(plain)).not.toContain('GARD');
  });

  it('a scenario without biomarkers reports none of the new fields', async () => {
    const results = await run(scenario({ arms: [arm('a')] }));
    expect(Object.keys(results.arms[0] ?? {})).not.toContain('gard');
    expect(Object.keys(results.arms[0] ?? {})).not.toContain('byMarker');
    expect(Object.keys(results.arms[0] ?? {})).not.toContain('prescribedDose');
  });
});

describe('marker streams named by a hash of the name', () => {
  it('a file with two markers whose stream ids collide is invalid, at cohort.markers, naming both (FNV-1a: marker436528 and marker2215280)', () => {
    const result = parseScenario(file(`  markers: { marker436528: 0.5, marker2215280: 0.3 }\n${inline('alpha: 0.3, alphaBeta: 4')}`), 'test.yaml');
    expect(result.ok).toBe(false);
    const issue = result.ok ? undefined : result.issues.find((i) => i.message.includes('same random stream id'));
    expect(issue?.path).toBe('cohort.markers');
    expect(issue?.message).toMatch(/markers "marker436528" and "marker2215280" have the same random stream id \(0x3505cda5/);
  });

  it('two agents with a log-kill whose stream ids collide are invalid at the second modifier (FNV-1a: costarring and liquid)', () => {
    const arms = [
      '  - id: a',
      '    schedule: { fractions: 25, dose: 2, perWeek: 5 }',
      '    modifiers:',
      '      - { type: immunotherapy, agent: costarring, responseProbability: 0.4, logKill: 2, day: -10 }',
      '      - { type: immunotherapy, agent: liquid, responseProbability: 0.4, logKill: 2, day: -10 }',
    ].join('\n');
    const result = parseScenario(file(inline('alpha: 0.3, alphaBeta: 4'), arms), 'test.yaml');
    const issue = result.ok ? undefined : result.issues.find((i) => i.message.includes('same random stream id'));
    expect(issue?.path).toBe('arms[0].modifiers[1].agent');
    expect(issue?.message).toMatch(/agents "costarring" and "liquid" have the same random stream id \(0x5e4daa9d/);
  });

  it('compilePlan refuses the same collision in a scenario built in code, and takes distinct ids', () => {
    const fine = parsed(file(`  markers: { marker436528: 0.5, PD-L1: 0.3 }\n${inline('alpha: 0.3, alphaBeta: 4')}`));
    expect(compilePlan(fine).extras?.markers).toEqual(['marker436528', 'PD-L1']);
    const colliding: ResolvedScenario = { ...fine, markers: ['marker436528', 'marker2215280'] };
    expect(() => compilePlan(colliding)).toThrow(/markers "marker436528" and "marker2215280" have the same random stream id \(0x3505cda5/);
  });
});
