// Footnotes and captions define only what their table shows: the paired cumulative-incidence table of a run without
// `metastasis` has LR alone, a pneumonitis-only run has no wound column, a two-level run without `metastasis` has no
// DMFS. The wording is checked against hand-written expectations, and once through the built command line.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complicationModelNote } from '../../packages/sim/src/report/complicationModelNote.js';
import { incidenceDifferenceNote } from '../../packages/sim/src/report/incidenceDifferenceNote.js';
import { uncertainEndpointsNote } from '../../packages/sim/src/report/uncertainEndpointsNote.js';
import type { UncertainEndpointRow } from '../../packages/sim/src/uncertainty/uncertainEndpointRows.js';
import { inProcessCli } from './inProcessCli.js';

describe('incidenceDifferenceNote(shown, cause)', () => {
  it('with LR alone defines LR and its competing death, and neither DM nor DOD', () => {
    expect(incidenceDifferenceNote(['CIF LR'], 'other causes')).toBe(
      'LR: local recurrence before death (death from other causes competing); the competing death counted as a competing event, not censored (not the difference of the Kaplan–Meier LC with death censored)',
    );
  });
  it('with metastasis defines all three, LR against death from any cause', () => {
    const note = incidenceDifferenceNote(['CIF LR', 'CIF DM', 'CIF DOD'], 'any cause');
    expect(note).toContain('LR: local recurrence before death (death from any cause competing), DM: distant metastasis (death from other causes competing), DOD: death from sarcoma');
    expect(note).toContain('Kaplan–Meier LC with death censored, DMFS or DSS)');
  });
  it('is empty for a table of survival endpoints', () => {
    expect(incidenceDifferenceNote(['LRFS', 'OS'], 'any cause')).toBe('');
  });
});

describe('complicationModelNote(endpoints)', () => {
  it('for pneumonitis alone explains pneumonitis and no wound, late effect or fracture', () => {
    const note = complicationModelNote(['pneumonitis']);
    expect(note).toBe(
      'Complications drawn per patient (docs/toxicity-model.md). Grade ≥ 2 radiation pneumonitis from the mean lung EQD2 at α/β 3 Gy (LKB, Seppenwoolde 2003; for SBRT fractions the LQ conversion is an extrapolation). ',
    );
    expect(note).not.toMatch(/wound|fibrosis|oedema|stiffness|fracture/i);
  });
  it('for the default endpoints explains wound and the three late effects, and no organ endpoint', () => {
    const note = complicationModelNote(['wound', 'fibrosis', 'oedema', 'stiffness']);
    expect(note).toContain('the major wound complication from the timing of surgery');
    expect(note).toContain('grade ≥ 2 fibrosis, oedema and joint stiffness from the EQD2 at α/β 3 Gy');
    expect(note).not.toMatch(/pneumonitis|fracture/i);
  });
  it('names only the late effects scored', () => {
    expect(complicationModelNote(['oedema'])).toContain('grade ≥ 2 oedema from the EQD2');
  });
});

describe('uncertainEndpointsNote(rows, withBackground)', () => {
  const row = (endpoint: UncertainEndpointRow['endpoint']): UncertainEndpointRow =>
    ({ arm: 'a', endpoint, years: 1, label: `a · ${endpoint} 1 y`, summary: {} as UncertainEndpointRow['summary'] });
  it('defines LC alone for LC rows', () => {
    expect(uncertainEndpointsNote([row('LC')], false)).toBe('LC: local recurrence, death ignored.');
  });
  it('defines PFS and OS, not LC, for rows of PFS and OS', () => {
    expect(uncertainEndpointsNote([row('PFS'), row('OS')], true)).toBe('PFS: alive without local failure of a treated lesion or new metastasis. OS: death from sarcoma or other causes.');
  });
});

describe('rtsim run scenarios/local-control-over-time.yaml (background, no metastasis)', () => {
  const directory = mkdtempSync(join(tmpdir(), 'rtsim-footnotes-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  let stdout = '';
  let html = '';
  beforeAll(async () => {
    const scenario = fileURLToPathname('../../scenarios/local-control-over-time.yaml');
    const run = await inProcessCli(directory)('run', scenario, '--patients', '1500', '--workers', '0', '--out', 'out');
    expect(run.status, run.stderr).toBe(0);
    stdout = run.stdout;
    html = readFileSync(join(directory, 'out', 'report.html'), 'utf8');
  });

  it('prints the CIF table with LR columns only, and a footnote that defines LR alone', () => {
    const lines = stdout.split('\n');
    const head = lines.findIndex((line) => line.startsWith('comparison') && line.includes('CIF LR Δ'));
    expect(head).toBeGreaterThan(0);
    expect(lines[head]).not.toMatch(/CIF DM|CIF DOD/);
    const note = lines.slice(head).find((line) => line.startsWith('Δ: cumulative incidence')) ?? '';
    expect(note).toContain('LR: local recurrence before death (death from other causes competing)');
    expect(note).not.toMatch(/DM:|DOD:|DMFS|DSS/);
  });

  it('captions the report\'s CIF table with LR alone', () => {
    const caption = /<caption class="note">(Cumulative incidence of arm a minus arm b[^<]*)<\/caption>/.exec(html)?.[1] ?? '';
    expect(caption).toContain('LR: local recurrence before death');
    expect(caption).not.toMatch(/DM:|DOD:|DMFS|DSS/);
  });
});

describe('rtsim run scenarios/default.yaml without follow-up times (background, metastasis)', () => {
  const directory = mkdtempSync(join(tmpdir(), 'rtsim-footnotes-lrfs-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('notes under the LRFS chart what LRFS is, and not the LC and CIF of a table it does not show', async () => {
    const shipped = readFileSync(fileURLToPathname('../../scenarios/default.yaml'), 'utf8');
    const text = shipped.replace(/^followUp: .*$/m, 'followUp: { years: 5 }');
    expect(text).not.toBe(shipped);
    writeFileSync(join(directory, 'no-times.yaml'), text);
    const run = await inProcessCli(directory)('run', 'no-times.yaml', '--patients', '1500', '--workers', '0', '--out', 'out');
    expect(run.status, run.stderr).toBe(0);
    const html = readFileSync(join(directory, 'out', 'report.html'), 'utf8');
    const section = /<h2>Local recurrence and death from any cause<\/h2>[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(section).not.toContain('CIF local recurrence');
    const note = /<p class="note">([^<]*)<\/p>/.exec(section)?.[1] ?? '';
    expect(note).toContain('LRFS: alive without local recurrence.');
    expect(note).not.toMatch(/LC:|CIF/);
  });
});

/** A path of the repository from this test file. */
function fileURLToPathname(relative: string): string {
  return new URL(relative, import.meta.url).pathname;
}
