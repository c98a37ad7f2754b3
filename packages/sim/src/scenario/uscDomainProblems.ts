import type { Distribution } from '@rtsim/core';
import { distributionShareBeyond, distributionSupport, portableExp } from '@rtsim/core';
import type { ResolvedScenario, ResolvedSubtypeParameters } from './ResolvedScenario.js';
import type { PathIssue } from './schemaIssues.js';

/**
 * The largest share of a subtype's patients that may fall outside the universal survival curve's domain, one in a
 * million. No bound could promise that no patient ever does: a normal α without `max` reaches any value. Beyond one in a
 * million the D₀ is a typing error or a model that does not fit the cohort, and is refused; a rarer patient stops a
 * very large run with a message naming the domain (invalidPatientsMessage). A library α (normal, mean 0.232 Gy⁻¹,
 * sd 0.08, no upper bound) passes with Park's D₀ = 1.25 Gy (a share of 6·10⁻¹³), not with D₀ = 2 Gy (4·10⁻⁴).
 */
export const maxShareOutsideUsc = 1e-6;

/**
 * The share of a subtype's patients whose α reaches `alphaLimit` (1/Gy). With `rsi`, α is derived per patient:
 * α = −ln(RSI)/2 − 2β with the fixed β of `rsiBeta`, so α ≥ a exactly when RSI ≤ e^{−2a − 4β}; with β tied to the drawn
 * α/β, α = −ln(RSI)/(2 + 4/(α/β)) ≤ −ln(RSI)/(2 + 4/u) for u the largest α/β the subtype draws, so the share with
 * RSI ≤ e^{−a(2 + 4/u)} bounds it from above.
 */
function shareReaching(parameters: ResolvedSubtypeParameters, alphaLimit: number): number {
  const { rsi, rsiBeta } = parameters;
  if (rsi === undefined) return distributionShareBeyond(parameters.alpha, alphaLimit, 'above');
  const logRsi = rsiBeta !== undefined ? -2 * alphaLimit - 4 * rsiBeta : -alphaLimit * (2 + 4 / distributionSupport(parameters.alphaBeta)[1]);
  return distributionShareBeyond(rsi, portableExp(logRsi), 'below');
}

/** A share of a subtype's patients as people read it: `in 12.5% of its patients`, `in 1 of its patients in 2,500`. */
function shareText(share: number, bound: boolean): string {
  const upTo = bound ? 'up to ' : '';
  if (share >= 0.001) return `in ${upTo}${Number((share * 100).toPrecision(3))}% of its patients`;
  return `in ${upTo}1 of its patients in ${Number((1 / share).toPrecision(2)).toLocaleString('en-US')}`;
}

/** The subtype's α as the message names it: the distribution as written, or the RSI it comes from. */
function alphaSource(parameters: ResolvedSubtypeParameters): string {
  const shown = (d: Distribution): string => (typeof d === 'number' ? String(d) : JSON.stringify(d).replace(/"/g, ''));
  return parameters.rsi === undefined ? `alpha ${shown(parameters.alpha)}` : `alpha from rsi ${shown(parameters.rsi)}`;
}

/**
 * The universal survival curve (`survival: { model: usc, d0 }`; Park et al. 2008) exists only for αD₀ < 1: at αD₀ ≥ 1
 * the LQ slope at 0 already exceeds the terminal slope 1/D₀, no smooth join exists, and the patient's survival is not
 * defined (core's uscQuasiThresholdDose gives NaN, and the run stops on such a patient). A USC arm is refused at its
 * `survival.d0` when some subtype puts more than {@link maxShareOutsideUsc} of its patients at α ≥ 1/D₀, with the share.
 * Validation applies it to the nominal scenario only: the parameter sets of `uncertainty`, sensitivity and calibration
 * are not checked, so a drawn α that leaves the domain stops that run with a message naming the set (documented in
 * docs/scenarios.md).
 * @param scenario - a resolved scenario (library values merged in)
 * @returns one problem per USC arm and subtype outside the domain, at `arms[i].survival.d0`
 */
export function uscDomainProblems(scenario: ResolvedScenario): PathIssue[] {
  const issues: PathIssue[] = [];
  scenario.arms.forEach((arm, index) => {
    if (arm.survival.model !== 'usc') return;
    const d0 = arm.survival.d0;
    const alphaLimit = 1 / d0;
    for (const subtype of scenario.subtypes) {
      const share = shareReaching(subtype.parameters, alphaLimit);
      // NaN (an α the schema let through but no law describes) is not this check's to report.
      if (!(share > maxShareOutsideUsc)) continue;
      issues.push({
        path: ['arms', index, 'survival', 'd0'],
        message:
          `the universal survival curve needs α·D₀ < 1 (at α ≥ 1/D₀ its LQ part has no smooth join with the line of slope 1/D₀), ` +
          `but subtype '${subtype.id}' (${alphaSource(subtype.parameters)}) draws α ≥ 1/${d0} = ${Number(alphaLimit.toPrecision(4))} Gy⁻¹ ` +
          `${shareText(share, subtype.parameters.rsi !== undefined && subtype.parameters.rsiBeta === undefined)}: ` +
          `lower d0 below 1/α, or bound α (max) below 1/D₀`,
      });
    }
  });
  return issues;
}
