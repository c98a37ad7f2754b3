import { formatNumber } from '@rtsim/core';
import type { UncertainCorrelationResult } from '../cohort/UncertaintyResults.js';

/**
 * One line naming the correlations a two-level run drew its parameter sets with, for the terminal table and the
 * viewer: `Correlated (Gaussian copula, normal-score ρ): mean alpha – alpha/beta −0.7; …`, each pair by its labels
 * in the scenario's order, ρ to 3 significant digits as in report.html. "normal-score ρ" because ρ correlates
 * Φ⁻¹(F(x)), not the values (docs/uncertainty.md, "Correlated parameters").
 * @param correlations - `UncertaintyResults.correlations` (absent when the parameters are independent)
 * @returns the line, without a newline; undefined when there are no correlations. Labels come from the scenario
 * file unchanged: the caller makes them safe for its medium (terminalText, textContent).
 */
export function correlationSummary(correlations: readonly UncertainCorrelationResult[] | undefined): string | undefined {
  if (correlations === undefined || correlations.length === 0) return undefined;
  const pairs = correlations.map(({ labels: [a, b], rho }) => `${a} – ${b} ${formatNumber(rho)}`);
  return `Correlated (Gaussian copula, normal-score ρ): ${pairs.join('; ')}`;
}
