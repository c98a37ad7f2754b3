// The scenario fuzzer. Valid scenarios (scenarios/, and the broken fixtures, which are valid files with one
// mistake) are mutated and fed to validateScenario (the value) and parseScenario (its JSON text). The contract
// under test: either the scenario is accepted, and then resolving and compiling it for the engine do not
// throw, or every problem comes back with a path and a message; never an exception.
//
// To fuzz a new kind of input, add one entry to `mutations` below: an arbitrary of a function that changes the
// scenario in place (pick its location with `pick`). Runs are bounded by a fixed count and seed, not by time.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, resolveScenario, validateScenario } from '@rtsim/sim';
import { compilePlan } from '../../packages/sim/src/cohort/compilePlan.js';
import { readScenarioText } from '../../packages/sim/src/scenario/readScenarioText.js';

/** Fixed seed and run count: the same mutants on every machine, in bounded time. */
const fuzzSeed = 1212;
const fuzzRuns = 300;

/** Names JavaScript objects answer to through their prototype, or treat specially as keys. */
const prototypeNames = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'toLocaleString'] as const;

const root = join(import.meta.dirname, '..', '..');

function scenarioFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return scenarioFiles(path);
    return /\.(ya?ml|json)$/.test(name) ? [path] : [];
  });
}

/** Every scenario file of the repository that reads as YAML/JSON, as a plain value. */
const seeds: readonly { readonly file: string; readonly value: unknown }[] = [
  ...scenarioFiles(join(root, 'scenarios')),
  ...scenarioFiles(join(root, 'test', 'fixtures', 'scenarios')),
].flatMap((file) => {
  const read = readScenarioText(readFileSync(file, 'utf8'), file);
  return read.ok && typeof read.value === 'object' && read.value !== null ? [{ file: file.slice(root.length + 1), value: read.value }] : [];
});

type Key = string | number;
type Container = Record<Key, unknown>;
/** A location in the scenario: the container and the key of the member. */
interface Place {
  readonly parent: Container;
  readonly key: Key;
}

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;
const isMapping = (value: unknown): value is Record<string, unknown> => isContainer(value) && !Array.isArray(value);

/** Every member of the value (depth first), with the root itself held by a holder object. */
function places(holder: Container): Place[] {
  const found: Place[] = [];
  const visit = (parent: Container, key: Key): void => {
    found.push({ parent, key });
    const value = parent[key];
    if (isContainer(value)) for (const child of Object.keys(value)) visit(value, Array.isArray(value) ? Number(child) : child);
  };
  visit(holder, 'value');
  return found;
}

/** The `index`-th place (modulo their number) among those that satisfy `where`, or undefined when none does. */
function pick(holder: Container, index: number, where: (place: Place) => boolean = () => true): Place | undefined {
  const candidates = places(holder).filter(where);
  return candidates.length === 0 ? undefined : candidates[index % candidates.length];
}

/** Sets a member as an own data property, so that a key `__proto__` is a key (as YAML and JSON parsers make it). */
function setOwn(parent: Container, key: Key, value: unknown): void {
  Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

type Mutation = (holder: Container) => void;

/** Adds a marker-gated modifier to the first arm and, unless `prevalence` is undefined, the marker's cohort prevalence. */
function addMarker(holder: Container, name: string, prevalence: number | undefined): void {
  const scenario = holder['value'];
  const cohort = isMapping(scenario) ? scenario['cohort'] : undefined;
  const arm = isMapping(scenario) && Array.isArray(scenario['arms']) ? scenario['arms'][0] : undefined;
  if (!isMapping(cohort) || !isMapping(arm)) return;
  const modifiers = Array.isArray(arm['modifiers']) ? arm['modifiers'] : [];
  arm['modifiers'] = [...modifiers, { type: 'cellTherapy', agent: 'fuzz-agent', marker: name, responseProbability: 0.5, logKill: 1 }];
  if (prevalence === undefined) return;
  const markers = isMapping(cohort['markers']) ? cohort['markers'] : {};
  setOwn(markers, name, prevalence);
  cohort['markers'] = markers;
}

const prototypeName = fc.constantFrom(...prototypeNames);
/** Values of the wrong type for most fields. */
const wrongType = fc.oneof(fc.string({ maxLength: 8 }), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 2 }), fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }));
/** Numbers at and beyond every bound a field may have (NaN and ±∞ reach validateScenario; JSON text has null there). */
const extremeNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, 1e-320, 0.5, 1, 2, 1e6, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, Number.NaN, Infinity, -Infinity),
  fc.double(),
);

/** The mutations, by name; each an arbitrary of a function changing the scenario in place. */
const mutations: Readonly<Record<string, fc.Arbitrary<Mutation>>> = {
  deleteMember: fc.nat().map((index): Mutation => (holder) => {
    const place = pick(holder, index, (p) => p.parent !== holder);
    if (place === undefined) return;
    if (Array.isArray(place.parent) && typeof place.key === 'number') place.parent.splice(place.key, 1);
    else delete place.parent[place.key];
  }),
  wrongType: fc.tuple(fc.nat(), wrongType).map(([index, value]): Mutation => (holder) => {
    const place = pick(holder, index, (p) => p.parent !== holder);
    if (place !== undefined) setOwn(place.parent, place.key, value);
  }),
  extremeNumber: fc.tuple(fc.nat(), extremeNumber).map(([index, value]): Mutation => (holder) => {
    const place = pick(holder, index, (p) => typeof p.parent[p.key] === 'number');
    if (place !== undefined) setOwn(place.parent, place.key, value);
  }),
  // A name (id, ref, marker, agent, label, dist, …) replaced by a prototype member's name.
  prototypeNameAsValue: fc.tuple(fc.nat(), prototypeName).map(([index, name]): Mutation => (holder) => {
    const place = pick(holder, index, (p) => typeof p.parent[p.key] === 'string');
    if (place !== undefined) setOwn(place.parent, place.key, name);
  }),
  // A key of a mapping (markers, responseBySubtype, margins, parameters, …) renamed to a prototype member's name.
  prototypeNameAsKey: fc.tuple(fc.nat(), prototypeName).map(([index, name]): Mutation => (holder) => {
    const place = pick(holder, index, (p) => isMapping(p.parent) && p.parent !== holder);
    if (place === undefined) return;
    const value = place.parent[place.key];
    delete place.parent[place.key];
    setOwn(place.parent, name, value);
  }),
  // A marker-gated modifier on the first arm, its prevalence given at cohort level or not at all.
  prototypeMarker: fc
    .tuple(prototypeName, fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }))
    .map(([name, prevalence]): Mutation => (holder) => addMarker(holder, name, prevalence)),
  // An uncertainty parameter whose path names a prototype member as subtype, marker, agent, parameter or arm.
  prototypePath: fc.tuple(prototypeName, fc.nat(4)).map(([name, form]): Mutation => (holder) => {
    const scenario = holder['value'];
    if (!isMapping(scenario)) return;
    const path = [
      `cohort.subtypes[${name}].alpha.mean`,
      `cohort.subtypes[*].markers.${name}`,
      `arms[*].modifiers[${name}].logKill`,
      `cohort.subtypes[*].${name}`,
      `arms[${name}].doseModifyingFactor`,
    ][form];
    const uncertainty = isMapping(scenario['uncertainty']) ? scenario['uncertainty'] : {};
    const parameters = Array.isArray(uncertainty['parameters']) ? uncertainty['parameters'] : [];
    uncertainty['parameters'] = [...parameters, { path, distribution: { dist: 'uniform', min: 0.1, max: 0.9 } }];
    scenario['uncertainty'] = uncertainty;
  }),
};

const mutant = fc
  .tuple(fc.constantFrom(...seeds), fc.array(fc.oneof(...Object.values(mutations)), { minLength: 1, maxLength: 3 }))
  .map(([seed, changes]) => {
    const holder: Container = { value: structuredClone(seed.value) };
    for (const change of changes) change(holder);
    return { file: seed.file, value: holder['value'] };
  });

/** The contract of validateScenario on one value (any exception fails the property). */
function checkValue(value: unknown): void {
  const result = validateScenario(value);
  if (result.ok) {
    resolveScenario(result.input);
    compilePlan(result.scenario);
    return;
  }
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(Array.isArray(issue.path) && issue.path.every((key) => typeof key === 'string' || typeof key === 'number')).toBe(true);
    expect(issue.message).not.toBe('');
  }
}

/** The contract of parseScenario on one text. */
function checkText(text: string): void {
  const result = parseScenario(text, 'mutant.json');
  if (result.ok) {
    compilePlan(result.scenario);
    return;
  }
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(issue.path).not.toBe('');
    expect(issue.message).not.toBe('');
  }
}

describe('scenario fuzzer: mutants of valid scenarios are accepted or refused with paths, never thrown on', () => {
  it('finds the scenarios to mutate', () => {
    expect(seeds.map((seed) => seed.file)).toContain(join('scenarios', 'default.yaml'));
  });

  it('validateScenario(mutant) accepts (and the scenario compiles) or returns problems with paths', () => {
    fc.assert(fc.property(mutant, ({ value }) => checkValue(value)), { seed: fuzzSeed, numRuns: fuzzRuns });
  });

  it('parseScenario(JSON text of the mutant) accepts (and the scenario compiles) or returns problems with paths', () => {
    fc.assert(fc.property(mutant, ({ value }) => checkText(JSON.stringify(value))), { seed: fuzzSeed + 1, numRuns: fuzzRuns });
  });

  it('a marker given at cohort level has that prevalence in every subtype, whatever its name', () => {
    const named = fc.tuple(fc.constantFrom(...seeds), fc.oneof(prototypeName, fc.constantFrom('fuzz.marker', 'X-1')), fc.double({ min: 0, max: 1, noNaN: true }));
    fc.assert(
      fc.property(named, ([seed, name, prevalence]) => {
        const holder: Container = { value: structuredClone(seed.value) };
        addMarker(holder, name, prevalence);
        const result = validateScenario(holder['value']);
        if (!result.ok) return;
        for (const subtype of result.scenario.subtypes) {
          // No seed names these markers at subtype level, so the cohort's prevalence is every subtype's.
          const markers = subtype.parameters.markers ?? {};
          expect(Object.hasOwn(markers, name) && markers[name]).toBe(prevalence);
        }
      }),
      { seed: fuzzSeed + 3, numRuns: 100 },
    );
  });

  it.each(Object.keys(mutations))('each mutation alone keeps the contract: %s', (name) => {
    const only = fc.tuple(fc.constantFrom(...seeds), mutations[name]).map(([seed, change]) => {
      const holder: Container = { value: structuredClone(seed.value) };
      change(holder);
      return holder['value'];
    });
    fc.assert(fc.property(only, (value) => checkValue(value)), { seed: fuzzSeed + 2, numRuns: 100 });
  });
});
