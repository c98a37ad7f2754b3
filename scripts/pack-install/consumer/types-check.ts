// Type-checked against the installed declarations (tsc, strict, no skipLibCheck): the public types resolve.
import type { LibraryRelease, Schedule } from '@rtsim/core';
import { eqd2, libraryRelease, schedule } from '@rtsim/core';
import type { ResolvedScenario, ScenarioIssue, TrialFile, TrialResults } from '@rtsim/sim';
import { modelVersion, parseScenario, runTrial, trialFiles } from '@rtsim/sim';
import type { DvhParseResult } from '@rtsim/sim/dvh';
import { maxDvhFileBytes, parseDvhFile } from '@rtsim/sim/dvh';
import { main, nodeSpawn, rtsimVersion } from '@rtsim/sim/node';

const course: Schedule = schedule({ fractions: 5, dose: 6, perWeek: 5 });
export const dose: number = eqd2(course, { alphaBeta: 4 });
export const release: LibraryRelease = libraryRelease;
export const model: number = modelVersion;
export const version: string = rtsimVersion();
const parsed = parseScenario('version: 1', 'empty.yaml');
export const issues: readonly ScenarioIssue[] = parsed.ok ? [] : parsed.issues;
export const simulate = async (scenario: ResolvedScenario): Promise<TrialResults> =>
  (await runTrial(scenario, { workers: 2, spawn: nodeSpawn, version: rtsimVersion() })).results;
export const write: (results: TrialResults, scenarioText: string) => readonly TrialFile[] = trialFiles;
export const run: (args: readonly string[]) => Promise<number> = (args) =>
  main(args, { stdout: { write: () => true }, stderr: { write: () => true }, cwd: '.' });
export const plan: DvhParseResult = parseDvhFile(new Uint8Array(0), 'empty');
export const limit: number = maxDvhFileBytes;
