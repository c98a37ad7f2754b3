import { element } from '../ui/element.js';
import { comparisonCards } from './comparisonCards.js';
import { localControlCard } from './localControlCard.js';
import { resultsCopy } from './resultsCopy.js';
import { resultsSection } from './resultsSection.js';
import { armsTable, subtypeTable } from './resultsTables.js';
import { complicationsTable } from './complicationsTable.js';
import { complicationStrataTable } from './complicationStrataTable.js';
import { therapeuticRatioTable } from './therapeuticRatioTable.js';
import { metastasisComparisonTable } from './metastasisComparisonTable.js';
import { metastasisTable } from './metastasisTable.js';
import { progressionTable } from './progressionTable.js';
import { progressionStratumTable } from './progressionStratumTable.js';
import { pathwayTables } from './pathwayTables.js';
import type { PageTrialRun } from './runPageTrial.js';
import { tcpHistogramsCard } from './tcpHistogramsCard.js';
import { uncertaintyCards } from './uncertaintyCards.js';

/**
 * Shows a finished run: summary, downloads (results.json, arms.csv, report.html and endpoints.csv exactly as the CLI writes them), tables
 * of arms, subtypes, complications, distant metastasis and survival (DMFS, DSS, OS with 95% intervals), the
 * diagnostic pathway and diagnosis (pathwayTables) and paired
 * comparisons, and the sim report's charts (forest plot, TCP histograms per arm and
 * per subtype, Kaplan–Meier local control, and for a two-level run the intervals over the parameter sets, with the
 * correlations the sets were drawn with, if any), each downloadable as SVG and PNG.
 * @param run - the results and their serialised files
 * @param fileStem - base name for downloads
 */
export function resultsView(run: PageTrialRun, fileStem: string): HTMLElement {
  const { results } = run;
  const root = resultsSection({
    className: 'results',
    headingId: 'results-heading',
    heading: resultsCopy.head.heading(results.scenario.name),
    meta: resultsCopy.head.meta(results.patients, results.seed, results.rtsim.version, run.elapsedMs, results.scenario.hash),
    downloads: [
      { label: 'results.json', text: run.json, type: 'application/json', fileName: `${fileStem}.results.json` },
      { label: 'arms.csv', text: run.csv, type: 'text/csv', fileName: `${fileStem}.arms.csv` },
      { label: 'report.html', text: run.html, type: 'text/html', fileName: `${fileStem}.report.html` },
      { label: 'endpoints.csv', text: run.endpointsCsv, type: 'text/csv', fileName: `${fileStem}.endpoints.csv` },
    ],
    downloadsNote: resultsCopy.head.downloadsNote,
  });

  const armsCard = element('section', 'card');
  armsCard.append(armsTable(results));
  if (results.subtypes.length > 1) armsCard.append(subtypeTable(results));
  const complications = complicationsTable(results);
  if (complications !== undefined) armsCard.append(complications);
  const complicationStrata = complicationStrataTable(results);
  if (complicationStrata !== undefined) armsCard.append(complicationStrata);
  const ratio = therapeuticRatioTable(results);
  if (ratio !== undefined) armsCard.append(ratio);
  const metastasis = metastasisTable(results);
  if (metastasis !== undefined) armsCard.append(metastasis);
  const metastasisComparisons = metastasisComparisonTable(results);
  if (metastasisComparisons !== undefined) armsCard.append(metastasisComparisons);
  const progression = progressionTable(results);
  if (progression !== undefined) armsCard.append(progression);
  const progressionStrata = progressionStratumTable(results);
  if (progressionStrata !== undefined) armsCard.append(progressionStrata);
  armsCard.append(...pathwayTables(results));
  root.append(armsCard, ...comparisonCards(results), ...uncertaintyCards(results), tcpHistogramsCard(results), localControlCard(results));
  return root;
}
