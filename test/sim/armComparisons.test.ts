// Which pairs of arms a run compares (docs/scenarios.md, "Comparisons") and the limit on arms, through the command
// line as built (`pnpm build` runs before vitest in `pnpm test`).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { maxArms } from '../../packages/sim/dist/scenario/maxArms.js';
import { exitCodes } from '../../packages/sim/dist/node.js';
import type { TrialResults } from '../../packages/sim/dist/index.js';
import { inProcessCli } from './inProcessCli.js';
import { scenarioRun } from './scenarioRun.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-arm-comparisons-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const rtsim = inProcessCli(directory);

/** Arm `id` given 2 Gy fractions, `fractions` of them: a dose response, so every pair differs. */
const armLine = (id: string, fractions: number): string => `  - { id: ${id}, schedule: { fractions: ${fractions}, dose: 2, perWeek: 5 } }`;

function scenarioText(arms: readonly string[], extra = '', patients = 3000, years = 2): string {
  return `version: 1
name: arm comparisons
references: ["test scenario"]
seed: 11
patients: ${patients}
cohort:
  volume: { dist: lognormal, median: 100, sigma: 0.5 }
  subtypes:
    - ref: sts
arms:
${arms.join('\n')}
followUp: { years: ${years} }
${extra}`;
}

const fourArms = [armLine('ref', 25), armLine('b', 20), armLine('c', 30), armLine('d', 15)];

const run = scenarioRun(directory);

const pairNames = (results: TrialResults): string[] => results.comparisons.map((c) => `${c.a} − ${c.b}`);

describe('rtsim run: the pairs of arms compared', () => {
  it('compares the first arm with each other arm by default, in file order, in results.json, the table and the report', async () => {
    const { results, stdout, html } = await run('default', scenarioText(fourArms));
    expect(pairNames(results)).toEqual(['ref − b', 'ref − c', 'ref − d']);
    for (const pair of ['ref − b', 'ref − c', 'ref − d']) {
      expect(stdout).toContain(pair);
      expect(html).toContain(pair);
    }
    expect(stdout).not.toContain('b − c');
    expect(html).not.toContain('b − c');
    // The paired difference is the difference of the arm means, whatever else is compared.
    for (const pair of results.comparisons) {
      const a = results.arms.find((arm) => arm.id === pair.a);
      const b = results.arms.find((arm) => arm.id === pair.b);
      expect(pair.meanTcpDifference).toBeCloseTo((a?.meanTcp ?? NaN) - (b?.meanTcp ?? NaN), 12);
    }
  });

  it('comparisons: all gives every pair in lexicographic order, and each pair is the same as when fewer are compared', async () => {
    const all = await run('all', scenarioText(fourArms, 'comparisons: all'));
    expect(pairNames(all.results)).toEqual(['ref − b', 'ref − c', 'ref − d', 'b − c', 'b − d', 'c − d']);
    const reference = await run('reference', scenarioText(fourArms));
    expect(all.results.comparisons.slice(0, 3)).toEqual(reference.results.comparisons);
    // The arms do not depend on the comparisons at all; arms.csv (one row per arm and subtype) neither.
    expect(all.results.arms).toEqual(reference.results.arms);
    expect(all.csv).toBe(reference.csv);
  });

  it('a list of pairs gives those pairs in its order; b − a is a − b with its sign changed and the discordant counts swapped', async () => {
    const listed = await run('listed', scenarioText(fourArms, 'comparisons:\n  - { a: c, b: b }\n  - { a: d, b: ref }\n'));
    expect(pairNames(listed.results)).toEqual(['c − b', 'd − ref']);
    expect(listed.stdout).toContain('c − b');
    const all = await run('all-again', scenarioText(fourArms, 'comparisons: all'));
    const forward = all.results.comparisons.find((c) => c.a === 'b' && c.b === 'c');
    const backward = listed.results.comparisons[0];
    expect(backward?.meanTcpDifference).toBe(-(forward?.meanTcpDifference ?? NaN));
    expect(backward?.discordant).toEqual({ aOnly: forward?.discordant.bOnly, bOnly: forward?.discordant.aOnly });
    expect(backward?.mcnemarP).toBe(forward?.mcnemarP);
  });

  it('two arms give the same results with or without comparisons: all', async () => {
    const two = [armLine('long', 25), armLine('short', 5)];
    const plain = await run('two', scenarioText(two));
    const all = await run('two-all', scenarioText(two, 'comparisons: all'));
    expect(pairNames(plain.results)).toEqual(['long − short']);
    expect(all.results.comparisons).toEqual(plain.results.comparisons);
  });

  it('a two-level run summarises the compared pairs over the parameter sets: the reference pairs by default, each as with all', async () => {
    const text = readFileSync(new URL('../../scenarios/uncertainty-preop.yaml', import.meta.url), 'utf8').replace('patients: 20000', 'patients: 500').replace('draws: 100', 'draws: 3');
    const plain = await run('two-level', text);
    const all = await run('two-level-all', `${text}\ncomparisons: all\n`);
    const names = (results: TrialResults): string[] => (results.uncertainty?.comparisons ?? []).map((c) => `${c.a} − ${c.b}`);
    const [first, second, third] = plain.results.arms.map((arm) => arm.id);
    expect(names(plain.results)).toEqual([`${first} − ${second}`, `${first} − ${third}`]);
    expect(names(all.results)).toEqual([`${first} − ${second}`, `${first} − ${third}`, `${second} − ${third}`]);
    expect(plain.results.uncertainty?.comparisons).toEqual(all.results.uncertainty?.comparisons.slice(0, 2));
  });

  it(`runs a scenario at the maximum of ${maxArms} arms with every pair and 30 years of follow-up without a stack overflow`, async () => {
    // Before the limit, the report spread every arm's Kaplan–Meier curve (100 × 1565 bins) into Math.min and the
    // table spread every row into Math.max: RangeError after the files were written.
    const arms = Array.from({ length: maxArms }, (_, i) => `  - { id: arm${i}, schedule: { fractions: ${1 + (i % 40)}, dose: ${1.5 + 0.5 * Math.floor(i / 40)}, perWeek: 5 } }`);
    const { results, stdout, html } = await run('maximum', scenarioText(arms, 'comparisons: all', 20, 30));
    expect(results.arms).toHaveLength(maxArms);
    expect(results.comparisons).toHaveLength((maxArms * (maxArms - 1)) / 2);
    expect(stdout).toContain(`arm${maxArms - 2} − arm${maxArms - 1}`);
    expect(html).toContain(`arm${maxArms - 2} − arm${maxArms - 1}`);
  });
});

describe('rtsim merge: shards of a run that compares some pairs', () => {
  /** Runs `text` unsharded and as 3 shards merged; the merged results.json must be the unsharded one, byte for byte. */
  async function expectShardedIdentical(name: string, text: string): Promise<void> {
    writeFileSync(join(directory, `${name}.yaml`), text);
    const whole = await rtsim('run', `${name}.yaml`, '--workers', '0', '--out', `${name}-whole`);
    expect(whole.status).toBe(exitCodes.ok);
    for (let k = 1; k <= 3; k++) {
      const shard = await rtsim('run', `${name}.yaml`, '--workers', '0', '--shard', `${k}/3`, '--out', `${name}-shards`);
      expect(shard.status).toBe(exitCodes.ok);
    }
    const parts = [1, 2, 3].map((k) => join(`${name}-shards`, `partial-${k}-of-3.json`));
    const merged = await rtsim('merge', ...parts, '--out', `${name}-merged`);
    // Before the fix the merge checked every pair of arms, found the uncompared ones empty and refused the parts.
    expect(merged.stderr).not.toContain('discordant');
    expect(merged.status).toBe(exitCodes.ok);
    const read = (dir: string): string => readFileSync(join(directory, dir, 'results.json'), 'utf8');
    expect(read(`${name}-merged`)).toBe(read(`${name}-whole`));
  }

  it('the default pairs (first arm with each other) of four arms', async () => {
    await expectShardedIdentical('sharded-default', scenarioText(fourArms, '', 9000));
  });

  it('a listed pair that does not involve the first arm', async () => {
    await expectShardedIdentical('sharded-listed', scenarioText(fourArms, 'comparisons:\n  - { a: c, b: d }\n', 9000));
  });

  it('a two-level run of three arms with the default pairs', async () => {
    const text = readFileSync(new URL('../../scenarios/uncertainty-preop.yaml', import.meta.url), 'utf8').replace('patients: 20000', 'patients: 9000').replace('draws: 100', 'draws: 2');
    await expectShardedIdentical('sharded-two-level', text);
  });
});

describe('rtsim validate: arms and comparisons', () => {
  async function problems(name: string, text: string): Promise<string> {
    writeFileSync(join(directory, `${name}.yaml`), text);
    const outcome = await rtsim('validate', `${name}.yaml`);
    expect(outcome.status).toBe(exitCodes.invalidInput);
    return outcome.stderr;
  }

  it(`accepts ${maxArms} arms and refuses ${maxArms + 1}, naming the path, the limit and the count`, async () => {
    const arms = (count: number): string[] => Array.from({ length: count }, (_, i) => armLine(`arm${i}`, 1 + (i % 30)));
    writeFileSync(join(directory, 'at-limit.yaml'), scenarioText(arms(maxArms)));
    expect((await rtsim('validate', 'at-limit.yaml')).status).toBe(exitCodes.ok);
    const stderr = await problems('over-limit', scenarioText(arms(maxArms + 1)));
    expect(stderr).toContain(`arms: expected at most 100 arms, got 101`);
    expect(stderr).toMatch(/\(1 problem\)/);
  });

  it('names an unknown arm, with a hint when one is close; prototype names are not arms', async () => {
    const stderr = await problems(
      'unknown',
      scenarioText(fourArms, 'comparisons:\n  - { a: ref, b: cc }\n  - { a: constructor, b: __proto__ }\n  - { a: toString, b: ref }\n'),
    );
    expect(stderr).toMatch(/comparisons\[0\]\.b: unknown arm 'cc'; did you mean 'c'\?/);
    expect(stderr).toMatch(/comparisons\[1\]\.a: unknown arm 'constructor'/);
    expect(stderr).toMatch(/comparisons\[1\]\.b: unknown arm '__proto__'/);
    expect(stderr).toMatch(/comparisons\[2\]\.a: unknown arm 'toString'/);
  });

  it('refuses a pair of an arm with itself and a pair given twice (in either order)', async () => {
    const stderr = await problems('pairs', scenarioText(fourArms, 'comparisons:\n  - { a: b, b: b }\n  - { a: ref, b: c }\n  - { a: c, b: ref }\n'));
    expect(stderr).toMatch(/comparisons\[0\]: compares arm 'b' with itself/);
    expect(stderr).toMatch(/comparisons\[2\]: compares 'c' and 'ref' again \(comparisons\[1\] already does/);
  });

  it('refuses another word than all, an empty list and unknown keys in a pair', async () => {
    expect(await problems('word', scenarioText(fourArms, 'comparisons: every'))).toMatch(/comparisons: expected one of 'all', got "every"/);
    expect(await problems('empty', scenarioText(fourArms, 'comparisons: []'))).toMatch(/comparisons: expected at least one item/);
    expect(await problems('key', scenarioText(fourArms, 'comparisons:\n  - { a: ref, c: b }\n'))).toMatch(/comparisons\[0\]\.c: unknown key 'c'/);
  });
});
