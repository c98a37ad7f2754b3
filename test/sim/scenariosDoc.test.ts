import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatScenarioIssue, parseScenario, scenarioJsonSchema } from '../../packages/sim/dist/index.js';
import { scenarioRun } from './scenarioRun.js';

// docs/scenarios.md is the tutorial of the scenario format. Every ```yaml block in it is a complete scenario: each
// is parsed by the real parser and run on a small cohort here, so that no example rots when the format moves.
// Its table of top-level fields is compared with the schema, so a field added to the schema fails this test
// until the tutorial explains it.

const doc = readFileSync(new URL('../../docs/scenarios.md', import.meta.url), 'utf8');

/** The fenced ```yaml blocks of the tutorial, in order, with the line their text starts on (1-based). */
const blocks = [...doc.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((match) => ({
  text: match[1] ?? '',
  line: doc.slice(0, match.index).split('\n').length + 1,
}));

/** Patients per example in the runs here: enough for every code path, small enough for a 2-core machine. */
const smokePatients = '300';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-scenarios-doc-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const run = scenarioRun(directory);

/** The text between `<!-- NAME:start -->` and `<!-- NAME:end -->`. */
function marked(name: string): string {
  const inside = doc.split(`<!-- ${name}:start -->`)[1]?.split(`<!-- ${name}:end -->`)[0];
  if (inside === undefined) throw new Error(`docs/scenarios.md: no <!-- ${name}:start --> … <!-- ${name}:end --> block`);
  return inside;
}

describe('docs/scenarios.md', () => {
  it('has worked examples, each a fenced yaml block', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(12);
  });

  it('lists every top-level field of the scenario schema in its field table, and no other', () => {
    const schemaFields = Object.keys(scenarioJsonSchema().properties ?? {}).sort();
    expect(schemaFields).toContain('arms');
    const tableFields = [...marked('top-level-fields').matchAll(/^\| `([^`]+)` \|/gm)].map(([, field]) => field).sort();
    expect(tableFields).toEqual(schemaFields);
  });

  it('uses every top-level field of the schema in at least one example', () => {
    const used = new Set<string>();
    for (const block of blocks) {
      const parsed = parseScenario(block.text);
      if (parsed.ok) for (const key of Object.keys(parsed.input)) used.add(key);
    }
    const unused = Object.keys(scenarioJsonSchema().properties ?? {}).filter((field) => !used.has(field));
    expect(unused).toEqual([]);
  });

  it.each(blocks.map((block) => [block.line, block]))('the yaml block at line %i is a valid scenario that runs', async (_line, block) => {
    const parsed = parseScenario(block.text);
    if (!parsed.ok) throw new Error(`docs/scenarios.md line ${block.line}:\n${parsed.issues.map((issue) => formatScenarioIssue(issue)).join('\n')}`);
    const name = `example-${block.line}`;
    const { results } = await run(name, block.text, '--patients', smokePatients);
    expect(results.patients).toBe(Number(smokePatients));
    expect(results.arms.map((arm) => arm.id)).toEqual(parsed.input.arms.map((arm) => arm.id));
    for (const arm of results.arms) {
      expect(arm.controlRate, `${name}: ${arm.id}`).toBeGreaterThanOrEqual(0);
      expect(arm.controlRate, `${name}: ${arm.id}`).toBeLessThanOrEqual(1);
    }
  });

  // The first example's output is shown in the tutorial: the numbers come from this run, not from memory.
  it('shows what rtsim run prints for the first example, at the patients and seed of its file', async () => {
    const first = blocks[0];
    if (first === undefined) throw new Error('docs/scenarios.md: no yaml block');
    const shown = marked('first-run').split('```\n')[1] ?? '';
    expect(shown).toMatch(/^Teaching example/);
    const { stdout } = await run('first-run', first.text);
    expect(stdout).toBe(shown);
  });

  // The tutorial explains the first example's log-rank p (< 0.001, beside McNemar's 0.081) by the 28 days
  // (32 − 4) by which the 5-fraction arm detects the same failures earlier: its curve must start to fall 4 weekly
  // bins (28 days) before the 25-fraction arm's, and both must end near the same control.
  it('explains the first example\'s log-rank p by failures detected 28 days earlier in the 5-fraction arm', async () => {
    expect(doc).toContain('so it detects the failures of the same patients 28 days earlier');
    const first = blocks[0];
    if (first === undefined) throw new Error('docs/scenarios.md: no yaml block');
    const { results } = await run('first-run-timing', first.text);
    const [conventional, hypofractionated] = results.arms;
    if (conventional === undefined || hypofractionated === undefined) throw new Error('the first example has two arms');
    expect([conventional.overallTime, hypofractionated.overallTime]).toEqual([32, 4]);
    const firstDrop = (curve: readonly number[]): number => curve.findIndex((value) => value < 1);
    expect(firstDrop(conventional.localControlCurve) - firstDrop(hypofractionated.localControlCurve)).toBe(4);
    expect(Math.abs(conventional.controlRate - hypofractionated.controlRate)).toBeLessThan(0.02);
    const [pair] = results.comparisons;
    expect(pair?.mcnemarP).toBeGreaterThan(0.05);
    expect(pair?.logRankP).toBeLessThan(0.001);
  });
});
