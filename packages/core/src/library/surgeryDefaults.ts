import type { LibraryParameter } from './LibraryParameter.js';
import { sources } from './sources.js';

/** Resection margin: R0 microscopically clear, R1 tumour at the inked margin, R2 gross residual disease. */
export type MarginStatus = 'R0' | 'R1' | 'R2';

/** Defaults for the surgery step of an arm. */
export interface SurgeryDefaults {
  /**
   * Fraction f of the clonogens present at the time of surgery that the operation leaves alive, by margin
   * (dimensionless, 0 < f ≤ 1): ln N_left = ln N + ln f (models.md).
   */
  readonly residualFraction: Readonly<Record<MarginStatus, LibraryParameter>>;
}

const reference =
  'Reference cohort for the numbers quoted: 250 cm³, 10⁷ clonogens per cm³ (N₀ = 2.5 × 10⁹), α normal(0.232, 0.08) Gy⁻¹ truncated at 0, α/β 4.9 Gy, T_d 10 d, T_k 21 d; preoperative 50 Gy/25 with surgery 5 weeks after the last fraction, postoperative 66 Gy/33 starting 5 weeks after surgery; control = exp(−N_left), averaged over α and f by quadrature (scripts/reference/library_sanity.py). ';

const calibration =
  'Calibrated (docs/calibration.md, calibration/sts-series.yaml) jointly with the STS and myxoid liposarcoma α on five published series, with the clonogen density at 10⁷ per cm³ and assumed tumour sizes and margin mixes (R0 84% / R1 16% after pre- or postoperative RT, from the 84% negative margins of a preoperative 50 Gy/25 series, Radiat Oncol 2019, PMC6327451; R0 94% / R1 6% in myxoid liposarcoma, DOREMY). ';

/**
 * Default residual clonogen fractions after surgery, by margin, lognormal between patients: R0 median 8.2 × 10⁻¹²
 * and R1 median 2.7 × 10⁻³, calibrated against published series (docs/calibration.md); R2 median 10⁻², an
 * assumption kept above R1.
 */
export const surgeryDefaults: SurgeryDefaults = {
  residualFraction: {
    R0: {
      value: { dist: 'lognormal', median: 8.2e-12, sigma: 3.45 },
      unit: 'fraction of clonogens left alive',
      evidence: {
        kind: 'calibrated',
        grade: 'B',
        source: sources.rtsimCalibration,
        endpoint:
          '5-year local recurrence 9% after limb-sparing surgery alone with a pathologically negative re-resection (200 extremity STS, MSKCC, Cancer 2008, doi 10.1002/cncr.23493), fitted jointly with the series of docs/calibration.md',
        model: 'Poisson control exp(−N₀ f) of the clonogens left by surgery, lognormal f (σ_ln 3.45 held fixed), N₀ = 10⁷ per cm³ × volume',
        note:
          calibration +
          'Maximum-likelihood median 8.2 × 10⁻¹² (profile 95% interval 2.9 × 10⁻¹²–2.2 × 10⁻¹¹), close to the 10⁻¹¹ the library had reasoned from surgery-alone control. The series gives no tumour sizes: a lognormal volume with median 30 cm³ (σ_ln 1.0) was assumed for tumours first removed by an unplanned excision, and f scales inversely with it (only N₀·f enters), as it does with the clonogen density. ' +
          'Held out, the MSKCC nomogram cohort (684 patients, surgery alone, 5-year local recurrence 13%) is under-predicted (79% against 87% local control) with its assumed 10% R1 resections, each of which the model lets fail without RT: the R1 share of that cohort, not in its abstract, decides the prediction. ' +
          'The spread (σ_ln 3.45, 1.5 decades) expresses that most R0 patients have no residual tumour and a few have satellite foci; it was not fitted. ' +
          reference +
          'Result: surgery alone 82% local control; preoperative 50 Gy/25 99%. After RT the model puts almost no failures in R0 patients (clinically a few per cent), so the calibration attributes the failures after RT to R1 (see R1). f scales with N₀, so larger tumours leave more clonogens; a surface-based residual (∝ V^(2/3)) is the alternative to test.',
      },
    },
    R1: {
      value: { dist: 'lognormal', median: 2.7e-3, sigma: 2.3 },
      unit: 'fraction of clonogens left alive',
      evidence: {
        kind: 'calibrated',
        grade: 'B',
        source: sources.rtsimCalibration,
        endpoint:
          '5-year local-recurrence-free survival 89.6% after surgery with pre- (61%) or postoperative (39%) RT in 603 extremity STS (Chung et al., Cancer 2009;115:3254), fitted jointly with the series of docs/calibration.md',
        model: 'Poisson control exp(−N₀ f S) after surgery and radiotherapy, lognormal f (σ_ln 2.3 held fixed), R1 share 16% assumed',
        note:
          calibration +
          'Maximum-likelihood median 2.7 × 10⁻³ (profile 95% interval 5.2 × 10⁻⁵ to the search bound 10⁻¹, which the data do not exclude), far above the 10⁻⁶ the library had reasoned for microscopic disease. ' +
          'This is an effective value, not a measurement of microscopic residue: because R0 patients almost never fail after RT in this model, the 10.4% failures of the fitted series must come from the assumed 16% R1 resections, about two thirds of which then fail. Clinically a few per cent of R0 patients recur after RT too (skip lesions, radioresistant clones); a model with such a tail would give a smaller R1 fraction. ' +
          'Held out, RTOG 0630 (preoperative 50 Gy/25, 5 local failures in 79) is predicted at 88% local control against 93.7% (Wilson 86.0–97.3%) and adjuvant 66 Gy/33 (Di Brina et al., 109 patients) at 92% against 87.4% (80.7–94.1%). ' +
          'Local control by margin status is not in the verified evidence base, so the R1 share itself (and with it this value) rests on the PMC6327451 series. ' +
          reference +
          'Result: preoperative 50 Gy/25 31%, postoperative 66 Gy/33 56%, surgery alone ≈ 0.',
      },
    },
    R2: {
      value: { dist: 'lognormal', median: 1e-2, sigma: 2.3 },
      unit: 'fraction of clonogens left alive',
      evidence: {
        kind: 'assumption',
        grade: 'D',
        source: sources.rtsimAssumption,
        endpoint: 'none direct: gross residual disease',
        model: 'Poisson control exp(−N₀ f S), lognormal f',
        note:
          'Reasoned, not measured, and not calibrated: no R2 series is in the verified evidence base (docs/calibration.md). A median of 1% of the tumour left behind (2.5 cm³, 2.5 × 10⁷ clonogens for a 250 cm³ tumour), one decade SD. ' +
          'Raised from 10⁻³ when R1 was calibrated to 2.7 × 10⁻³, so that gross residual disease keeps more clonogens than a microscopically involved margin. ' +
          reference +
          'Result: preoperative 50 Gy/25 24%, postoperative 66 Gy/33 49%. Calibrate before use.',
      },
    },
  },
};
