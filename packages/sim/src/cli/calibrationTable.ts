import type { CalibrationResults } from '../calibration/CalibrationResults.js';
import { formatParameterValue } from '../report/formatParameterValue.js';
import { formatPercent } from '../charts/formatPercent.js';
import { terminalText } from './terminalText.js';
import { textTable } from './textTable.js';

const interval = (pair: readonly [number, number]): string => `[${formatPercent(pair[0])}, ${formatPercent(pair[1])}]`;

/**
 * The terminal summary of a calibration: the fitted parameters (library value, estimate, profile 95% interval,
 * `≤`/`≥` where an end is a search bound) and every series (role, time, observed and predicted local control in
 * percent with their intervals, the expected range of the observation and whether it falls inside), then the
 * deviance line.
 * @param results - the calibration results
 * @returns the text, ending with a newline
 */
export function calibrationTable(results: CalibrationResults): string {
  const parameters = textTable(
    ['parameter', 'library', 'estimate', '95% interval'],
    results.parameters.map((p) => [
      terminalText(p.label),
      formatParameterValue(p.nominal, p.scale),
      formatParameterValue(p.estimate, p.scale),
      p.ci95 === null
        ? '—'
        : `[${p.ciAtBound[0] ? '≤ ' : ''}${formatParameterValue(p.ci95[0], p.scale)}, ${p.ciAtBound[1] ? '≥ ' : ''}${formatParameterValue(p.ci95[1], p.scale)}]`,
    ]),
    ['l', 'r', 'r', 'r'],
  );
  const series = textTable(
    ['series', 'role', 'years', 'observed LC %', 'predicted LC %', 'expected range', 'inside'],
    results.cohorts.map((c) => [
      terminalText(c.id),
      c.role,
      String(Number(c.atYears.toFixed(2))),
      `${formatPercent(c.observed.rate)} ${interval(c.observed.ci95)}`,
      `${formatPercent(c.predicted.localControl)} ${interval(c.predicted.range)}`,
      interval(c.predictionInterval),
      c.observedInsidePrediction ? 'yes' : 'NO',
    ]),
    ['l', 'l', 'r', 'r', 'r', 'r', 'l'],
  );
  const { fit } = results;
  const footer =
    `−2 ln L = ${fit.deviance.toFixed(3)} on ${fit.degreesOfFreedom} degree${fit.degreesOfFreedom === 1 ? '' : 's'} of freedom, ` +
    `${fit.evaluations} evaluations × ${results.patients} virtual patients per series${fit.converged ? '' : ' (fit stopped at its budget)'}\n`;
  return `${terminalText(results.name)}\n\n${parameters}\n${series}\n${footer}`;
}
