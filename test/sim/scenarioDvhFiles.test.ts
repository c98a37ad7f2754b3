// `dvh:` files read from disk relative to the scenario file (readDvhFiles through readScenarioFile), and the shipped
// example scenarios/dvh/sbrt-lung-plan.yaml.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../packages/sim/src/cli/readScenarioFile.js';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import { scenarioHash } from '../../packages/sim/src/scenario/scenarioHash.js';
import { inProcessCli } from './inProcessCli.js';

const root = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'rtsim-dvh-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('scenarios/dvh/sbrt-lung-plan.yaml', () => {
  it('reads its three plans from plans/ (file-name order), the PTV as the target and Lung-GTV as the organ', async () => {
    const file = await readScenarioFile(join(root, 'scenarios', 'dvh', 'sbrt-lung-plan.yaml'));
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    const [planned, uniform] = file.scenario.arms;
    expect(planned?.dvh?.structure).toBe('PTV');
    expect(planned?.dvh?.plans).toHaveLength(3);
    expect(uniform?.dvh).toBeUndefined();
    expect(planned?.organAtRisk?.plans).toHaveLength(3);
    // Each PTV plan's relative volumes sum to 1, and its doses lie within the exported 51.9–71.8 Gy.
    for (const bins of planned?.dvh?.plans ?? []) {
      expect(bins.reduce((sum, bin) => sum + bin.volume, 0)).toBeCloseTo(1, 9);
      expect(Math.min(...bins.map((bin) => bin.dose))).toBeGreaterThanOrEqual(51.9);
      expect(Math.max(...bins.map((bin) => bin.dose))).toBeLessThanOrEqual(71.8);
    }
    const ntcp = compilePlan(file.scenario).arms[0]?.toxicity?.ntcp ?? Number.NaN;
    expect(ntcp).toBeGreaterThan(0);
    expect(ntcp).toBeLessThan(0.2);
  });

  it('the hash follows the data, not the path: the same plans in a renamed folder give the same hash', async () => {
    const original = await readScenarioFile(join(root, 'scenarios', 'dvh', 'sbrt-lung-plan.yaml'));
    const directory = join(scratch, 'renamed');
    mkdirSync(join(directory, 'other'), { recursive: true });
    for (const name of ['plan-a-small.txt', 'plan-b-medium.txt', 'plan-c-large.txt']) copyFileSync(join(root, 'scenarios', 'dvh', 'plans', name), join(directory, 'other', name));
    const text = readFileSync(join(root, 'scenarios', 'dvh', 'sbrt-lung-plan.yaml'), 'utf8').replaceAll('folder: plans', 'folder: other');
    writeFileSync(join(directory, 's.yaml'), text);
    const renamed = await readScenarioFile(join(directory, 's.yaml'));
    expect(original.ok && renamed.ok).toBe(true);
    if (!original.ok || !renamed.ok) return;
    expect(await scenarioHash(renamed.scenario)).toBe(await scenarioHash(original.scenario));
  });
});

describe('readScenarioFile with dvh: files', () => {
  const base = (dvh: string): string =>
    `version: 1\nname: t\nreferences: [x]\nseed: 1\npatients: 10\ncohort: { subtypes: [ { ref: sts } ], volume: 10 }\narms:\n  - id: a\n    schedule: { fractions: 3, dose: 18 }\n    dvh: ${dvh}\nfollowUp: { years: 2 }\n`;

  it('a missing file is an issue at its path, with its line in the scenario', async () => {
    writeFileSync(join(scratch, 'missing.yaml'), base('{ file: nowhere.txt, structure: PTV }'));
    const file = await readScenarioFile(join(scratch, 'missing.yaml'));
    expect(file.ok).toBe(false);
    if (file.ok) return;
    expect(file.issues).toEqual([{ path: 'arms[0].dvh.file', message: 'nowhere.txt: cannot read: no such file or folder', line: 10, column: 18 }]);
  });

  it('a folder named as a file, and a file named as a folder', async () => {
    mkdirSync(join(scratch, 'plans'), { recursive: true });
    writeFileSync(join(scratch, 'plans', 'p.csv'), 'dose_Gy,volume_%\n0,100\n54,100\n');
    writeFileSync(join(scratch, 'kinds.yaml'), base('{ file: plans, structure: p }'));
    const asFile = await readScenarioFile(join(scratch, 'kinds.yaml'));
    expect(asFile.ok ? [] : asFile.issues.map((issue) => issue.message)).toEqual(['plans: not a file']);
    writeFileSync(join(scratch, 'kinds.yaml'), base('{ folder: plans/p.csv, structure: p }'));
    const asFolder = await readScenarioFile(join(scratch, 'kinds.yaml'));
    expect(asFolder.ok ? [] : asFolder.issues.map((issue) => issue.message)).toEqual(['plans/p.csv: not a folder']);
    writeFileSync(join(scratch, 'kinds.yaml'), base('{ folder: plans, structure: p }'));
    const ok = await readScenarioFile(join(scratch, 'kinds.yaml'));
    expect(ok.ok && ok.scenario.arms[0]?.dvh?.plans).toEqual([[{ dose: 54, volume: 1 }]]);
  });
});

describe('rtsim run --shard and merge of a scenario with dvh: folders', () => {
  it('the merged shards give the arms of a whole run, the plans taken from the embedded scenario', async () => {
    const directory = join(scratch, 'shards');
    mkdirSync(join(directory, 'plans'), { recursive: true });
    for (const name of ['plan-a-small.txt', 'plan-b-medium.txt', 'plan-c-large.txt']) copyFileSync(join(root, 'scenarios', 'dvh', 'plans', name), join(directory, 'plans', name));
    const text = readFileSync(join(root, 'scenarios', 'dvh', 'sbrt-lung-plan.yaml'), 'utf8').replace('patients: 20000', 'patients: 9000');
    writeFileSync(join(directory, 's.yaml'), text);
    const rtsim = inProcessCli(directory);
    expect((await rtsim('run', 's.yaml', '--out', 'whole', '--workers', '0')).status).toBe(0);
    expect((await rtsim('run', 's.yaml', '--out', 'parts', '--shard', '1/2', '--workers', '0')).status).toBe(0);
    expect((await rtsim('run', 's.yaml', '--out', 'parts', '--shard', '2/2', '--workers', '0')).status).toBe(0);
    const merged = await rtsim('merge', join('parts', 'partial-1-of-2.json'), join('parts', 'partial-2-of-2.json'), '--out', 'merged');
    expect(merged.stderr).not.toMatch(/error|refused|not a valid/i);
    expect(merged.status).toBe(0);
    const arms = (name: string): unknown => (JSON.parse(readFileSync(join(directory, name, 'results.json'), 'utf8')) as { arms: unknown }).arms;
    expect(arms('merged')).toEqual(arms('whole'));
  }, 120_000);
});
