import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { exitCodes } from '../../packages/sim/dist/node.js';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import { runInThread } from '../../packages/sim/src/cohort/runInThread.js';
import { summarize } from '../../packages/sim/src/cohort/summarize.js';
import { nominalScenario } from '../../packages/sim/src/scenario/nominalScenario.js';
import { parseSensitivityMeasure } from '../../packages/sim/src/sensitivity/parseSensitivityMeasure.js';
import { runSensitivity } from '../../packages/sim/src/sensitivity/runSensitivity.js';
import { sensitivityMeasureProblem } from '../../packages/sim/src/sensitivity/sensitivityMeasureProblem.js';
import { sensitivityMeasures } from '../../packages/sim/src/sensitivity/sensitivityMeasures.js';
import { inProcessCli } from './inProcessCli.js';
import { parsedScenario } from './parsedScenario.js';
import { resealShard } from './resealShard.js';

// rtsim sensitivity explaining an endpoint at a follow-up time (docs/uncertainty.md, "Sensitivity"): local control,
// the cumulative incidence of metastasis or overall survival at a `followUp.at` time, instead of the control rate.

const directory = mkdtempSync(join(tmpdir(), 'rtsim-sensitivity-endpoints-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const rtsim = inProcessCli(directory);
const meta = { version: 'test', scenarioHash: 'sha256:test' };

const intercept = '{ path: metastasis.model.interceptLogOdds, label: metastasis intercept, distribution: { dist: uniform, min: -4, max: -1.5 } }';
const alpha = "{ path: 'cohort.subtypes[sts].alpha.mean', label: mean alpha, distribution: { dist: uniform, min: 0.15, max: 0.35 } }";

function scenarioText(metastasis = 'metastasis: {}\n', parameters: readonly string[] = [intercept, alpha]): string {
  return `version: 1
name: sensitivity of endpoints at follow-up times
references: ["test scenario"]
seed: 31
patients: 2000
cohort:
  volume: { dist: lognormal, median: 250, sigma: 0.9 }
  subtypes: [{ ref: sts }]
arms:
  - { id: postop, localControl: residual-disease, schedule: { fractions: 33, dose: 2, perWeek: 5 }, surgery: { day: -35, margins: { R0-wide: 0.7, R1-planned: 0.3 } } }
followUp: { years: 5, at: [2, 5] }
${metastasis}uncertainty:
  draws: 2
  parameters:
${parameters.map((parameter) => `    - ${parameter}`).join('\n')}
`;
}

describe('parseSensitivityMeasure(text)', () => {
  test('reads the two rates and the endpoints at a time in years, returned in one spelling: the time as JavaScript writes it', () => {
    for (const text of ['control-rate', 'mean-tcp', 'local-control@5', 'metastasis@2', 'overall-survival@2.5', 'local-control@10', 'local-control@1e-7']) {
      expect(parseSensitivityMeasure(text)).toBe(text);
    }
    const spellings = [['local-control@5.0', 'local-control@5'], ['local-control@05', 'local-control@5'], ['metastasis@2.50', 'metastasis@2.5'],
      ['overall-survival@0.0000001', 'overall-survival@1e-7'], ['overall-survival@1e1', 'overall-survival@10']];
    for (const [text, spelling] of spellings) expect(parseSensitivityMeasure(text)).toBe(spelling);
    for (const text of ['local-control@0', 'local-control@0.0', 'local-control@', '@5', 'lc@5', 'os@5', 'overall-survival@-1', 'overall-survival@1e999',
      'overall-survival@.5', 'overall-survival@5.', ' control-rate', 'control-rate@5', '__proto__', 'constructor@5', 42, undefined, null, ['control-rate']]) {
      expect(parseSensitivityMeasure(text)).toBeUndefined();
    }
  });

  test('the measures a scenario offers read back as themselves, whatever its follow-up times', () => {
    const tiny = parsedScenario(scenarioText().replace('at: [2, 5]', 'at: [0.0000001, 0.25, 2.5, 5]'));
    for (const measure of sensitivityMeasures(tiny)) expect(parseSensitivityMeasure(measure)).toBe(measure);
    expect(sensitivityMeasures(tiny)).toContain('overall-survival@1e-7');
  });
});

describe('sensitivityMeasures(scenario) and sensitivityMeasureProblem(scenario, measure)', () => {
  test('offer LC at each follow-up time, and metastasis and OS with a metastasis section; refuse the rest by name', () => {
    const full = parsedScenario(scenarioText());
    expect(sensitivityMeasures(full)).toEqual([
      'control-rate', 'mean-tcp',
      'local-control@2', 'distant-metastasis-free-survival@2', 'metastasis@2', 'disease-specific-survival@2', 'overall-survival@2',
      'local-control@5', 'distant-metastasis-free-survival@5', 'metastasis@5', 'disease-specific-survival@5', 'overall-survival@5',
    ]);
    expect(sensitivityMeasureProblem(full, 'overall-survival@5')).toBeUndefined();
    expect(sensitivityMeasureProblem(full, 'local-control@3')).toBe(
      'measure local-control@3: the scenario reports endpoints at followUp.at = 2, 5 years only (measures: control-rate, mean-tcp, local-control@2, distant-metastasis-free-survival@2, metastasis@2, disease-specific-survival@2, overall-survival@2, local-control@5, distant-metastasis-free-survival@5, metastasis@5, disease-specific-survival@5, overall-survival@5)',
    );
    const local = parsedScenario(scenarioText('', [alpha]));
    expect(sensitivityMeasures(local)).toEqual(['control-rate', 'mean-tcp', 'local-control@2', 'local-control@5']);
    expect(sensitivityMeasureProblem(local, 'metastasis@5')).toBe('measure metastasis@5: the incidence of metastasis is a measure of a scenario with a metastasis section; this one has none');
    expect(sensitivityMeasureProblem(local, 'distant-metastasis-free-survival@5')).toBe('measure distant-metastasis-free-survival@5: distant-metastasis-free survival is a measure of a scenario with a metastasis section; this one has none');
    expect(sensitivityMeasureProblem(local, 'disease-specific-survival@5')).toBe('measure disease-specific-survival@5: disease-specific survival is a measure of a scenario with a metastasis section; this one has none');
    expect(sensitivityMeasureProblem(local, 'overall-survival@5')).toBe('measure overall-survival@5: overall survival is a measure of a scenario with a metastasis section; this one has none');
    expect(sensitivityMeasureProblem(full, 'progression-free-survival@5')).toBe('measure progression-free-survival@5: progression-free survival is a measure of a scenario with a progression section (SBRT of metastases); this one has none');
    const untimed = parsedScenario(scenarioText('', [alpha]).replace('followUp: { years: 5, at: [2, 5] }', 'followUp: { years: 5 }'));
    expect(sensitivityMeasures(untimed)).toEqual(['control-rate', 'mean-tcp']);
    expect(sensitivityMeasureProblem(untimed, 'local-control@5')).toBe('measure local-control@5: the scenario gives no followUp.at times; add the time to followUp.at');
  });
});

describe('runSensitivity with an endpoint measure', () => {
  test('OS at 5 years: its base is the nominal trial\'s OS at 5 years; the metastasis intercept ranks first; LC is blind to it', async () => {
    const scenario = parsedScenario(scenarioText());
    const settings = { output: { kind: 'arm', arm: 'postop' } as const, samples: 4, patients: 2000, resamples: 20, workers: 0, meta };
    const os = await runSensitivity(scenario, { ...settings, measure: 'overall-survival@5' });
    const nominal = nominalScenario(scenario);
    const trial = summarize(await runInThread(nominal), compilePlan(nominal), meta);
    expect(os.tornado.base).toBe(trial.arms[0]?.competingEvents?.metastasis?.atTimes?.[1]?.overallSurvival);
    expect(os.output.label).toBe('OS at 5 y of postop');
    expect(os.tornado.rows[0]?.label).toBe('metastasis intercept');
    // The intercept moves metastasis, not local control: at the same patients its swing on LC is exactly zero.
    const lc = await runSensitivity(scenario, { ...settings, measure: 'local-control@5' });
    expect(lc.tornado.base).toBe(trial.arms[0]?.localControlAtTimes?.[1]?.localControl);
    const interceptRow = lc.tornado.rows.find((row) => row.label === 'metastasis intercept');
    expect(interceptRow?.outputLow).toBe(lc.tornado.base);
    expect(interceptRow?.outputHigh).toBe(lc.tornado.base);
    expect(interceptRow?.swing).toBe(0);
    await expect(runSensitivity(scenario, { ...settings, measure: 'local-control@3' })).rejects.toThrow(/measure local-control@3: the scenario reports endpoints at followUp.at = 2, 5 years only/);
  });

  test('DMFS and DSS at 5 years: their bases are the nominal trial\'s Kaplan–Meier values; the metastasis intercept ranks first', async () => {
    const scenario = parsedScenario(scenarioText());
    const settings = { output: { kind: 'arm', arm: 'postop' } as const, samples: 4, patients: 2000, resamples: 20, workers: 0, meta };
    const nominal = nominalScenario(scenario);
    const at5 = summarize(await runInThread(nominal), compilePlan(nominal), meta).arms[0]?.competingEvents?.metastasis?.atTimes?.[1];
    const dmfs = await runSensitivity(scenario, { ...settings, measure: 'distant-metastasis-free-survival@5' });
    expect(dmfs.tornado.base).toBe(at5?.distantMetastasisFreeSurvival);
    expect(dmfs.output.label).toBe('DMFS at 5 y of postop');
    expect(dmfs.tornado.rows[0]?.label).toBe('metastasis intercept');
    const dss = await runSensitivity(scenario, { ...settings, measure: 'disease-specific-survival@5' });
    expect(dss.tornado.base).toBe(at5?.diseaseSpecificSurvival);
    expect(dss.output.label).toBe('DSS at 5 y of postop');
  });
});

describe('rtsim sensitivity --measure at a follow-up time', () => {
  test('explains OS at 5 years without the no-effect note; shards merge to the single run; refuses a time not reported', async () => {
    writeFileSync(join(directory, 'os.yaml'), scenarioText());
    const analysis = ['--measure', 'overall-survival@5', '--samples', '5', '--patients', '300', '--resamples', '10'];
    const single = await rtsim('sensitivity', 'os.yaml', ...analysis, '--workers', '0', '--out', 'single');
    expect(single.status, single.stderr).toBe(exitCodes.ok);
    expect(single.stderr).not.toContain('note:');
    const results = JSON.parse(readFileSync(join(directory, 'single', 'sensitivity.json'), 'utf8')) as { output: { measure: string; label: string } };
    expect(results.output).toMatchObject({ measure: 'overall-survival@5', label: 'OS at 5 y of postop' });
    for (const k of [1, 2]) expect((await rtsim('sensitivity', 'os.yaml', ...analysis, '--workers', '0', '--shard', `${k}/2`, '--out', 'parts')).status).toBe(exitCodes.ok);
    const merged = await rtsim('merge', 'parts/sensitivity-partial-1-of-2.json', 'parts/sensitivity-partial-2-of-2.json', '--out', 'merged');
    expect(merged.status, merged.stderr).toBe(exitCodes.ok);
    for (const name of ['sensitivity.json', 'report-sensitivity.html']) {
      expect(readFileSync(join(directory, 'merged', name), 'utf8')).toBe(readFileSync(join(directory, 'single', name), 'utf8'));
    }
    // LC is blind to the metastasis intercept, and says so; a time the scenario does not report is refused.
    const lc = await rtsim('sensitivity', 'os.yaml', '--measure', 'local-control@5', '--samples', '5', '--patients', '300', '--resamples', '10', '--workers', '0', '--out', 'lc');
    expect(lc.stderr).toContain(
      'rtsim sensitivity: note: metastasis intercept acts on metastasis and survival only; local-control@5 is local control, so it shows no effect here; --measure metastasis@T or overall-survival@T (T a followUp.at time) shows it (docs/uncertainty.md)',
    );
    // Any spelling of a reported time is that time: `@5.0` explains what `@5` does, and is recorded as `@5`.
    const spelt = await rtsim('sensitivity', 'os.yaml', '--measure', 'overall-survival@5.0', '--samples', '5', '--patients', '300', '--resamples', '10', '--workers', '0', '--out', 'spelt');
    expect(spelt.status, spelt.stderr).toBe(exitCodes.ok);
    expect(readFileSync(join(directory, 'spelt', 'sensitivity.json'), 'utf8')).toBe(readFileSync(join(directory, 'single', 'sensitivity.json'), 'utf8'));
    const refused = await rtsim('sensitivity', 'os.yaml', '--measure', 'overall-survival@3', '--out', 'refused');
    expect(refused.status).toBe(exitCodes.invalidInput);
    expect(refused.stderr).toContain('rtsim sensitivity: os.yaml: measure overall-survival@3: the scenario reports endpoints at followUp.at = 2, 5 years only');
    const misspelt = await rtsim('sensitivity', 'os.yaml', '--measure', 'os@5', '--out', 'misspelt');
    expect(misspelt.status).toBe(exitCodes.invalidInput);
    expect(misspelt.stderr).toContain("--measure: expected control-rate, mean-tcp, local-control@T, distant-metastasis-free-survival@T, metastasis@T, disease-specific-survival@T, progression-free-survival@T or overall-survival@T (T in years), got 'os@5'");
  });
});

describe('the notes of parameters a measure cannot see', () => {
  test('timing parameters of the residual-disease model: said for the control rate, not for LC at a time', async () => {
    const dormancy = '{ path: localControlModel.dormantShare, label: dormant share, distribution: { dist: uniform, min: 0.3, max: 0.7 } }';
    writeFileSync(join(directory, 'timing.yaml'), scenarioText('', [dormancy]));
    const options = ['--samples', '5', '--patients', '300', '--resamples', '10', '--workers', '0'];
    const rate = await rtsim('sensitivity', 'timing.yaml', ...options, '--out', 'timing-rate');
    expect(rate.status, rate.stderr).toBe(exitCodes.ok);
    expect(rate.stderr.split('\n').filter((line) => line.includes('note:'))).toEqual([
      'rtsim sensitivity: note: dormant share acts on when local recurrences are detected, not whether; the control rate and the mean TCP count every failure, detected within follow-up or after, so it shows no effect here; --measure local-control@T (T a followUp.at time) shows it (docs/uncertainty.md)',
    ]);
    // What the note says: the control rate does not move, LC at 2 years does.
    const flat = JSON.parse(readFileSync(join(directory, 'timing-rate', 'sensitivity.json'), 'utf8')) as { tornado: { rows: { swing: number }[] } };
    expect(flat.tornado.rows[0]?.swing).toBe(0);
    const timed = await rtsim('sensitivity', 'timing.yaml', ...options, '--measure', 'local-control@2', '--out', 'timing-lc');
    expect(timed.stderr).not.toContain('note:');
    const moved = JSON.parse(readFileSync(join(directory, 'timing-lc', 'sensitivity.json'), 'utf8')) as { tornado: { rows: { swing: number }[] } };
    expect(moved.tornado.rows[0]?.swing).toBeGreaterThan(0);
    // rtsim run says it only without follow-up times.
    writeFileSync(join(directory, 'timing-untimed.yaml'), scenarioText('', [dormancy]).replace('followUp: { years: 5, at: [2, 5] }', 'followUp: { years: 5 }'));
    const run = await rtsim('run', 'timing-untimed.yaml', '--workers', '0', '--out', 'timing-run');
    expect(run.stderr).toContain('rtsim run: note: dormant share acts on when local recurrences are detected, not whether; the control rate and the mean TCP count every failure, detected within follow-up or after, so it shows no effect here; give followUp.at to summarise LC at those times (docs/uncertainty.md)');
    const timedRun = await rtsim('run', 'timing.yaml', '--workers', '0', '--out', 'timing-run-timed');
    expect(timedRun.stderr).not.toContain('note:');
  });
});

describe('a sensitivity part and rtsim slurm with an endpoint measure', () => {
  test('a part whose measure the scenario does not report, or in another spelling, is refused; slurm passes the measure to its tasks', async () => {
    writeFileSync(join(directory, 'part.yaml'), scenarioText());
    const options = ['--measure', 'metastasis@2', '--samples', '5', '--patients', '300', '--resamples', '10', '--workers', '0'];
    expect((await rtsim('sensitivity', 'part.yaml', ...options, '--shard', '1/1', '--out', 'part')).status).toBe(exitCodes.ok);
    const file = join(directory, 'part', 'sensitivity-partial-1-of-1.json');
    const part = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & { analysis: Record<string, unknown> };
    expect(part.analysis['measure']).toBe('metastasis@2');
    for (const [measure, message] of [['metastasis@3', /analysis\.measure: measure metastasis@3: the scenario reports endpoints at followUp\.at = 2, 5 years only/], ['metastasis@2.0', /analysis\.measure must be/]] as const) {
      writeFileSync(join(directory, 'part', 'edited.json'), JSON.stringify(resealShard({ ...part, analysis: { ...part.analysis, measure } })));
      const merged = await rtsim('merge', 'part/edited.json', '--out', `edited-${measure}`);
      expect(merged.status).toBe(exitCodes.invalidInput);
      expect(merged.stderr).toMatch(message);
    }
    const slurm = await rtsim('slurm', 'part.yaml', '--shards', '2', '--sensitivity', '--measure', 'overall-survival@5.0', '--samples', '5', '--out', 'slurm');
    expect(slurm.status, slurm.stderr).toBe(exitCodes.ok);
    expect(readFileSync(join(directory, 'slurm', 'slurm', 'sensitivity-shards.sbatch'), 'utf8')).toMatch(/--measure '?overall-survival@5'? /);
    const refused = await rtsim('slurm', 'part.yaml', '--shards', '2', '--sensitivity', '--measure', 'overall-survival@3', '--out', 'slurm-refused');
    expect(refused.status).toBe(exitCodes.invalidInput);
    expect(refused.stderr).toContain('measure overall-survival@3: the scenario reports endpoints at followUp.at = 2, 5 years only');
  });
});

describe('rtsim sensitivity of SBRT of metastases (progression)', () => {
  test('offers PFS and OS at each follow-up time; PFS at 2 years has the nominal trial\'s PFS as its base', async () => {
    const shipped = readFileSync(new URL('../../scenarios/sbrt-lung-metastases-lesions.yaml', import.meta.url), 'utf8');
    const scenario = parsedScenario(`${shipped.replace('patients: 20000', 'patients: 800')}uncertainty:
  draws: 2
  parameters:
    - { path: localControlModel.hypoxicFractionAt8cm, distribution: { dist: uniform, min: 0.1, max: 0.4 } }
`);
    expect(sensitivityMeasures(scenario)).toEqual(['control-rate', 'mean-tcp', ...[1, 2, 3].flatMap((years) => [`local-control@${years}`, `progression-free-survival@${years}`])]);
    expect(sensitivityMeasureProblem(scenario, 'overall-survival@2')).toBe(
      "measure overall-survival@2: overall survival after SBRT of metastases comes from the progression model's library values alone, which no uncertain parameter reaches: every evaluation would give the same number (progression-free-survival@T is a measure)",
    );
    expect(sensitivityMeasureProblem(scenario, 'metastasis@2')).toBe('measure metastasis@2: the incidence of metastasis is a measure of a scenario with a metastasis section; this one has none');
    const settings = { output: { kind: 'arm', arm: '3x15' } as const, samples: 2, patients: 800, resamples: 10, workers: 0, meta };
    const pfs = await runSensitivity(scenario, { ...settings, measure: 'progression-free-survival@2' });
    const nominal = nominalScenario(scenario);
    const trial = summarize(await runInThread(nominal), compilePlan(nominal), meta);
    expect(pfs.tornado.base).toBe(trial.arms[0]?.progression?.atTimes?.[1]?.progressionFreeSurvival);
    expect(pfs.output.label).toBe('PFS at 2 y of 3x15');
    // Lesion hypoxia moves lesion control, hence PFS.
    expect(pfs.tornado.rows[0]?.swing).toBeGreaterThan(0);
  });

  test('the residue parameters, which no lesion arm reads, are noted in every command; a time past the last bin is not offered', async () => {
    const shipped = readFileSync(new URL('../../scenarios/sbrt-lung-metastases-lesions.yaml', import.meta.url), 'utf8');
    writeFileSync(join(directory, 'lesions.yaml'), `${shipped.replace('patients: 20000', 'patients: 300')}uncertainty:
  draws: 2
  parameters:
    - { path: localControlModel.residualClonogens.median, label: residue, distribution: { dist: lognormal, median: 2.4e5, sigma: 1 } }
`);
    const note = 'note: residue acts on the residue a resection leaves; no arm of this scenario resects a tumour on the residual-disease model, so it shows no effect here (docs/uncertainty.md)';
    const analysis = await rtsim('sensitivity', 'lesions.yaml', '--measure', 'progression-free-survival@2', '--samples', '5', '--patients', '300', '--resamples', '10', '--workers', '0', '--out', 'lesions-sensitivity');
    expect(analysis.status, analysis.stderr).toBe(exitCodes.ok);
    expect(analysis.stderr.split('\n').filter((line) => line.includes('note:'))).toEqual([`rtsim sensitivity: ${note}`]);
    const flat = JSON.parse(readFileSync(join(directory, 'lesions-sensitivity', 'sensitivity.json'), 'utf8')) as { tornado: { rows: { swing: number }[] } };
    expect(flat.tornado.rows[0]?.swing).toBe(0);
    const run = await rtsim('run', 'lesions.yaml', '--workers', '0', '--out', 'lesions-run');
    expect(run.stderr.split('\n').filter((line) => line.includes('note:'))).toEqual([`rtsim run: ${note}`]);
    // A horizon a hair past a bin edge (52·1.000000000001 weeks) gets the partial bin it needs (timeBinCount), so a time
    // at that horizon has a value, the same as at the edge (no patient's failure falls in 10⁻¹¹ of a week): it is offered.
    const edge = parsedScenario(scenarioText().replace('followUp: { years: 5, at: [2, 5] }', 'followUp: { years: 1.000000000001, at: [1, 1.000000000001] }'));
    expect(sensitivityMeasures(edge)).toEqual(['control-rate', 'mean-tcp', ...['1', '1.000000000001'].flatMap((t) => ['local-control', 'distant-metastasis-free-survival', 'metastasis', 'disease-specific-survival', 'overall-survival'].map((e) => `${e}@${t}`))]);
    const nominal = nominalScenario(edge);
    const atTimes = summarize(await runInThread(nominal), compilePlan(nominal), meta).arms[0]?.localControlAtTimes;
    expect(atTimes?.[1]?.localControl).not.toBeNull();
    expect(atTimes?.[1]?.localControl).toBe(atTimes?.[0]?.localControl);
  });
});
