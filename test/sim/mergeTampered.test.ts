import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The command line as built JavaScript (`pnpm build` runs before vitest in `pnpm test`), in-process through
// `main`: every part below is a file on disk, damaged or edited the way a user's copy could be.
import { exitCodes, rtsimVersion } from '../../packages/sim/dist/node.js';
import { modelVersion, scenarioHash } from '../../packages/sim/dist/index.js';
import { inProcessCli } from './inProcessCli.js';
import { resealShard } from './resealShard.js';
import { longShortScenario } from './longShortScenario.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-merge-tampered-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const rtsim = inProcessCli(directory);
const read = (...parts: string[]): string => readFileSync(join(directory, ...parts), 'utf8');
const write = (name: string, text: string | Buffer): void => writeFileSync(join(directory, name), text);
/** The fields of a shard file the tests edit (a two-level part has `accumulators`, a cohort part `accumulator`). */
interface AccumulatorJson {
  fingerprint: string;
  blockCount: number;
  blocks: number[][];
  counts: number[];
  dimensions: Record<string, number>;
}
interface ShardJson {
  [field: string]: unknown;
  formatVersion: number;
  checksum?: string;
  rtsim: string;
  scenarioHash: string;
  scenarioText: string;
  scenario: { arms: { schedule: Record<string, number> }[] };
  accumulator: AccumulatorJson;
  /** null for a parameter set the shard has no block of. */
  accumulators: AccumulatorJson[];
}
const parsed = (...parts: string[]): ShardJson => JSON.parse(read(...parts)) as ShardJson;
const hashOf = (scenario: ShardJson['scenario']): Promise<string> => scenarioHash(scenario as unknown as Parameters<typeof scenarioHash>[0]);

// 9000 patients are 3 blocks: shard K/3 (strided) holds block K − 1. Two arms, one subtype: the counts begin
// [valid, invalid, subtype 0, arm 0 controlled, arm 0 histogram (50 bins), arm 0 time bins, arm 1 …] (PartialLayout).
write(
  'two-arms.yaml',
  `version: 1
name: merge tamper test
references: ["test scenario"]
seed: 42
patients: 9000
cohort:
  volume: { dist: lognormal, median: 250, sigma: 0.9 }
  subtypes:
    - ref: sts
arms:
  - id: long
    schedule: { fractions: 25, dose: 2, perWeek: 5 }
  - id: short
    schedule: { fractions: 5, dose: 6, perWeek: 5 }
followUp: { years: 5 }
`,
);
const controlledArm0 = 3;

// A two-level run: 3 parameter sets × 2 blocks = 6 (set, block) units, shard K/3 (strided) units K − 1 and K + 2.
write(
  'uncertain.yaml',
  longShortScenario('merge tamper test with parameter uncertainty', 7, 5000, `uncertainty:
  draws: 2
  parameters:
    - { path: 'cohort.subtypes[sts].alpha.mean', distribution: { dist: normal, mean: 0.3, sd: 0.03, min: 0.1 } }
`),
);

const cohortParts = ['shards/partial-1-of-3.json', 'shards/partial-2-of-3.json', 'shards/partial-3-of-3.json'];
const twoLevelParts = ['two-level/partial-1-of-3.json', 'two-level/partial-2-of-3.json', 'two-level/partial-3-of-3.json'];

beforeAll(async () => {
  for (const [file, out, single] of [['two-arms.yaml', 'shards', 'single'], ['uncertain.yaml', 'two-level', 'two-level-single']] as const) {
    expect((await rtsim('run', file, '--workers', '0', '--out', single)).status).toBe(exitCodes.ok);
    for (const k of [1, 2, 3]) expect((await rtsim('run', file, '--workers', '0', '--out', out, '--shard', `${k}/3`)).status).toBe(exitCodes.ok);
  }
}, 120_000);

/** Merges the parts into a fresh directory; the status, stderr, and results.json when written. */
async function merge(parts: readonly string[], out: string): Promise<{ status: number; stderr: string; results?: string }> {
  const { status, stderr } = await rtsim('merge', ...parts, '--out', out);
  return status === exitCodes.ok ? { status, stderr, results: read(out, 'results.json') } : { status, stderr };
}

/** Expects a refusal (status 2) whose message names the file and contains `text`, and nothing written. */
async function expectRefused(parts: readonly string[], name: string, text: string): Promise<void> {
  const { status, stderr } = await rtsim('merge', ...parts, '--out', 'never');
  expect(stderr).toContain(name);
  expect(stderr).toContain(text);
  expect(status).toBe(exitCodes.invalidInput);
}

describe('rtsim merge refuses cohort parts whose content a real part cannot have', () => {
  it('a controlled count above the patients (a control rate of 1.28), checksum recomputed', async () => {
    const part = parsed('shards/partial-2-of-3.json');
    const patients = part['accumulator'].counts[2];
    part['accumulator'].counts[controlledArm0] = Math.round(1.28 * patients);
    write('inflated.json', JSON.stringify(resealShard(part)));
    await expectRefused(['shards/partial-1-of-3.json', 'inflated.json', 'shards/partial-3-of-3.json'], 'inflated.json', `arm 0, subtype 0: ${Math.round(1.28 * patients)} controlled of ${patients} patients`);
  });

  it('a flipped bit in a sum (the checksum no longer matches)', async () => {
    const text = read('shards/partial-1-of-3.json');
    const at = text.indexOf('"sums": [') + 20; // inside the first sum's digits
    const bytes = Buffer.from(text);
    bytes[at] = bytes[at] ^ 1; // a digit stays a digit: '0' ↔ '1', '2' ↔ '3', …
    write('flipped.json', bytes);
    expect(JSON.parse(bytes.toString())).not.toEqual(JSON.parse(text)); // still JSON, another value
    await expectRefused(['flipped.json', 'shards/partial-2-of-3.json', 'shards/partial-3-of-3.json'], 'flipped.json', 'its checksum does not match its content');
  });

  it('a sum that is not a decimal, or not one rtsim writes, checksum recomputed: said once, naming the field and why', async () => {
    for (const [sum, why] of [
      ['abc', 'must be a plain decimal number (digits, optionally a point and more digits), got "abc"'],
      ['0.1', 'is 0.1, which is not a multiple of 2^-40: rtsim writes its sums exactly, as such multiples'],
    ]) {
      const part = parsed('shards/partial-1-of-3.json');
      (part['accumulator'] as unknown as { sums: string[] }).sums[0] = sum;
      write('bad-sum.json', JSON.stringify(resealShard(part)));
      const { status, stderr } = await rtsim('merge', 'bad-sum.json', ...cohortParts.slice(1), '--out', 'never');
      expect(stderr).toBe(`rtsim merge: bad-sum.json: not an rtsim partial result: accumulator: sums[0] ${why}\n`);
      expect(status).toBe(exitCodes.invalidInput);
    }
  });

  it('a block list that is not the shard\'s (blocks 0 and 1 claimed with the counts of block 0), checksum recomputed', async () => {
    const part = parsed('shards/partial-1-of-3.json');
    part['accumulator'].blocks = [[0, 1, 2]];
    write('claims-two.json', JSON.stringify(resealShard(part)));
    await expectRefused(['claims-two.json', 'shards/partial-3-of-3.json'], 'claims-two.json', 'its block list is not its shard\'s: block 1 is not part of the shard');
  });

  it('a block count that does not match the patients, checksum recomputed', async () => {
    const part = parsed('shards/partial-3-of-3.json');
    part['accumulator'].blockCount = 4;
    write('four-blocks.json', JSON.stringify(resealShard(part)));
    await expectRefused([...cohortParts.slice(0, 2), 'four-blocks.json'], 'four-blocks.json', 'blockCount 4 is not ⌈patients / 4096⌉ = 3');
  });

  it('an embedded scenario edited and hashed again, in every part', async () => {
    const names: string[] = [];
    for (const [k, path] of cohortParts.entries()) {
      const part = parsed(path);
      part['scenario'].arms[1].schedule.dose = 7;
      part['scenarioHash'] = await hashOf(part['scenario']);
      names.push(`rehashed-${k + 1}.json`);
      write(names[k], JSON.stringify(resealShard(part)));
    }
    await expectRefused(names, 'rehashed-1.json', 'scenario.arms[1].schedule.dose is not what its scenarioText resolves to (expected 6, got 7)');
  });

  it('a scenario text that is not a valid scenario any more, hashed consistently: the validator\'s problems, with the file', async () => {
    const part = parsed('shards/partial-1-of-3.json');
    part['scenarioText'] = part['scenarioText'].replace('fractions: 5,', 'fractions: -5,');
    write('bad-text.json', JSON.stringify(resealShard(part)));
    await expectRefused(['bad-text.json', ...cohortParts.slice(1)], 'bad-text.json', 'its scenarioText (two-arms.yaml as run) is not a valid scenario: arms[1].schedule.fractions: expected a whole number ≥ 1, got -5');
  });

  it('a fingerprint of another scenario: status 2 naming the file, not status 1 naming "part 2"', async () => {
    const part = parsed('shards/partial-2-of-3.json');
    part['accumulator'].fingerprint = '0123456789abcd';
    write('other-fingerprint.json', JSON.stringify(resealShard(part)));
    await expectRefused(['shards/partial-1-of-3.json', 'other-fingerprint.json', 'shards/partial-3-of-3.json'], 'other-fingerprint.json', 'its fingerprint 0123456789abcd is not that of its scenario');
  });

  it('a null arm in the embedded scenario: status 2 naming the file and the path', async () => {
    const part = parsed('shards/partial-1-of-3.json');
    (part['scenario'].arms as unknown[])[0] = null;
    write('null-arm.json', JSON.stringify(resealShard(part)));
    await expectRefused(['null-arm.json', ...cohortParts.slice(1)], 'null-arm.json', 'scenario.arms[0] is not what its scenarioText resolves to (expected a mapping, got an empty value)');
  });

  it('a shard file of format 1 (before checksums): asks for the shard to be run again', async () => {
    const part = parsed('shards/partial-1-of-3.json');
    part['formatVersion'] = 1;
    delete part['checksum'];
    write('format-1.json', JSON.stringify(part));
    await expectRefused(['format-1.json', ...cohortParts.slice(1)], 'format-1.json', 'it is in shard format 1 (no checksum), written by an earlier rtsim: run the shard again with this version');
  });

  it('a shard file of format 2 (before the progression strata and paired event times): asks for the shard to be run again', async () => {
    const part = parsed('shards/partial-1-of-3.json');
    part['formatVersion'] = 2;
    write('format-2.json', JSON.stringify(resealShard(part)));
    await expectRefused(['format-2.json', ...cohortParts.slice(1)], 'format-2.json', "it is in shard format 2, written by an earlier rtsim (its partial result lacks the progression strata and the pairs' event times): run the shard again with this version");
  });

  it('a shard file of format 3 (before the paired event times of the competing causes): asks for the shard to be run again', async () => {
    const part = parsed('shards/partial-1-of-3.json');
    part['formatVersion'] = 3;
    write('format-3.json', JSON.stringify(resealShard(part)));
    await expectRefused(['format-3.json', ...cohortParts.slice(1)], 'format-3.json', "it is in shard format 3, written by an earlier rtsim (its partial result lacks the pairs' event times of local recurrence, metastasis and death from sarcoma): run the shard again with this version");
  });

  it('a shard file of format 4 (before the paired local recurrence with death ignored): asks for the shard to be run again', async () => {
    const part = parsed('shards/partial-1-of-3.json');
    part['formatVersion'] = 4;
    write('format-4.json', JSON.stringify(resealShard(part)));
    await expectRefused(['format-4.json', ...cohortParts.slice(1)], 'format-4.json', "it is in shard format 4, written by an earlier rtsim (its partial result lacks the pairs' event times of local recurrence with death ignored): run the shard again with this version");
  });
});

describe('rtsim merge refuses two-level parts whose content a real part cannot have', () => {
  it('a controlled count above the patients in one parameter set, checksum recomputed', async () => {
    const part = parsed('two-level/partial-1-of-3.json');
    const set = (part['accumulators'] as unknown[]).findIndex((entry) => entry !== null);
    part['accumulators'][set].counts[controlledArm0] = part['accumulators'][set].counts[2] + 1;
    write('inflated-set.json', JSON.stringify(resealShard(part)));
    await expectRefused(['inflated-set.json', ...twoLevelParts.slice(1)], 'inflated-set.json', `accumulators[${set}]: arm 0, subtype 0:`);
  });

  it('a flipped bit (the checksum no longer matches)', async () => {
    const text = read('two-level/partial-2-of-3.json');
    const bytes = Buffer.from(text);
    const at = text.indexOf('"counts":[') + 10;
    bytes[at] = bytes[at] ^ 1; // a digit stays a digit
    write('flipped-set.json', bytes);
    await expectRefused([twoLevelParts[0], 'flipped-set.json', twoLevelParts[2]], 'flipped-set.json', 'its checksum does not match its content');
  });

  it('a fingerprint of another scenario: status 2 naming the file, not "part 2"', async () => {
    const part = parsed('two-level/partial-2-of-3.json');
    const set = (part['accumulators'] as unknown[]).findIndex((entry) => entry !== null);
    part['accumulators'][set].fingerprint = '0123456789abcd';
    write('other-fingerprint-set.json', JSON.stringify(resealShard(part)));
    await expectRefused([twoLevelParts[0], 'other-fingerprint-set.json', twoLevelParts[2]], 'other-fingerprint-set.json', `accumulators[${set}]: its fingerprint 0123456789abcd is not that of its scenario`);
  });

  it('a null arm in the embedded scenario, hashed again: status 2 naming the file and the path', async () => {
    const part = parsed('two-level/partial-1-of-3.json');
    (part['scenario'].arms as unknown[])[1] = null;
    part['scenarioHash'] = await hashOf(part['scenario']);
    write('null-arm-set.json', JSON.stringify(resealShard(part)));
    await expectRefused(['null-arm-set.json', ...twoLevelParts.slice(1)], 'null-arm-set.json', 'scenario.arms[1] is not what its scenarioText resolves to');
  });

  it('a parameter set\'s accumulator given where the shard computes none of its blocks, checksum recomputed', async () => {
    const first = parsed('two-level/partial-1-of-3.json');
    const second = parsed('two-level/partial-2-of-3.json');
    const set = (first['accumulators'] as unknown[]).findIndex((entry) => entry === null);
    expect(set).toBeGreaterThanOrEqual(0);
    first['accumulators'][set] = (second['accumulators'][set] ?? second['accumulators'].find((entry) => entry !== null));
    write('extra-set.json', JSON.stringify(resealShard(first)));
    await expectRefused(['extra-set.json', ...twoLevelParts.slice(1)], 'extra-set.json', `accumulators[${set}] is given, but shard 1/3 computes none of its blocks`);
  });
});

describe('rtsim merge refuses parts of another model or parameter library than this rtsim computes (docs/sharding.md)', () => {
  const library = (part: ShardJson): { version: string; hash: string } => part['library'] as { version: string; hash: string };

  it('a cohort part resealed to claim library 9.9.9, model 99, or library 1.1.0 with other content: status 2, the part and both versions named, nothing written', async () => {
    const current = library(parsed(cohortParts[1]));
    const edits: [string, (part: ShardJson) => void, string][] = [
      ['library-9.9.9.json', (part) => (library(part).version = '9.9.9'), `with parameter library 9.9.9, but this rtsim (${rtsimVersion()}) computes its scenario with parameter library ${current.version}`],
      ['model-99.json', (part) => (part['model'] = 99), `with model 99, but this rtsim (${rtsimVersion()}) computes its scenario with model ${modelVersion}`],
      ['other-hash.json', (part) => (library(part).hash = `sha256:${'0'.repeat(64)}`), `with parameter library ${current.version} sha256:${'0'.repeat(64)}, but this rtsim (${rtsimVersion()}) computes its scenario with parameter library ${current.version} ${current.hash}`],
    ];
    for (const [name, edit, versions] of edits) {
      const part = parsed(cohortParts[1]);
      edit(part);
      write(name, JSON.stringify(resealShard(part)));
      const { status, stderr } = await rtsim('merge', cohortParts[0], name, cohortParts[2], '--out', 'never');
      expect(stderr).toBe(`rtsim merge: ${name} was computed by rtsim ${rtsimVersion()} ${versions}: run the shard again with this rtsim\n`);
      expect(status).toBe(exitCodes.invalidInput);
    }
    expect(existsSync(join(directory, 'never'))).toBe(false);
  });

  it('a two-level part resealed to claim another library: refused the same way', async () => {
    const part = parsed(twoLevelParts[2]);
    library(part).version = '9.9.9';
    write('two-level-9.9.9.json', JSON.stringify(resealShard(part)));
    await expectRefused([...twoLevelParts.slice(0, 2), 'two-level-9.9.9.json'], 'rtsim merge: two-level-9.9.9.json was computed by rtsim', 'with parameter library 9.9.9, but this rtsim');
  });

  it('parts of a scenario pinned to the kept library 1.0.0 record it and merge: the library compared is the one the scenario resolves against', async () => {
    write('pinned-1.0.0.yaml', read('two-arms.yaml').replace('version: 1\n', `version: 1\npin: { model: ${modelVersion}, library: "1.0.0" }\n`));
    for (const k of [1, 2, 3]) expect((await rtsim('run', 'pinned-1.0.0.yaml', '--workers', '0', '--out', 'pinned', '--shard', `${k}/3`)).status).toBe(exitCodes.ok);
    const names = [1, 2, 3].map((k) => `pinned/partial-${k}-of-3.json`);
    expect(library(parsed(names[0])).version).toBe('1.0.0');
    const merged = await merge(names, 'pinned-merged');
    expect(merged.stderr).not.toContain('was computed by');
    expect(merged.status).toBe(exitCodes.ok);
    expect((JSON.parse(merged.results as string) as { rtsim: { library: { version: string } } }).rtsim.library.version).toBe('1.0.0');
  });
});

describe('rtsim merge checks the biomarker and prescription sections without refusing real parts', () => {
  // Shipped scenarios that fill the optional sections (PartialLayout): GARD bands and prescribed doses; a marker.
  for (const name of ['gard-prescription', 'tcr-t-synovial-sarcoma']) {
    it(`${name}: contiguous shards merge to the single run's results; a GARD or marker patient count changed (checksum recomputed) is refused`, async () => {
      write(`${name}.yaml`, readFileSync(new URL(`../../scenarios/multimodal/${name}.yaml`, import.meta.url), 'utf8'));
      expect((await rtsim('run', `${name}.yaml`, '--patients', '9000', '--workers', '0', '--out', `${name}-single`)).status).toBe(exitCodes.ok);
      for (const k of [1, 2]) expect((await rtsim('run', `${name}.yaml`, '--patients', '9000', '--workers', '0', '--out', `${name}-shards`, '--shard', `${k}/2`, '--split', 'contiguous')).status).toBe(exitCodes.ok);
      const parts = [`${name}-shards/partial-1-of-2-contiguous.json`, `${name}-shards/partial-2-of-2-contiguous.json`];
      expect((await merge(parts, `${name}-merged`)).results).toBe(read(`${name}-single`, 'results.json'));
      const part = parsed(parts[0]);
      const counts = part['accumulator'].counts;
      const { arms, subtypes, histogramBins, timeBins, problemColumns, gardBands = 0, prescribedDose = 0 } = part['accumulator'].dimensions;
      // Offsets as PartialLayout documents them: the first optional count section is GARD's (patients of arm 0,
      // band 0), else the markers' (patients of arm 0, marker 0, positive), after the clamp counts.
      const a = arms;
      const s = subtypes;
      const gardCounts = 2 + s + a * s * (1 + histogramBins + timeBins) + a * (a - 1) * s + s * problemColumns;
      const first = gardBands > 0 ? gardCounts : gardCounts + 2 * a * prescribedDose;
      // One more patient there breaks the partition of the arm's patients into bands or statuses.
      counts[first] = counts[first] + 1;
      write(`${name}-recounted.json`, JSON.stringify(resealShard(part)));
      await expectRefused([`${name}-recounted.json`, parts[1]], `${name}-recounted.json`, 'do not add up to');
    }, 60_000);
  }
});

describe('tampered shard parts (fast-check, fixed seed): refused with status 2 naming the file, or merged to the identical result', () => {
  let cohortResults = '';
  let twoLevelResults = '';
  beforeAll(async () => {
    cohortResults = (await merge(cohortParts, 'merged')).results ?? '';
    twoLevelResults = (await merge(twoLevelParts, 'two-level-merged')).results ?? '';
    expect(cohortResults).toBe(read('single', 'results.json'));
    expect(twoLevelResults).toBe(read('two-level-single', 'results.json'));
  }, 60_000);

  let trial = 0;
  /** Writes the tampered part in place of part `index`, merges, and checks the outcome; true when it holds. */
  async function refusedOrIdentical(parts: readonly string[], index: number, content: string | Buffer, expected: string): Promise<boolean> {
    trial++;
    const name = `tampered-${trial}.json`;
    write(name, content);
    const list = parts.map((part, p) => (p === index ? name : part));
    const outcome = await merge(list, `fuzz-${trial}`);
    if (outcome.status === exitCodes.ok) return outcome.results === expected;
    return outcome.status === exitCodes.invalidInput && outcome.stderr.includes(name);
  }

  // Byte flips anywhere in the file: a bit of any byte (structure, key, digit, checksum), up to three of them.
  const flips = fc.array(fc.record({ at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), bit: fc.integer({ min: 0, max: 7 }) }), { minLength: 1, maxLength: 3 });

  it('random bit flips of a cohort part and of a two-level part', async () => {
    for (const [parts, expected] of [[cohortParts, () => cohortResults], [twoLevelParts, () => twoLevelResults]] as const) {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: 2 }), flips, async (index, edits) => {
          const bytes = Buffer.from(read(parts[index]));
          for (const { at, bit } of edits) {
            const position = Math.floor(at * bytes.length);
            bytes[position] = bytes[position] ^ (1 << bit);
          }
          return refusedOrIdentical(parts, index, bytes, expected());
        }),
        { seed: 1205, numRuns: 60 },
      );
    }
  }, 120_000);

  /** Every path to a leaf of a JSON value (list indices as numbers). */
  const leaves = (value: unknown, path: (string | number)[] = []): (string | number)[][] =>
    typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([key, child]) => leaves(child, [...path, Array.isArray(value) ? Number(key) : key])) : [path];

  // A replacement value: the same kinds a file holds, and near misses of them.
  const replacement = fc.oneof(fc.integer({ min: -3, max: 10_000 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string({ maxLength: 8 }), fc.constant(null), fc.boolean(), fc.constant([]), fc.constant({}));

  it('random field edits (any leaf, any value) of a cohort part and of a two-level part, reformatted', async () => {
    for (const [parts, expected] of [[cohortParts, () => cohortResults], [twoLevelParts, () => twoLevelResults]] as const) {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: 2 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), replacement, fc.integer({ min: 0, max: 4 }), async (index, pick, value, indent) => {
          const body = JSON.parse(read(parts[index])) as Record<string, unknown>;
          const paths = leaves(body);
          const path = paths[Math.floor(pick * paths.length)];
          const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], body) as Record<string | number, unknown>;
          parent[path[path.length - 1]] = value;
          return refusedOrIdentical(parts, index, JSON.stringify(body, null, indent), expected());
        }),
        { seed: 1206, numRuns: 60 },
      );
    }
  }, 120_000);

  it('whitespace only (the same JSON, indented otherwise) merges to the identical result', async () => {
    for (const [parts, expected] of [[cohortParts, cohortResults], [twoLevelParts, twoLevelResults]] as const) {
      const body = JSON.parse(read(parts[1])) as unknown;
      expect(await refusedOrIdentical(parts, 1, `\n${JSON.stringify(body, null, '\t')}\n\n`, expected)).toBe(true);
      const outcome = await merge(parts.map((part, p) => (p === 1 ? `tampered-${trial}.json` : part)), `whitespace-${trial}`);
      expect(outcome.status).toBe(exitCodes.ok);
    }
  });

  // The counts a real part fixes exactly (all but the failure time bins, whose censored remainder is implicit):
  // any change to one of them, with the checksum recomputed, breaks a relation merge checks.
  it('a changed patient, subtype, histogram, controlled or discordant count is refused even with the checksum recomputed', async () => {
    const part = parsed(cohortParts[0]);
    const { histogramBins, timeBins } = part['accumulator'].dimensions as { histogramBins: number; timeBins: number };
    const armStride = 1 + histogramBins + timeBins;
    const fixed = (i: number): boolean => i < controlledArm0 || i >= controlledArm0 + 2 * armStride || (i - controlledArm0) % armStride <= histogramBins;
    const indices = part['accumulator'].counts.map((_, i) => i).filter(fixed);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...indices), fc.integer({ min: 1, max: 5000 }), fc.boolean(), async (i, delta, up) => {
        const edited = parsed(cohortParts[0]);
        const counts = edited['accumulator'].counts;
        fc.pre(up || counts[i] >= delta);
        counts[i] = counts[i] + (up ? delta : -delta);
        const name = `recounted-${i}-${delta}-${up}.json`;
        write(name, JSON.stringify(resealShard(edited)));
        const { status, stderr } = await rtsim('merge', name, ...cohortParts.slice(1), '--out', 'never');
        return status === exitCodes.invalidInput && stderr.includes(name);
      }),
      { seed: 1207, numRuns: 40 },
    );
  }, 120_000);

  it('the parts are of this rtsim version (the properties above are about content, not version)', () => {
    expect(parsed(cohortParts[0])['rtsim']).toBe(rtsimVersion());
  });
});
