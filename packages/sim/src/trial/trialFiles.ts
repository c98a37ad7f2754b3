import type { TrialResults } from '../cohort/TrialResults.js';
import { armsCsv } from '../report/armsCsv.js';
import { endpointsCsv } from '../report/endpointsCsv.js';
import { reportHtml } from '../report/reportHtml.js';
import { resultsJson } from '../report/resultsJson.js';
import type { TrialFile } from './TrialFile.js';

/** The names of the files trialFiles gives, in its order. */
export const trialFileNames: readonly ['results.json', 'arms.csv', 'report.html', 'endpoints.csv'] = Object.freeze(['results.json', 'arms.csv', 'report.html', 'endpoints.csv'] as const);

/**
 * The output set of a completed run, as `rtsim run` and `rtsim merge` write it and the viewer offers it:
 * results.json, arms.csv, report.html (with the scenario file's text in it) and endpoints.csv (the long table of
 * endpoint × time × arm × stratum). endpoints.csv comes last so that the first three keep their places. Names and
 * contents only; the caller writes them.
 * @param results - the results (runTrial or mergeTrialParts)
 * @param scenarioText - the scenario file as written
 * @returns the four files, in that order
 */
export function trialFiles(results: TrialResults, scenarioText: string): readonly [TrialFile, TrialFile, TrialFile, TrialFile] {
  return [
    { name: trialFileNames[0], content: resultsJson(results) },
    { name: trialFileNames[1], content: armsCsv(results) },
    { name: trialFileNames[2], content: reportHtml(results, scenarioText) },
    { name: trialFileNames[3], content: endpointsCsv(results) },
  ];
}
