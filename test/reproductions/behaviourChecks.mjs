import { readFileSync } from 'node:fs';
import { URL } from 'node:url';
import { logSurvival, schedule, tcpPoisson } from '@rtsim/core';
import { populationDoseResponse } from './populationDoseResponse.mjs';

// Qualitative claims of Webb & Nahum (Phys Med Biol 1993;38:653) about the population TCP, measured through the
// public API of '@rtsim/core' with the setting of scripts/reference/reproductions_population_tcp.py. Shared, like
// reproductionCases.mjs, by the tests and scripts/reproductions-table.mjs. Types: behaviourChecks.d.mts.

const setting = JSON.parse(readFileSync(new URL('../fixtures/population-tcp-dose-response.json', import.meta.url), 'utf8'));
const { alphaMean, alphaBeta, clonogens, fractions } = setting;
const sigmas = setting.rows.map((row) => row.alphaSd);
const response = (alphaSd) => populationDoseResponse({ alphaMean, alphaSd, alphaBeta, clonogens, fractions });
const individual = (dose) =>
  tcpPoisson(clonogens, logSurvival(schedule({ fractions, dose: dose / fractions, perWeek: 5 }), { alpha: alphaMean, beta: alphaMean / alphaBeta }));
const source = 'Webb S, Nahum AE, Phys Med Biol 1993;38:653';
const format = (x, digits) => x.toFixed(digits);

/** Claims about the shape of the population dose–response curve, each with what rtsim measures. */
export const behaviourChecks = [
  {
    source,
    claim: 'the population curve is flatter than the individual one: γ₅₀ falls strictly as σ_α grows',
    measure: () => {
      const gammas = sigmas.map((alphaSd) => response(alphaSd).gamma50);
      return {
        holds: gammas.every((gamma, k) => k === 0 || gamma < (gammas[k - 1] ?? Number.NaN)),
        detail: sigmas.map((alphaSd, k) => `σ_α ${alphaSd}: ${format(gammas[k] ?? Number.NaN, 2)}`).join('; '),
      };
    },
  },
  {
    source,
    claim:
      'with spread, control is likelier than for the mean patient 5 Gy below the individual D₅₀ and less likely ' +
      '5 Gy above it (by more than 1e−4, far above the quadrature error)',
    measure: () => {
      const d50 = response(0).d50;
      const [below, above] = [individual(d50 - 5), individual(d50 + 5)];
      const rows = sigmas.slice(1).map((alphaSd) => {
        const { tcp } = response(alphaSd);
        return { alphaSd, below: tcp(d50 - 5), above: tcp(d50 + 5) };
      });
      return {
        holds: rows.every((row) => row.below > below + 1e-4 && row.above < above - 1e-4),
        detail:
          `individual ${format(below, 4)} / ${format(above, 4)}; ` +
          rows.map((row) => `σ_α ${row.alphaSd}: ${format(row.below, 4)} / ${format(row.above, 4)}`).join('; '),
      };
    },
  },
  {
    source,
    claim: 'as σ_α → 0 the population curve tends to the individual Poisson curve (max difference over 30–80 Gy)',
    measure: () => {
      const doses = Array.from({ length: 51 }, (_, k) => 30 + k);
      const gaps = [1e-2, 1e-3, 1e-4].map((alphaSd) => {
        const { tcp } = response(alphaSd);
        return { alphaSd, gap: Math.max(...doses.map((dose) => Math.abs(tcp(dose) - individual(dose)))) };
      });
      return {
        // The gap is O(σ²): each tenfold step in σ must shrink it at least 50-fold, down to below 1e−5.
        holds: gaps.every(({ gap }, k) => k === 0 || gap < (gaps[k - 1]?.gap ?? Number.NaN) / 50) && (gaps[2]?.gap ?? 1) < 1e-5,
        detail: gaps.map(({ alphaSd, gap }) => `σ_α ${alphaSd}: ${gap.toExponential(2)}`).join('; '),
      };
    },
  },
];
