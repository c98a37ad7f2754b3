import type { EvidenceCoverage, EvidenceHeldOutBias, EvidenceResults, EvidenceTermResult } from './EvidenceResults.js';

const fixed3 = (x: number): string => x.toFixed(3);
const count = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(2));
// Cells come from the data file: a '|' would end the cell early.
const cell = (text: string): string => text.replaceAll('|', '\\|');

/**
 * One line per role: terms inside their observed Wilson 95% interval, with the direction of the misses.
 * @param coverage - EvidenceResults.coverage
 * @returns `holdout: 17/32 inside (53%; 9 predicted too many events, 6 too few)` per role, in file order
 */
export function evidenceCoverageLines(coverage: readonly EvidenceCoverage[]): string[] {
  return coverage.map((c) => {
    const percent = c.terms === 0 ? 0 : Math.round((100 * c.inside) / c.terms);
    return `${c.role}: ${c.inside}/${c.terms} inside (${percent}%; ${c.tooManyEvents} predicted too many events, ${c.tooFewEvents} too few)`;
  });
}

/** `p = 0.0015` to two significant digits, or `p < 0.0001`. */
const pText = (p: number): string => (p < 0.0001 ? 'p < 0.0001' : `p = ${p.toPrecision(2)}`);

/**
 * The held-out terms pooled, as one line.
 * @param bias - EvidenceResults.heldOut
 * @returns e.g. `held out, pooled: 44/74 inside (59%); misses 19 too many events, 11 too few (sign test p = 0.20);
 *   predicted above observed in 51 terms, below in 23 (sign test p = 0.0015)`
 */
export function heldOutBiasLine(bias: EvidenceHeldOutBias): string {
  return (
    `held out, pooled: ${bias.inside}/${bias.terms} inside (${Math.round((100 * bias.inside) / bias.terms)}%); misses ${bias.tooManyEvents} too many events, ` +
    `${bias.tooFewEvents} too few (sign test ${pText(bias.missesSignTestP)}); predicted above observed in ${bias.predictedAbove} terms, ` +
    `below in ${bias.predictedBelow} (sign test ${pText(bias.termsSignTestP)})`
  );
}

/**
 * The cells of one term for a table: series, evidence, role, stratum, observation, events / n, observed, its
 * Wilson 95% interval, predicted, inside (`**no**` marks a miss, with ↑ too many events or ↓ too few).
 * @param t - a term
 * @returns the cells, numbers as event proportions to three decimals
 */
export function evidenceTermCells(t: EvidenceTermResult): string[] {
  return [
    t.series,
    t.evidence,
    t.role,
    t.stratum,
    t.observation,
    `${count(t.events)} / ${count(t.n)}`,
    fixed3(t.observed),
    `${fixed3(t.observedCi95[0])}–${fixed3(t.observedCi95[1])}`,
    fixed3(t.predicted),
    t.inside ? 'yes' : `**no** ${t.miss === 'above' ? '↑' : '↓'}`,
  ];
}

/** Column titles of {@link evidenceTermCells}. */
export const evidenceTermHeader: readonly string[] = ['series', 'evidence', 'role', 'stratum', 'observation', 'events / n', 'observed', 'observed 95% (Wilson)', 'predicted', 'inside'];

/**
 * The results of `rtsim calibrate` on a local-control evidence file as Markdown (docs/reproductions.md): the
 * coverage per role and of the held-out terms pooled with their sign tests (heldOutBias), the fitted parameters
 * when there was a fit, and one table row per binomial term.
 * @param results - from runEvidenceCalibration
 * @returns the Markdown, ending with a newline
 */
export function evidenceMarkdown(results: EvidenceResults): string {
  const lines: string[] = [];
  lines.push(`Virtual patients per population part: ${results.patients}, seed ${results.seed}; ${results.mode === 'fitted' ? 'parameters fitted to the fit series' : 'every series predicted with the library defaults (no fit)'}.`, '');
  for (const line of evidenceCoverageLines(results.coverage)) lines.push(`- ${line}`);
  if (results.heldOut !== null) lines.push(`- ${heldOutBiasLine(results.heldOut)}`);
  lines.push('');
  if (results.fit !== null) {
    lines.push(`−2 ln L = ${results.fit.deviance.toFixed(2)} on ${results.fit.terms} binomial terms, ${results.parameters.length} parameters.`, '');
    lines.push('| parameter | start | estimate | profile 95% interval |', '| --- | --- | --- | --- |');
    for (const p of results.parameters) {
      const ci = p.ci95 === null ? '—' : `${p.ciAtBound[0] ? '≤ ' : ''}${p.ci95[0].toPrecision(3)} to ${p.ciAtBound[1] ? '≥ ' : ''}${p.ci95[1].toPrecision(3)}`;
      lines.push(`| \`${cell(p.path)}\` | ${p.start.toPrecision(3)} | ${p.estimate.toPrecision(3)} | ${ci} |`);
    }
    lines.push('');
  }
  lines.push(`| ${evidenceTermHeader.join(' | ')} |`, `| ${evidenceTermHeader.map(() => '---').join(' | ')} |`);
  for (const t of results.terms) lines.push(`| ${evidenceTermCells(t).map(cell).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}
