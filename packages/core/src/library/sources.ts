import type { EvidenceSource } from './LibraryParameter.js';

/**
 * Bibliographic sources shared by several library entries. Each was checked against a stored copy of its
 * abstract or index record; where a field could not be checked, the string says so. DOIs live in the
 * evidence objects, next to the value they support.
 */
export const sources: {
  readonly haas2021: EvidenceSource;
  readonly ruka1996: EvidenceSource;
  readonly webbNahum1993: EvidenceSource;
  readonly brizelProfiles: EvidenceSource;
  readonly icrp127: EvidenceSource;
  readonly rewWilson2000: EvidenceSource;
  readonly pedicini2015: EvidenceSource;
  readonly cahlon2012: EvidenceSource;
  readonly chung2009: EvidenceSource;
  readonly lansu2021: EvidenceSource;
  readonly pollack2012: EvidenceSource;
  readonly deCock2024: EvidenceSource;
  readonly iura2017: EvidenceSource;
  readonly breneman2012: EvidenceSource;
  readonly burnet1997: EvidenceSource;
  readonly tepperSuit1985: EvidenceSource;
  readonly rtsimAssumption: EvidenceSource;
  readonly rtsimCalibration: EvidenceSource;
  readonly rtsimLocalControlCalibration: EvidenceSource;
  readonly rtsimMetastasisCalibration: EvidenceSource;
  readonly rtsimProgressionCalibration: EvidenceSource;
  readonly rtsimToxicityCalibration: EvidenceSource;
  readonly rtsimPathwayCalibration: EvidenceSource;
} = {
  haas2021: {
    authors: 'Haas RL … Vens C (author list not verified against the paper)',
    title: 'Cellular Radiosensitivity of Soft Tissue Sarcoma',
    journal: 'Radiat Res',
    year: 2021,
  },
  ruka1996: {
    authors: 'Ruka W, Taghian A, Gioioso D, Fletcher JA, Preffer F, Suit HD',
    title:
      'Comparison between the in vitro intrinsic radiation sensitivity of human soft tissue sarcoma and breast cancer cell lines',
    journal: 'J Surg Oncol 61:290',
    year: 1996,
  },
  webbNahum1993: {
    authors: 'Webb S, Nahum AE',
    title:
      'A model for calculating tumour control probability in radiotherapy including the effects of inhomogeneous distributions of dose and clonogenic cell density',
    journal: 'Phys Med Biol 38:653',
    year: 1993,
  },
  brizelProfiles: {
    authors: 'Brizel DM, Rosner GL, Harrelson J, Prosnitz LR, Dewhirst MW',
    title: 'Pretreatment oxygenation profiles of human soft tissue sarcomas',
    journal: 'journal and year not verified (Johns Hopkins research-portal record)',
  },
  icrp127: {
    authors: 'ICRP',
    title: 'ICRP Publication 127, glossary entry "oxygen enhancement ratio"',
    journal: 'ICRP Publication 127',
    year: 2014,
  },
  rewWilson2000: {
    authors: 'Rew DA, Wilson GD',
    journal: 'Eur J Surg Oncol (PMID 10873364)',
    year: 2000,
  },
  pedicini2015: {
    authors: 'Pedicini P, Caivano R, Fiorentino A, Strigari L',
    journal: 'Clin Transl Oncol',
    year: 2015,
  },
  cahlon2012: {
    authors: 'MSKCC sarcoma group (author list not verified; PMID 22143203, PMC5016830)',
    title:
      'A postoperative nomogram for local recurrence risk in extremity soft tissue sarcomas after limb-sparing surgery without adjuvant radiation',
    journal: 'journal not verified',
    year: 2012,
  },
  chung2009: {
    authors: "Chung PWM, Deheshi BM, Ferguson PC, Wunder JS, Griffin AM, Catton CN, Bell RS, White LM, Kandel RA, O'Sullivan B",
    title:
      'Radiosensitivity translates into excellent local control in extremity myxoid liposarcoma: a comparison with other soft tissue sarcomas',
    journal: 'Cancer 115:3254',
    year: 2009,
  },
  lansu2021: {
    authors: 'Lansu J, Bovée JVMG, Braam P, … van Houdt WJ, Haas RL',
    title: 'Dose Reduction of Preoperative Radiotherapy in Myxoid Liposarcoma: A Nonrandomized Controlled Trial (DOREMY)',
    journal: 'JAMA Oncol 7:e205865',
    year: 2021,
  },
  pollack2012: {
    authors: 'Pollack SM, Jungbluth AA, Hoch BL, … Jones RL, Yee C',
    title: 'NY-ESO-1 is a ubiquitous immunotherapeutic target antigen for patients with myxoid/round cell liposarcoma',
    journal: 'Cancer 118:4564',
    year: 2012,
  },
  deCock2024: {
    authors: 'De Cock L, Paternostro F, Vanleeuw U, Wyns K, Laenen A, Lee CJ, Sciot R, Wozniak A, Schöffski P',
    title: 'Potentially actionable targets in synovial sarcoma: a tissue microarray study',
    journal: 'Transl Oncol 48:102057',
    year: 2024,
  },
  iura2017: {
    authors: 'Iura K, Maekawa A, Kohashi K, Ishii T, Bekki H, Otsuka H, Yamada Y, Yamamoto H, Harimaya K, Iwamoto Y, Oda Y',
    title: 'Cancer-testis antigen expression in synovial sarcoma: NY-ESO-1, PRAME, MAGEA4, and MAGEA1',
    journal: 'Hum Pathol 61:130',
    year: 2017,
  },
  breneman2012: {
    authors: 'Breneman J et al. (COG D9602)',
    journal: 'Int J Radiat Oncol Biol Phys 83:720',
    year: 2012,
  },
  burnet1997: {
    authors: 'Burnet NG, Bliss JM, Harmer CL',
    journal: 'Sarcoma 1:31',
    year: 1997,
  },
  tepperSuit1985: {
    authors: 'author list not verified (recalled as Tepper JE, Suit HD)',
    title: 'Radiation therapy alone for sarcoma of soft tissue',
    journal: 'Cancer 56:475',
    year: 1985,
  },
  rtsimAssumption: {
    authors: 'rtsim library',
    journal: 'assumption of this library (no measurement found; see note)',
  },
  rtsimCalibration: {
    authors: 'rtsim calibration',
    title: 'Sarcoma parameter library against published series (calibration/sts-series.yaml)',
    journal: 'maximum likelihood against the published series named in the note; method and results in docs/calibration.md',
  },
  rtsimLocalControlCalibration: {
    authors: 'rtsim calibration',
    title: 'Local-control model against published series over time, by margin, size and dose (calibration/local-control-evidence.yaml)',
    journal: 'maximum likelihood on the fit series, held-out series predicted (scripts/reference/local_control_model.py); method and results in docs/local-control-model.md',
  },
  rtsimMetastasisCalibration: {
    authors: 'rtsim calibration',
    title: 'Distant-metastasis and sarcoma-death model against published series (calibration/metastasis-evidence.yaml)',
    journal: 'maximum likelihood on the fit series, held-out series predicted once (scripts/reference/metastasis_model.py); method and results in docs/metastasis-model.md',
  },
  rtsimProgressionCalibration: {
    authors: 'rtsim calibration',
    title: 'Progression-free and overall survival after SBRT of sarcoma metastases (calibration/progression-evidence.yaml)',
    journal: 'maximum likelihood on the fit series, held-out series predicted once (scripts/reference/progression_model.py); method and results in docs/metastasis-model.md',
  },
  rtsimToxicityCalibration: {
    authors: 'rtsim calibration',
    title: 'Sarcoma toxicity endpoints against published series (calibration/toxicity-evidence.yaml)',
    journal: 'maximum likelihood on the fit series, held-out series predicted once (scripts/reference/toxicity_models.py); method and results in docs/toxicity-model.md',
  },
  rtsimPathwayCalibration: {
    authors: 'rtsim calibration',
    title: 'Diagnostic-pathway model against published series (calibration/pathway-evidence.yaml)',
    journal: 'maximum likelihood on the fit series, held-out series predicted once (scripts/reference/pathway_model.py); method and results in docs/pathway-model.md',
  },
};
