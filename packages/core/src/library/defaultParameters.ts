import type { LibraryParameter } from './LibraryParameter.js';
import { sources } from './sources.js';

/**
 * Clonogen density used when a subtype has no better value: lognormal, median 10⁷ per cm³, σ_ln = 1.15
 * (95% of patients between 10⁶ and 10⁸ per cm³). An assumption, to be calibrated jointly with α.
 */
export const defaultClonogenDensity: LibraryParameter = {
  value: { dist: 'lognormal', median: 1e7, sigma: 1.15 },
  unit: 'clonogens per cm³',
  evidence: {
    kind: 'assumption',
    grade: 'D',
    source: sources.webbNahum1993,
    doi: '10.1088/0031-9155/38/6/001',
    endpoint: 'none measured: clonogen density is not observable in patients',
    model: 'Poisson / population TCP, N₀ = density × volume',
    note:
      'Webb & Nahum (1993) set out the population-TCP model with a clonogen density and note that there are virtually no in vivo data on it; the often-quoted 10⁷ per cm³ is conventional, and the value itself was not verified in a stored copy of their paper. ' +
      'A median of 10⁷ per cm³ gives N₀ = 2.5 × 10⁹ for a 250 cm³ tumour. With the library α for STS (normal, mean 0.232, SD 0.08 Gy⁻¹) the population TCP of 50 Gy/25 is about 15% and of 64 Gy/32 about 43% (no repopulation), ' +
      'against 43.5% 5-year local control for ≥ 64 Gy radiotherapy alone (Cancer 1985;56:475): the order of magnitude is consistent, while a single α would give TCP ≈ 0 at both doses. ' +
      'The lognormal spread (one decade for ±2σ) stands for unknown patient-to-patient differences in clonogenic fraction. ' +
      'Not calibrated, because the published series cannot tell it apart from α: fitted jointly with α, the R0 and R1 residual fractions and the MLS α against the five series of docs/calibration.md, the maximum-likelihood median was 1.2 × 10⁴ per cm³ with a profile 95% interval covering the whole search range, 10⁴ to 10¹⁰ per cm³ (every density fits once α and the residual fractions move with it). ' +
      'It is therefore kept at the conventional 10⁷ per cm³, and the calibrated α (0.232 Gy⁻¹) and residual fractions are conditional on it: change the density and they must be refitted (rtsim calibrate calibration/sts-series.yaml). Series with a wider range of tumour sizes at known dose (the 87.5/53/30% local control by size of Cancer 1985;56:475, if its patient numbers were known) are what could separate them.',
  },
};

/**
 * Oxygen enhancement ratio used when a subtype has no better value: triangular 2.0–3.0, mode 2.5. Applied as
 * α/OER and β/OER² to the hypoxic compartment (models.md).
 */
export const defaultOer: LibraryParameter = {
  value: { dist: 'triangular', min: 2, mode: 2.5, max: 3 },
  unit: 'dimensionless (dose ratio, anoxic / oxic)',
  evidence: {
    kind: 'other-site',
    grade: 'C',
    source: sources.icrp127,
    endpoint: 'iso-effect dose ratio under hypoxia vs air, cells in vitro',
    model: 'dose-modifying OER on α and β',
    note:
      'ICRP Publication 127 gives an OER of approximately 3 for X-rays; textbook radiobiology places the maximum in vitro OER for X-rays at 2.5–3 and reports lower values at doses of 3 Gy or less, the range of conventional fractions, hence the mode 2.5. ' +
      'Intermediate oxygen tensions give intermediate ratios. No sarcoma-specific measurement was found.',
  },
};

/**
 * Sublethal-damage repair half-time used when a subtype has no better value: 1 h, fixed. An assumption; a
 * scenario can give a distribution (0.5–2 h is the plausible range) where repair matters.
 */
export const defaultRepairHalfTimeHours: LibraryParameter = {
  value: { dist: 'fixed', value: 1 },
  unit: 'h',
  evidence: {
    kind: 'assumption',
    grade: 'D',
    source: sources.rtsimAssumption,
    endpoint: 'none measured in sarcoma',
    model: 'mono-exponential repair, Lea–Catcheside G factor and inter-fraction interaction (models.md)',
    note:
      'No repair half-time for sarcoma, in vitro or clinical, was found in the stored literature. One hour is a conventional order of magnitude for tumour cells (plausible range 0.5–2 h); a bi-exponential fit for radiosurgery (0.19 h and 2.16 h, Millar 2015) was seen only in third-party code and is not verified. ' +
      'It matters only for twice-daily fractions, deliveries longer than about 30 minutes and gaps of hours; for once-daily schedules its effect on TCP is negligible. ' +
      'Kept fixed rather than drawn so that cohorts keep the closed-form survival coefficients (a drawn half-time forces a per-patient survival calculation); give a distribution in the scenario to study it.',
  },
};

/**
 * Radiobiologically hypoxic fraction of clonogens in STS, for modelling hypoxia explicitly: triangular 0–0.4,
 * mode 0.1 (mean 0.17). Not used by the subtypes, whose α is an effective value (see
 * {@link defaultHypoxicFraction}).
 */
export const sarcomaHypoxicFraction: LibraryParameter = {
  value: { dist: 'triangular', min: 0, mode: 0.1, max: 0.4 },
  unit: 'fraction of clonogens (0–1)',
  evidence: {
    kind: 'assumption',
    grade: 'D',
    source: sources.brizelProfiles,
    endpoint: 'pretreatment Eppendorf pO2 histograms in 9 patients: fraction of readings below 5 mmHg 29% on average (range 0–76%)',
    model: 'two-compartment LQ (α/OER, β/OER² in the hypoxic part)',
    note:
      'An electrode reading below 5 mmHg is not a radiobiologically hypoxic cell (full protection needs roughly ≤ 0.5 mmHg), so the hypoxic fraction is assumed well below the HP5 of 29%: mode 0.1, up to 0.4 for the worst tumours. ' +
      'In a companion series (Brizel et al., Cancer Res 1996;56:941) a median tumour pO2 below 10 mmHg predicted metastasis in high-grade STS. A rat rhabdomyosarcoma (Afzal et al., IJROBP 1991) had 37% hypoxic cells and reoxygenated to that level within 6 h after 15 Gy, which supports reoxygenation: "full" between daily fractions. ' +
      'With reoxygenation "none" and h ≥ 0.1, 25 × 2 Gy leaves the hypoxic compartment almost untouched and TCP of macroscopic disease ≈ 0. ' +
      'For what-if studies of hypoxia (sensitisers, hypofractionation): give this distribution in the scenario with reoxygenation "full", and recalibrate α, since the subtypes’ α is an effective value.',
  },
};

/**
 * Hypoxic fraction used by the subtypes: 0. Hypoxia is folded into the effective α, as in population-TCP fits
 * to clinical data; {@link sarcomaHypoxicFraction} holds the measured range for explicit hypoxia modelling.
 */
export const defaultHypoxicFraction: LibraryParameter = {
  value: { dist: 'fixed', value: 0 },
  unit: 'fraction of clonogens (0–1)',
  evidence: {
    kind: 'assumption',
    grade: 'D',
    source: sources.rtsimAssumption,
    endpoint: 'none: a modelling convention',
    model: 'one compartment with an effective α',
    note:
      'Hypoxia exists in STS (see sarcomaHypoxicFraction), but modelling it on top of α would count it twice once α is calibrated to clinical series, which already include hypoxic cells; the cell-line α of today is oxic and will move when calibrated. ' +
      'A hypoxic fraction of 0 keeps the survival calculation in closed form for whole cohorts. To study hypoxia, give sarcomaHypoxicFraction (and reoxygenation "full") in the scenario and recalibrate α.',
  },
};

/**
 * Volume of regrown tumour that makes a local recurrence detectable: 1 cm³ (about 10⁷ clonogens at the default
 * density). An assumption used by the local-failure-time model.
 */
export const defaultDetectionVolume: LibraryParameter = {
  value: { dist: 'fixed', value: 1 },
  unit: 'cm³',
  evidence: {
    kind: 'assumption',
    grade: 'D',
    source: sources.rtsimAssumption,
    endpoint: 'none: set by follow-up imaging (MRI detects a nodule of about 1 cm)',
    model: 'failure day = T + T_d,post · log2(N_detect / k) (models.md)',
    note:
      'A 1 cm³ sphere is 1.24 cm across. At 10⁷ clonogens per cm³, one surviving clonogen needs log2(10⁷) ≈ 23 doublings to become detectable: 233 days at a doubling time of 10 d. ' +
      'Not calibrated: the verified series report local control at one time each, and where two times are published the model cannot use the detection volume to match them. With K = 1 clonogen left and T_d 10 d, detection comes log2(10⁷) × 10 d ≈ 233 days after treatment (97.5% of patients within about 620 days), whereas the MSKCC surgery-alone series has 15% of its 5-year recurrences after 3 years (11% at 3 y, 13% at 5 y) and adjuvant IMRT (Di Brina et al.) 63% after 2 years (95.3% at 2, 87.4% at 5 years). ' +
      'Reaching those times through the detection volume alone would need N_detect of order 10¹⁹ clonogens, so the post-treatment doubling time (postTreatmentDoublingTime), not the detection volume, is the parameter to calibrate against time-to-recurrence curves (docs/calibration.md).',
  },
};
