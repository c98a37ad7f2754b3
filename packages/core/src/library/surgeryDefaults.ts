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

/**
 * Default residual clonogen fractions after surgery, by margin. Assumptions reasoned from clinical local
 * recurrence rates, to be calibrated; medians R0 10⁻¹¹, R1 10⁻⁶, R2 10⁻³, lognormal between patients.
 */
export const surgeryDefaults: SurgeryDefaults = {
  residualFraction: {
    R0: {
      value: { dist: 'lognormal', median: 1e-11, sigma: 3.45 },
      unit: 'fraction of clonogens left alive',
      evidence: {
        kind: 'assumption',
        grade: 'D',
        source: sources.cahlon2012,
        endpoint: '3- and 5-year local recurrence 11% and 13% after limb-sparing surgery alone (684 extremity STS, no RT, no chemotherapy)',
        model: 'Poisson control exp(−N₀ f) of the clonogens left by surgery, lognormal f',
        note:
          'Reasoned, not measured; calibrate against surgery-alone and preoperative series. Surgery alone controls about 87% of extremity STS (MSKCC), so the expected number of clonogens left by an R0 resection must be well below one: with N₀ = 2.5 × 10⁹ that forces f ≪ 4 × 10⁻¹⁰. ' +
          'A residual fraction of 10⁻⁷–10⁻⁶ would leave 250–2500 clonogens and predict local control ≈ 0 without radiotherapy, contrary to the data. ' +
          'The spread (σ_ln 3.45, 1.5 decades) expresses that most R0 patients have no residual tumour and a few have satellite foci. ' +
          reference +
          'Result: surgery alone 80% local control; preoperative 50 Gy/25 99%. With a margin mix of 85% R0, 13% R1, 2% R2 the preoperative arm gives about 95%, in line with RTOG 0630 (5 local failures in 79 patients, 6.3%). ' +
          'The model puts almost no failures in R0 patients after radiotherapy (clinically a few per cent): a radioresistant tail (hypoxia, low-α subgroups, RSI "highly radioresistant" tumours) is what calibration has to add. ' +
          'f scales with N₀, so larger tumours leave more clonogens; a surface-based residual (∝ V^(2/3)) is the alternative to test.',
      },
    },
    R1: {
      value: { dist: 'lognormal', median: 1e-6, sigma: 2.3 },
      unit: 'fraction of clonogens left alive',
      evidence: {
        kind: 'assumption',
        grade: 'D',
        source: sources.rtsimAssumption,
        endpoint: 'none direct: local control after radiotherapy with microscopically positive margins',
        model: 'Poisson control exp(−N₀ f S) after surgery and radiotherapy, lognormal f',
        note:
          'Reasoned, not measured. Tumour at ink means microscopic residual disease: a median of 2500 clonogens for a 250 cm³ tumour (about 0.25 mm³ of tumour at 10⁷ per cm³), one decade SD. ' +
          reference +
          'Result: preoperative 50 Gy/25 78%, postoperative 66 Gy/33 88%, surgery alone ≈ 0. Local control by margin status is not in the verified evidence base (sts-evidence.md has no R1 series), so these are starting values only; if R1 surgery-alone series keep a sizeable fraction of patients controlled, ' +
          'the plain LQ-Poisson model cannot reproduce that together with the radiotherapy results, because radiotherapy removes about 7 logs in every patient with the library α. Calibrate with the radioresistant tail (see R0).',
      },
    },
    R2: {
      value: { dist: 'lognormal', median: 1e-3, sigma: 2.3 },
      unit: 'fraction of clonogens left alive',
      evidence: {
        kind: 'assumption',
        grade: 'D',
        source: sources.rtsimAssumption,
        endpoint: 'none direct: gross residual disease',
        model: 'Poisson control exp(−N₀ f S), lognormal f',
        note:
          'Reasoned, not measured. A median of 0.1% of the tumour left behind (0.25 cm³, 2.5 × 10⁶ clonogens for a 250 cm³ tumour), one decade SD; 10⁻² (the whole of a 2.5 cm³ nodule) is within 2σ. ' +
          reference +
          'Result: preoperative 50 Gy/25 37%, postoperative 66 Gy/33 61%. No verified R2 series is in the evidence base; calibrate before use.',
      },
    },
  },
};
