import type { TrialResults } from '../cohort/TrialResults.js';
import { armsCsv } from '../report/armsCsv.js';
import { reportHtml } from '../report/reportHtml.js';
import { resultsJson } from '../report/resultsJson.js';
import type { OutputFile } from './writeFilesAtomically.js';

/**
 * The three files of a completed run, as written by `rtsim run` and `rtsim merge`: results.json, arms.csv and
 * report.html (with the scenario file's text in it).
 * @param results - the results
 * @param scenarioText - the scenario file as written
 * @returns the files, in that order
 */
export function resultFiles(results: TrialResults, scenarioText: string): OutputFile[] {
  return [
    { name: 'results.json', content: resultsJson(results) },
    { name: 'arms.csv', content: armsCsv(results) },
    { name: 'report.html', content: reportHtml(results, scenarioText) },
  ];
}
