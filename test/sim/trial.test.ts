import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// The front door as built JavaScript, compared with what the built command line writes (in-process through `main`).
import { mergeTrialParts, parseScenario, runTrial, trialFiles, TrialPartsError } from '../../packages/sim/dist/index.js';
import { parseAccumulator } from '../../packages/sim/dist/cohort/parseAccumulator.js';
import type { PlainTrialPart, ResolvedScenario, TrialPartial, TwoLevelTrialPart } from '../../packages/sim/dist/index.js';
import { nodeSpawn, partialFile, rtsimVersion } from '../../packages/sim/dist/node.js';
import { inProcessCli } from './inProcessCli.js';
import { longShortScenario } from './longShortScenario.js';

const directory = mkdtempSync(join(tmpdir(), 'rtsim-trial-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const cli = inProcessCli(directory);

// 9000 patients: three blocks of 4096, the last one partial, so that shards of 2 and 3 split unevenly.
const plainText = longShortScenario('front door test', 11, 9000);
const twoLevelText = `${plainText.replace('patients: 9000', 'patients: 5000')}uncertainty:
  draws: 3
  parameters:
    - { path: 'cohort.subtypes[sts].alpha.mean', distribution: { dist: normal, mean: 0.3, sd: 0.03, min: 0.1 } }
`;

/** Writes a scenario file into the test directory and returns its resolved scenario. */
function scenarioFile(name: string, text: string): ResolvedScenario {
  writeFileSync(join(directory, name), text);
  const parsed = parseScenario(text, name);
  if (!parsed.ok) throw new Error(`test scenario ${name} is invalid: ${parsed.issues.map((issue) => issue.message).join('; ')}`);
  return parsed.scenario;
}
const plain = scenarioFile('plain.yaml', plainText);
const twoLevel = scenarioFile('two-level.yaml', twoLevelText);

/** The files `rtsim run FILE ...args` writes into OUT, by name. */
async function cliRun(file: string, out: string, ...args: string[]): Promise<Record<string, string>> {
  const run = await cli('run', file, '--out', out, '--workers', '0', ...args);
  expect(run.status, run.stderr).toBe(0);
  const split = args.includes('contiguous') ? '-contiguous' : '';
  const names = args.includes('--shard') ? [`partial-${args[args.indexOf('--shard') + 1]?.replace('/', '-of-')}${split}.json`] : ['results.json', 'arms.csv', 'report.html', 'endpoints.csv'];
  return Object.fromEntries(names.map((name) => [name, readFileSync(join(directory, out, name), 'utf8')]));
}

const byName = (files: readonly { readonly name: string; readonly content: string }[]): Record<string, string> => Object.fromEntries(files.map((file) => [file.name, file.content]));
const version = rtsimVersion();
const spawn = (): ReturnType<typeof nodeSpawn> => nodeSpawn();

/** A shard's partial result read back as mergeTrialParts takes it (what rtsim merge's parsers give). */
function plainPart(partial: TrialPartial, scenario: ResolvedScenario): PlainTrialPart {
  if (partial.format !== 'rtsim-shard') throw new Error('expected a plain partial');
  const { rtsim, model, library, scenarioHash, seed, patients, scenarioText, accumulator } = partial;
  const shard = { index: partial.shard.index, count: partial.shard.count, split: partial.shard.split ?? 'strided' };
  return { kind: 'plain', name: `partial-${shard.index}-of-${shard.count}.json`, rtsim, model, library, scenarioHash, seed, patients, shard, scenarioText, scenario, accumulator: parseAccumulator(accumulator) };
}
function twoLevelPart(partial: TrialPartial, scenario: ResolvedScenario): TwoLevelTrialPart {
  if (partial.format !== 'rtsim-uncertainty-shard') throw new Error('expected a two-level partial');
  const { rtsim, model, library, scenarioHash, scenarioText, accumulators } = partial;
  const shard = { index: partial.shard.index, count: partial.shard.count, split: partial.shard.split ?? 'strided' };
  const parsed = accumulators.map((entry) => (entry === null ? null : parseAccumulator(entry)));
  return { kind: 'two-level', name: `partial-${shard.index}-of-${shard.count}.json`, rtsim, model, library, scenarioHash, shard, scenarioText, scenario, accumulators: parsed };
}

describe('runTrial(scenario, options) with trialFiles(results, scenarioText)', () => {
  it('gives, for a plain scenario, the files rtsim run writes, byte for byte, on worker threads and in the calling thread', async () => {
    const written = await cliRun('plain.yaml', 'plain-out');
    for (const workers of [0, 2]) {
      const run = await runTrial(plain, { workers, spawn, version });
      expect(run.kind).toBe('results');
      expect(run.plan.sets).toBeUndefined();
      expect(byName(trialFiles(run.results, plainText))).toEqual(written);
    }
  });

  it('gives, for a two-level scenario, the files rtsim run writes (with the uncertainty section), byte for byte', async () => {
    const written = await cliRun('two-level.yaml', 'two-level-out');
    const run = await runTrial(twoLevel, { workers: 2, spawn, version });
    expect(run.results.uncertainty?.draws).toBe(3);
    expect(run.plan.sets?.scenarios).toHaveLength(4);
    expect(byName(trialFiles(run.results, twoLevelText))).toEqual(written);
  });

  it('gives, for a shard of either kind, the partial result rtsim run --shard writes once sealed (partialFile)', async () => {
    for (const [name, scenario, text] of [['plain.yaml', plain, plainText], ['two-level.yaml', twoLevel, twoLevelText]] as const) {
      const written = await cliRun(name, `${name}-shard`, '--shard', '2/3', '--split', 'contiguous');
      const run = await runTrial(scenario, { workers: 0, spawn, version, shard: { index: 2, count: 3, split: 'contiguous', scenarioFile: name, scenarioText: text } });
      expect(run.kind).toBe('partial');
      const file = partialFile(run.partial);
      expect(file.name).toBe('partial-2-of-3-contiguous.json');
      expect({ [file.name]: file.content }).toEqual(written);
    }
  });

  it('rejects with an AbortError when aborted, and reports progress to the last block', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(runTrial(plain, { workers: 2, spawn, version, signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    const seen: number[] = [];
    await runTrial(plain, { workers: 0, spawn, version, onProgress: (progress) => seen.push(progress.blocksDone) });
    expect(seen.at(-1)).toBe(3);
  });
});

describe('mergeTrialParts(parts, version)', () => {
  const shards = async (scenario: ResolvedScenario, text: string, count: number): Promise<TrialPartial[]> => {
    const partials: TrialPartial[] = [];
    for (let index = 1; index <= count; index++) {
      partials.push((await runTrial(scenario, { workers: 0, spawn, version, shard: { index, count, scenarioFile: 'scenario.yaml', scenarioText: text } })).partial);
    }
    return partials;
  };

  it('merges the shards of a plain run to the whole run\'s files, byte for byte', async () => {
    const whole = await runTrial(plain, { workers: 0, spawn, version });
    const merged = mergeTrialParts((await shards(plain, plainText, 3)).map((partial) => plainPart(partial, plain)), version);
    expect(merged.scenarioText).toBe(plainText);
    expect(byName(trialFiles(merged.results, merged.scenarioText))).toEqual(byName(trialFiles(whole.results, plainText)));
  });

  it('merges the shards of a two-level run to the whole run\'s files, byte for byte', async () => {
    const whole = await runTrial(twoLevel, { workers: 0, spawn, version });
    const merged = mergeTrialParts((await shards(twoLevel, twoLevelText, 5)).map((partial) => twoLevelPart(partial, twoLevel)), version);
    expect(byName(trialFiles(merged.results, merged.scenarioText))).toEqual(byName(trialFiles(whole.results, twoLevelText)));
  });

  it('refuses missing, overlapping and other-version parts with a TrialPartsError naming the files', async () => {
    const parts = (await shards(plain, plainText, 3)).map((partial) => plainPart(partial, plain));
    const [first, second] = parts as [PlainTrialPart, PlainTrialPart, PlainTrialPart];
    expect(() => mergeTrialParts([first, second], version)).toThrow(TrialPartsError);
    expect(() => mergeTrialParts([first, second], version)).toThrow(/^1 of 3 blocks are not covered by any part \(blocks 2\); missing part: partial-3-of-3\.json$/);
    expect(() => mergeTrialParts([...parts, { ...first, name: 'again.json' }], version)).toThrow(/^block 0 is in both partial-1-of-3\.json and again\.json: the parts overlap/);
    expect(() => mergeTrialParts(parts, '0.0.0-other')).toThrow(/^partial-1-of-3\.json was computed by rtsim .*, this is rtsim 0\.0\.0-other/);
    expect(() => mergeTrialParts([], version)).toThrow(TrialPartsError);
  });

  // A library user builds parts in-process, never through rtsim merge's readers: merge itself compares the claims.
  it('refuses a part computed with another model or parameter library, naming the part and both identities', async () => {
    const parts = (await shards(plain, plainText, 3)).map((partial) => plainPart(partial, plain));
    const [first, second, third] = parts as [PlainTrialPart, PlainTrialPart, PlainTrialPart];
    const ours = first.library;
    const otherHash = `sha256:${'0'.repeat(64)}`;
    const refusal = (part: PlainTrialPart): string => {
      try {
        mergeTrialParts([first, part, third], version);
      } catch (error) {
        expect(error).toBeInstanceOf(TrialPartsError);
        return (error as Error).message;
      }
      throw new Error('expected the merge to be refused');
    };
    const tail = ': run the shard again with this rtsim';
    expect(refusal({ ...second, library: { version: '9.9.9', hash: ours.hash } })).toBe(
      `partial-2-of-3.json was computed by rtsim ${version} with parameter library 9.9.9, but this rtsim (${version}) computes its scenario with parameter library ${ours.version}${tail}`,
    );
    expect(refusal({ ...second, library: { version: ours.version, hash: otherHash } })).toBe(
      `partial-2-of-3.json was computed by rtsim ${version} with parameter library ${ours.version} ${otherHash}, but this rtsim (${version}) computes its scenario with parameter library ${ours.version} ${ours.hash}${tail}`,
    );
    expect(refusal({ ...second, model: 99 })).toBe(`partial-2-of-3.json was computed by rtsim ${version} with model 99, but this rtsim (${version}) computes its scenario with model ${first.model}${tail}`);
    // The same claims on every part: merging all alike would still be results no program computed.
    const allOther = parts.map((part) => ({ ...part, model: 99 }));
    expect(() => mergeTrialParts(allOther, version)).toThrow(/^partial-1-of-3\.json was computed by rtsim \S+ with model 99, /);
    // Identical identities merge (the byte-for-byte test above): here the same parts, copied, merge alike.
    const copies = parts.map((part) => ({ ...part, library: { ...part.library } }));
    expect(mergeTrialParts(copies, version).results).toEqual(mergeTrialParts(parts, version).results);
  });

  it('refuses a two-level part computed with another parameter library, naming the part', async () => {
    const parts = (await shards(twoLevel, twoLevelText, 2)).map((partial) => twoLevelPart(partial, twoLevel));
    const [first, second] = parts as [TwoLevelTrialPart, TwoLevelTrialPart];
    expect(() => mergeTrialParts([first, { ...second, library: { version: '9.9.9', hash: second.library.hash } }], version)).toThrow(
      new TrialPartsError(`partial-2-of-2.json was computed by rtsim ${version} with parameter library 9.9.9, but this rtsim (${version}) computes its scenario with parameter library ${first.library.version}: run the shard again with this rtsim`),
    );
    expect(() => mergeTrialParts([{ ...first, model: 1 }, second], version)).toThrow(/^partial-1-of-2\.json was computed by rtsim \S+ with model 1, but this rtsim \(\S+\) computes its scenario with model \d+: /);
    expect(mergeTrialParts(parts, version).results.uncertainty?.draws).toBe(3);
  });
});
