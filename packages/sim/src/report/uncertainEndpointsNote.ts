import type { UncertainEndpointRow } from '../uncertainty/uncertainEndpointRows.js';

/**
 * What each endpoint of a two-level run's endpoint table counts, as the footnotes under the main tables say it, for
 * the endpoints the rows show and no other: LC ignores death; DMFS and DSS censor death from other causes (Greenwood
 * SE); OS counts death from sarcoma, and from other causes only with `background`. The terminal and the report
 * share it.
 * @param rows - the table's rows (uncertainEndpointRows)
 * @param withBackground - whether the run has `background` (death from other causes)
 * @returns the sentences, space-separated
 */
export function uncertainEndpointsNote(rows: readonly UncertainEndpointRow[], withBackground: boolean): string {
  const shown = new Set(rows.map((row) => row.endpoint));
  const words = [
    shown.has('LC') ? 'LC: local recurrence, death ignored.' : '',
    shown.has('DMFS') ? 'DMFS: metastasis, death from other causes censored (Greenwood SE).' : '',
    shown.has('metastasis') ? 'metastasis: cumulative incidence, death a competing event.' : '',
    shown.has('DSS') ? 'DSS: death from sarcoma, death from other causes censored (Greenwood SE).' : '',
    shown.has('PFS') ? 'PFS: alive without local failure of a treated lesion or new metastasis.' : '',
    shown.has('OS') ? `OS: death from sarcoma${withBackground ? ' or other causes' : ' (no background: sarcoma only)'}.` : '',
  ];
  return words.filter((text) => text !== '').join(' ');
}
