import { schedule } from '@rtsim/core';
import type { ResolvedArm, ResolvedScenario } from '../scenario/ResolvedScenario.js';
import { sensitivityMeasureEndpoint } from '../sensitivity/sensitivityMeasureEndpoint.js';
import type { SensitivityMeasure } from '../sensitivity/SensitivityResults.js';
import { terminalText } from './terminalText.js';

/**
 * Parameters of the residual-disease model that move only *when* a local recurrence is detected, not whether the
 * patient recurs (docs/local-control-model.md): the regrowth doubling time and its grade effect, and dormancy.
 */
const timingPaths = ['localControlModel.regrowthDoublingTime', 'localControlModel.regrowthGradeLogRatio', 'localControlModel.dormantShare', 'localControlModel.reawakeningRate'];

/** The tumour bed's hypoxic share: it acts only on fractions given after the operation (compileLocalControl). */
const bedPath = 'localControlModel.tumourBedHypoxicFraction';

/**
 * Parameters of the residual-disease model that act only on the residue a resection leaves (its presence by margin
 * and covariates, its size, the bed's hypoxia): arms without surgery treat gross disease (π = 1), and lesion arms
 * treat metastases, so neither reads them.
 */
const residuePaths = ['localControlModel.marginLogOdds', 'localControlModel.covariateLogOddsRatio', 'localControlModel.residualClonogens', bedPath];

const within = (prefixes: readonly string[]) => (path: string): boolean => prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}.`));
const isTiming = within(timingPaths);
const isResidue = within(residuePaths);
const isBed = within([bedPath]);

/** Whether an arm resects a primary tumour on the residual-disease model, so that the residue parameters act. */
const resectsOnModel = (arm: ResolvedArm): boolean => arm.localControl === 'residual-disease' && arm.surgery !== undefined && arm.lesions === undefined;
const resects = (scenario: ResolvedScenario): boolean => scenario.arms.some(resectsOnModel);

/**
 * Whether some such arm irradiates the tumour bed: a fraction of some dose on a day after its operation's (postoperative
 * RT; a 0 Gy fraction, how a surgery-alone arm is written, irradiates nothing).
 */
const irradiatesBed = (scenario: ResolvedScenario): boolean =>
  scenario.arms.some((arm) => resectsOnModel(arm) && schedule(arm.schedule).some((fraction) => fraction.dose > 0 && fraction.day > (arm.surgery?.day ?? Infinity)));

/** One note line: the parameters, what they act on, why that is not summarised, the way out; '' without parameters. */
function noteLine(command: string, labels: readonly string[], actsOn: string, summarised: string, advice: string): string {
  if (labels.length === 0) return '';
  const one = labels.length === 1;
  return `${command}: note: ${labels.map(terminalText).join(', ')} ${one ? 'acts' : 'act'} on ${actsOn}; ${summarised}, so ${one ? 'it shows' : 'they show'} no effect here${advice} (docs/uncertainty.md)\n`;
}

/**
 * Stderr notes for uncertain parameters that cannot move what a command summarises, said once before the run so that
 * a flat interval, a flat tornado or a zero Sobol' index is not read as a finding (docs/uncertainty.md):
 * - the residue parameters of the residual-disease model (residuePaths), in any command, when no arm resects a
 *   tumour on that model; the tumour bed's hypoxic share when arms resect but none gives a fraction after its
 *   operation (preoperative RT meets the residue inside the intact tumour, surgery alone none);
 * - a `metastasis.model.*` number, which acts only on metastasis and survival;
 * - a timing parameter of the residual-disease model (timingPaths), which acts only on when recurrences are
 *   detected: the control rate and the mean TCP count every failure, detected within follow-up or after.
 * An uncertainty run (`summaries` = `endpoints`) with `followUp.at` summarises LC, metastasis, PFS and OS at those
 * times, which see the last two kinds; a sensitivity analysis (`summaries` = its measure) explains one number: an
 * endpoint at a time sees the timing parameters, and metastasis, PFS and OS see `metastasis.model` too.
 * @param command - the command's name, as its other stderr lines start (`rtsim sensitivity`)
 * @param scenario - the validated scenario
 * @param summaries - `endpoints` (an uncertainty run) or the measure a sensitivity analysis explains
 * @returns the notes, each with its newline, or '' when every uncertain parameter can move what is summarised
 */
export function noEffectNote(command: string, scenario: ResolvedScenario, summaries: 'endpoints' | SensitivityMeasure): string {
  const parameters = scenario.uncertainty?.parameters ?? [];
  const labels = (matches: (path: string) => boolean): string[] => parameters.filter((parameter) => matches(parameter.path)).map((parameter) => parameter.label);
  const run = summaries === 'endpoints';
  const endpoint = run ? undefined : sensitivityMeasureEndpoint(summaries)?.endpoint;
  const seesTiming = run ? scenario.followUp.at !== undefined : endpoint !== undefined;
  const seesMetastasis = run ? scenario.followUp.at !== undefined : endpoint !== undefined && endpoint !== 'local-control';
  const summarised = endpoint === 'local-control' ? `${summaries} is local control` : 'these summaries are of local control';
  return (
    (resects(scenario)
      ? irradiatesBed(scenario)
        ? ''
        : noteLine(command, labels(isBed), 'radiotherapy of the tumour bed after a resection', 'no arm of this scenario that resects on the residual-disease model gives a fraction after its operation', '')
      : noteLine(command, labels(isResidue), 'the residue a resection leaves', 'no arm of this scenario resects a tumour on the residual-disease model', '')) +
    (seesMetastasis
      ? ''
      : noteLine(command, labels((path) => path.startsWith('metastasis.model.')), 'metastasis and survival only', summarised,
        run ? '; give followUp.at to summarise metastasis and overall survival at those times' : '; --measure metastasis@T or overall-survival@T (T a followUp.at time) shows it')) +
    (seesTiming
      ? ''
      : noteLine(command, labels(isTiming), 'when local recurrences are detected, not whether', 'the control rate and the mean TCP count every failure, detected within follow-up or after',
        run ? '; give followUp.at to summarise LC at those times' : '; --measure local-control@T (T a followUp.at time) shows it'))
  );
}
