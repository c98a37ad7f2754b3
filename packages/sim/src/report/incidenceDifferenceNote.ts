import type { CompetingDeathCause } from './competingDeathCause.js';
import type { PairedEndpoint } from './pairedDifferenceRows.js';

/** Each cumulative-incidence endpoint: its abbreviation's meaning, its competing death, and the Kaplan–Meier it is not. */
const definitions: Readonly<Partial<Record<PairedEndpoint, (cause: CompetingDeathCause) => readonly [string, string]>>> = {
  'CIF LR': (cause) => [`LR: local recurrence before death (death from ${cause} competing)`, 'LC with death censored'],
  'CIF DM': () => ['DM: distant metastasis (death from other causes competing)', 'DMFS'],
  'CIF DOD': () => ['DOD: death from sarcoma (death from other causes competing)', 'DSS'],
};

/**
 * What a table of paired differences in cumulative incidence shows, for its footnote or caption: the abbreviation of
 * each endpoint the table has (and only those: a run without `metastasis` shows LR alone), its competing death, and
 * why it is not the difference of the Kaplan–Meier estimate, which censors that death. The terminal and the report
 * share it, so both say the same.
 * @param shown - the endpoints the table shows (pairedDifferenceRows' `shown`)
 * @param cause - the death competing with local recurrence (competingDeathCause)
 * @returns the text, without a final full stop
 */
export function incidenceDifferenceNote(shown: readonly PairedEndpoint[], cause: CompetingDeathCause): string {
  const present = shown.flatMap((endpoint) => {
    const define = definitions[endpoint];
    return define === undefined ? [] : [define(cause)];
  });
  if (present.length === 0) return '';
  const words = present.map(([definition]) => definition).join(', ');
  const kaplanMeier = present.map(([, estimate]) => estimate);
  const estimates = kaplanMeier.length === 1 ? kaplanMeier[0] : `${kaplanMeier.slice(0, -1).join(', ')} or ${kaplanMeier.at(-1)}`;
  return `${words}; the competing death counted as a competing event, not censored (not the difference of the Kaplan–Meier ${estimates})`;
}
