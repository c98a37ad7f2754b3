// Holdout-4 of calibration/local-control-evidence.yaml is sealed (docs/local-control-model.md, "Holdout-4 (blind, not
// yet opened)"): this keeps the doc's counts true, counted from the data file's text (not through the code that
// reads it), and checks that no holdout-4 number has reached the reference fixture or a generated table.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { validateEvidence } from '../../packages/sim/src/calibration/validateEvidence.js';
import { readScenarioText } from '../../packages/sim/src/scenario/readScenarioText.js';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const data = read('calibration/local-control-evidence.yaml');
const sealedRole = 'sealed-holdout-4';

/** The file's series as text blocks, in file order (each starts at `  - id:` under `series:`). */
const blocks = (data.split(/^series:\n/m)[1] ?? '').split(/^(?= {2}- id: )/m).filter((b) => b.startsWith('  - id: '));
const roleOf = (block: string): string => /^ {4}role: (\S+)$/m.exec(block)?.[1] ?? '';
const idOf = (block: string): string => /^ {2}- id: (\S+)$/m.exec(block)?.[1] ?? '';
const sealed = blocks.filter((b) => roleOf(b) === sealedRole);

describe('holdout-4 stays sealed', () => {
  test('10 series with 15 observations, all after every other series, as the doc says', () => {
    expect(sealed).toHaveLength(10);
    // One binomial term per observation: each is one `{ kind: … }` entry.
    expect(sealed.reduce((sum, b) => sum + (b.match(/\{ kind: /g) ?? []).length, 0)).toBe(15);
    const firstSealed = blocks.findIndex((b) => roleOf(b) === sealedRole);
    expect(blocks.slice(firstSealed).every((b) => roleOf(b) === sealedRole)).toBe(true);
    expect(read('docs/local-control-model.md')).toContain('**10 series, 15 terms**');
  });

  test('the rules were written in the header (the file says the rules precede the encoding)', () => {
    const header = data.split(/^version: 1$/m)[0] ?? '';
    expect(header).toContain('HOLDOUT-4');
    expect(header).toContain('BEFORE ANY HOLDOUT-4 SERIES WAS ENCODED');
    expect(header).toContain('Left out of holdout-4');
  });

  test('rtsim calibrate validates the file and simulates no sealed series', () => {
    const text = readScenarioText(data, 'local-control-evidence.yaml');
    if (!text.ok) throw new Error('the evidence file does not parse');
    const validation = validateEvidence(text.value);
    if (!validation.ok) throw new Error(validation.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
    const ids = new Set(validation.setup.series.map((s) => s.id));
    expect(ids.size).toBe(blocks.length - sealed.length);
    for (const block of sealed) expect(ids.has(idOf(block))).toBe(false);
    // Every simulated part belongs to a series before the first sealed one (parts are named by their path).
    expect(validation.setup.parts.every((p) => Number(/^series\[(\d+)\]/.exec(p.where)?.[1]) < blocks.length - sealed.length)).toBe(true);
  });

  test('no holdout-4 series is in the reference fixtures, the model doc\'s tables or docs/reproductions.md', () => {
    const fixture = ['local-control-model', 'local-control-revision-3', 'local-control-reestimate', 'local-control-revision-3-reestimate'].map((name) => read(`test/fixtures/${name}.json`)).join('\n');
    const tables = [read('docs/local-control-model.md'), read('docs/reproductions.md')].join('\n').split('\n').filter((line) => line.startsWith('|'));
    expect(fixture).not.toContain(sealedRole);
    for (const block of sealed) {
      const id = idOf(block);
      expect(fixture).not.toContain(id);
      expect(tables.filter((line) => line.includes(id))).toEqual([]);
    }
  });
});
