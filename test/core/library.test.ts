import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  fixedDistributionValue,
  defaultClonogenDensity,
  defaultDetectionVolume,
  defaultHypoxicFraction,
  defaultOer,
  defaultRepairHalfTimeHours,
  distributionMean,
  distributionSupport,
  formatDistribution,
  formatNumber,
  librarySubtype,
  localControlDefaults,
  metastasisDefaults,
  pathwayDefaults,
  toxicityDefaults,
  parametersMarkdown,
  sarcomaHypoxicFraction,
  subtypeIds,
  subtypeLibrary,
  surgeryDefaults,
} from '@rtsim/core';
import type { Distribution, LibraryParameter, SubtypeEntry } from '@rtsim/core';

const expectedIds = [
  'sts',
  'myxoid-liposarcoma',
  'undifferentiated-pleomorphic-sarcoma',
  'leiomyosarcoma',
  'synovial-sarcoma',
  'dedifferentiated-liposarcoma',
  'myxofibrosarcoma',
  'mpnst',
  'rhabdomyosarcoma',
  'ewing-sarcoma',
];

const kinds = ['clinical-fit', 'cell-line', '3d-culture', 'genomic', 'assumption', 'calibrated', 'other-site'];

const entries: SubtypeEntry[] = expectedIds.map((id) => subtypeLibrary[id as keyof typeof subtypeLibrary]);

// Every library value with a label: subtype parameters, antigens, defaults and surgery residual fractions.
/** Every library parameter (an object with `evidence`) inside a nested section, labelled by its path. */
function libraryLeaves(value: object, prefix: string): [string, LibraryParameter][] {
  return Object.entries(value).flatMap(([key, entry]: [string, unknown]) => {
    if (typeof entry !== 'object' || entry === null) return [];
    return 'evidence' in entry ? [[`${prefix}${key}`, entry as LibraryParameter]] : libraryLeaves(entry, `${prefix}${key}.`);
  });
}

const allParameters: [string, LibraryParameter][] = [
  ...entries.flatMap((entry) => [
    ...Object.entries(entry.parameters).map(([name, p]): [string, LibraryParameter] => [`${entry.id}.${name}`, p]),
    ...Object.entries(entry.antigens ?? {}).map(([name, p]): [string, LibraryParameter] => [`${entry.id}.antigens.${name}`, p]),
  ]),
  ['defaultClonogenDensity', defaultClonogenDensity],
  ['defaultDetectionVolume', defaultDetectionVolume],
  ['defaultHypoxicFraction', defaultHypoxicFraction],
  ['defaultOer', defaultOer],
  ['defaultRepairHalfTimeHours', defaultRepairHalfTimeHours],
  ['sarcomaHypoxicFraction', sarcomaHypoxicFraction],
  ...Object.entries(surgeryDefaults.residualFraction).map(([m, p]): [string, LibraryParameter] => [`residualFraction.${m}`, p]),
  ...libraryLeaves(localControlDefaults, 'localControl.'),
  ...libraryLeaves(metastasisDefaults, 'metastasis.'),
  ...libraryLeaves(toxicityDefaults, 'toxicity.'),
  ...libraryLeaves(pathwayDefaults, 'pathway.'),
];

// Validity written out here, independently of distributionSupport.
function isValid(d: Distribution): boolean {
  if (typeof d === 'number') return Number.isFinite(d);
  switch (d.dist) {
    case 'fixed':
      return Number.isFinite(d.value);
    case 'normal':
      return Number.isFinite(d.mean) && d.sd >= 0 && (d.min === undefined || d.max === undefined || d.min < d.max);
    case 'lognormal':
      return d.median > 0 && d.sigma >= 0;
    case 'uniform':
      return d.min < d.max;
    case 'triangular':
      return d.min <= d.mode && d.mode <= d.max && d.min < d.max;
  }
}

// SF2 implied by α at a given α/β: SF2 = exp(−2α − 4β), β = α/(α/β).
const sf2 = (alpha: number, alphaBeta: number): number => Math.exp(-2 * alpha * (1 + 2 / alphaBeta));

function normalOf(p: LibraryParameter): { mean: number; sd: number; min?: number } {
  if (typeof p.value === 'number' || p.value.dist !== 'normal') throw new Error('expected a normal distribution');
  return p.value;
}
function lognormalOf(p: LibraryParameter): { median: number; sigma: number } {
  if (typeof p.value === 'number' || p.value.dist !== 'lognormal') throw new Error('expected a lognormal distribution');
  return p.value;
}
function triangularOf(p: LibraryParameter): { min: number; mode: number; max: number } {
  if (typeof p.value === 'number' || p.value.dist !== 'triangular') throw new Error('expected a triangular distribution');
  return p.value;
}

describe('subtypeLibrary', () => {
  test('subtypeIds lists the ten subtypes of the issue, sts first', () => {
    expect([...subtypeIds]).toEqual(expectedIds);
    expect(Object.keys(subtypeLibrary).sort()).toEqual([...expectedIds].sort());
  });

  test('every entry carries its own id, a name and a description', () => {
    for (const id of expectedIds) {
      const entry = subtypeLibrary[id as keyof typeof subtypeLibrary];
      expect(entry.id).toBe(id);
      expect(entry.name.length).toBeGreaterThan(0);
      expect(entry.description.length).toBeGreaterThan(0);
    }
  });

  test('librarySubtype(id) returns the entry, and undefined for anything else', () => {
    for (const id of expectedIds) expect(librarySubtype(id)).toBe(subtypeLibrary[id as keyof typeof subtypeLibrary]);
    for (const id of ['', 'STS', 'liposarcoma', 'toString', 'constructor', '__proto__']) expect(librarySubtype(id)).toBeUndefined();
  });

  test('every subtype has the eight required parameters', () => {
    const required = ['alpha', 'alphaBeta', 'doublingTime', 'kickoffTime', 'clonogenDensity', 'hypoxicFraction', 'oer', 'repairHalfTimeHours'];
    for (const entry of entries) for (const name of required) expect(entry.parameters, `${entry.id}.${name}`).toHaveProperty(name);
  });
});

describe('evidence', () => {
  test('every parameter has a unit, a known kind, an A–D grade, a source, an endpoint, a model and a note', () => {
    expect(allParameters.filter(([label]) => label.startsWith('localControl.')).length).toBe(4 + 8 + 7);
    for (const [label, p] of allParameters) {
      expect(p.unit.length, label).toBeGreaterThan(0);
      expect(kinds, label).toContain(p.evidence.kind);
      expect(['A', 'B', 'C', 'D'], label).toContain(p.evidence.grade);
      expect(p.evidence.source.authors.length, label).toBeGreaterThan(0);
      expect(p.evidence.source.journal.length, label).toBeGreaterThan(0);
      expect(p.evidence.endpoint.length, label).toBeGreaterThan(0);
      expect(p.evidence.model.length, label).toBeGreaterThan(0);
      expect(p.evidence.note.length, label).toBeGreaterThan(20);
    }
  });

  test('only assumption and calibrated values may cite a source without a year', () => {
    for (const [label, p] of allParameters) {
      if (p.evidence.kind === 'assumption' || p.evidence.kind === 'calibrated') continue;
      expect(Number.isInteger(p.evidence.source.year), label).toBe(true);
      expect(p.evidence.source.year, label).toBeGreaterThanOrEqual(1900);
    }
  });

  test('an assumption is graded D', () => {
    for (const [label, p] of allParameters) {
      if (p.evidence.kind === 'assumption') expect(p.evidence.grade, label).toBe('D');
    }
  });

  test('a DOI, when given, is a bare DOI (10.prefix/suffix)', () => {
    for (const [label, p] of allParameters) {
      if (p.evidence.doi !== undefined) expect(p.evidence.doi, label).toMatch(/^10\.\d{4,9}\/\S+$/);
    }
  });
});

describe('distributions', () => {
  test('every library distribution is valid', () => {
    for (const [label, p] of allParameters) expect(isValid(p.value), label).toBe(true);
  });

  test('α has a positive mean and is truncated at 0 in every subtype', () => {
    for (const entry of entries) {
      const alpha = normalOf(entry.parameters.alpha);
      expect(alpha.mean, entry.id).toBeGreaterThan(0);
      expect(alpha.min, entry.id).toBe(0);
      expect(alpha.sd, entry.id).toBeGreaterThan(0);
    }
  });

  test('fractions (hypoxic, antigen-positive, residual) stay within [0, 1]', () => {
    for (const [label, p] of allParameters) {
      if (!/hypoxicFraction|antigen|residualFraction/i.test(label)) continue;
      const [low, high] = distributionSupport(p.value);
      expect(low, label).toBeGreaterThanOrEqual(0);
      if (!label.startsWith('residualFraction')) expect(high, label).toBeLessThanOrEqual(1);
    }
  });

  test('residual fraction medians rise from R0 to R1 to R2 and stay below 1', () => {
    const { R0, R1, R2 } = surgeryDefaults.residualFraction;
    expect(lognormalOf(R0).median).toBeLessThan(lognormalOf(R1).median);
    expect(lognormalOf(R1).median).toBeLessThan(lognormalOf(R2).median);
    expect(lognormalOf(R2).median).toBeLessThan(1);
  });

  test('hypoxia is folded into the effective α of the subtypes; the measured STS range is kept for what-if use', () => {
    // Brizel et al.: fraction of pO2 readings < 5 mmHg 29% on average; the radiobiological fraction is below it.
    for (const entry of entries) expect(entry.parameters.hypoxicFraction.value, entry.id).toEqual({ dist: 'fixed', value: 0 });
    expect(distributionMean(sarcomaHypoxicFraction.value)).toBeGreaterThan(0);
    expect(distributionMean(sarcomaHypoxicFraction.value)).toBeLessThan(0.29);
  });

  test('kinetics, density, OER and repair half-time are positive', () => {
    for (const entry of entries) {
      for (const name of ['alphaBeta', 'doublingTime', 'kickoffTime', 'clonogenDensity', 'oer', 'repairHalfTimeHours'] as const) {
        const [low] = distributionSupport(entry.parameters[name].value);
        expect(low, `${entry.id}.${name}`).toBeGreaterThanOrEqual(0);
        expect(distributionMean(entry.parameters[name].value), `${entry.id}.${name}`).toBeGreaterThan(0);
      }
      const [oerLow] = distributionSupport(entry.parameters.oer.value);
      expect(oerLow, entry.id).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('values from papers', () => {
  const panelAlphaBeta = lognormalOf(subtypeLibrary.sts.parameters.alphaBeta).median;

  test('STS panel: α/β median 4.9 Gy and α from the median SF2 0.52 (Haas et al., Radiat Res 2021)', () => {
    expect(panelAlphaBeta).toBe(4.9);
    expect(sf2(normalOf(subtypeLibrary.sts.parameters.alpha).mean, panelAlphaBeta)).toBeCloseTo(0.52, 3);
  });

  test('MLS: α is calibrated above the value of its cell lines (SF2 0.64–0.67, Haas et al. 2021), as the clinic demands', () => {
    const parameter = subtypeLibrary['myxoid-liposarcoma'].parameters.alpha;
    const alpha = normalOf(parameter).mean;
    const alphaBeta = lognormalOf(subtypeLibrary['myxoid-liposarcoma'].parameters.alphaBeta).median;
    expect(parameter.evidence.kind).toBe('calibrated');
    // docs/calibration.md: estimate 0.269, profile 95% interval 0.152–0.391 (model 1; the library keeps 0.27); the cell lines give SF2 ≥ 0.64.
    expect(alpha).toBeCloseTo(0.27, 2);
    expect(sf2(alpha, alphaBeta)).toBeLessThan(0.64);
  });

  test('synovial sarcoma: α from the group mean SF2 0.35 (Haas et al. 2021), the most sensitive subtype', () => {
    const alpha = normalOf(subtypeLibrary['synovial-sarcoma'].parameters.alpha).mean;
    expect(sf2(alpha, panelAlphaBeta)).toBeCloseTo(0.35, 3);
    expect(alpha).toBeGreaterThan(normalOf(subtypeLibrary.sts.parameters.alpha).mean);
    expect(alpha).toBeGreaterThan(normalOf(subtypeLibrary['myxoid-liposarcoma'].parameters.alpha).mean);
  });

  test('σα follows Ruka et al. (J Surg Oncol 1996): SF2 0.39 ± 0.09 gives σα ≈ 0.082 Gy⁻¹ by the delta method', () => {
    // dα/dSF2 = 1/(SF2 · 2(1 + 2/(α/β))); tolerance 0.005 Gy⁻¹ for rounding the library value to 0.08.
    const sigmaAlpha = 0.09 / (0.39 * 2 * (1 + 2 / panelAlphaBeta));
    expect(normalOf(subtypeLibrary.sts.parameters.alpha).sd).toBeCloseTo(sigmaAlpha, 2);
  });

  test('synovial antigens: MAGE-A4 69% (De Cock et al. 2024) and NY-ESO-1 61% (66/108, Iura et al. 2017) are the modes', () => {
    const synovial = subtypeLibrary['synovial-sarcoma'];
    expect(synovial.parameters.antigenPositiveFraction).toBe(synovial.antigens?.['MAGE-A4']);
    const mage = triangularOf(synovial.antigens?.['MAGE-A4'] as LibraryParameter);
    expect(mage.mode).toBe(0.69);
    expect(mage.max).toBeCloseTo(89 / 108, 2);
    expect(triangularOf(synovial.antigens?.['NY-ESO-1'] as LibraryParameter).mode).toBeCloseTo(66 / 108, 2);
  });

  test('MLS NY-ESO-1 reaches 25/25 positive (Pollack et al., Cancer 2012)', () => {
    const nyEso1 = triangularOf(subtypeLibrary['myxoid-liposarcoma'].antigens?.['NY-ESO-1'] as LibraryParameter);
    expect(nyEso1.max).toBe(25 / 25);
  });
});

describe('numbers quoted in the notes (reference: scripts/reference/library_sanity.py)', () => {
  const fixture = JSON.parse(
    readFileSync(fileURLToPath(new URL('../fixtures/library-sanity.json', import.meta.url)), 'utf8'),
  ) as {
    inputs: {
      alphaMean: number;
      alphaSd: number;
      alphaBeta: number;
      clonogens: number;
      doublingTime: number;
      kickoffTime: number;
      residualFraction: Record<'R0' | 'R1' | 'R2', { median: number; sigma: number }>;
    };
    populationTcp: Record<'50Gy/25' | '64Gy/32', number>;
    localControl: Record<'R0' | 'R1' | 'R2', { surgeryAlone: number; preop50Gy25: number; postop66Gy33: number }>;
  };

  test('the fixture was computed from the current library values', () => {
    const sts = subtypeLibrary.sts.parameters;
    expect(normalOf(sts.alpha).mean).toBe(fixture.inputs.alphaMean);
    expect(normalOf(sts.alpha).sd).toBe(fixture.inputs.alphaSd);
    expect(lognormalOf(sts.alphaBeta).median).toBe(fixture.inputs.alphaBeta);
    expect(lognormalOf(sts.clonogenDensity).median * 250).toBe(fixture.inputs.clonogens);
    expect(lognormalOf(sts.doublingTime).median).toBe(fixture.inputs.doublingTime);
    expect(triangularOf(sts.kickoffTime).mode).toBe(fixture.inputs.kickoffTime);
    for (const margin of ['R0', 'R1', 'R2'] as const) {
      const { median, sigma } = lognormalOf(surgeryDefaults.residualFraction[margin]);
      expect({ median, sigma }).toEqual(fixture.inputs.residualFraction[margin]);
    }
  });

  test('50 Gy/25 to 250 cm³ at 10⁷/cm³ gives a population TCP that is neither 0 nor 1 (quoted: about 15%)', () => {
    const tcp = fixture.populationTcp['50Gy/25'];
    expect(tcp).toBeGreaterThan(0.05);
    expect(tcp).toBeLessThan(0.5);
    expect(tcp).toBeCloseTo(0.15, 1);
  });

  test('64 Gy/32 gives about 43%, near the 43.5% 5-year local control of RT alone ≥ 64 Gy (Cancer 1985;56:475)', () => {
    // Tolerance ±0.1: the clinical series had 36 patients of mixed size.
    expect(Math.abs(fixture.populationTcp['64Gy/32'] - 0.435)).toBeLessThan(0.1);
    expect(fixture.populationTcp['64Gy/32']).toBeCloseTo(0.43, 2);
  });

  test('R0 surgery alone controls about 82% (MSKCC: 87% at 5 years), and preoperative RT about 99%', () => {
    expect(fixture.localControl.R0.surgeryAlone).toBeCloseTo(0.82, 2);
    expect(fixture.localControl.R0.preop50Gy25).toBeCloseTo(0.99, 2);
  });

  test('the preoperative arm with 84% R0, 16% R1 controls about 88% (RTOG 0630: 74 of 79, Wilson 86.0–97.3%)', () => {
    const { R0, R1 } = fixture.localControl;
    const control = 0.84 * R0.preop50Gy25 + 0.16 * R1.preop50Gy25;
    expect(control).toBeCloseTo(0.88, 2);
    expect(control).toBeGreaterThan(0.86);
    expect(control).toBeLessThan(0.973);
  });

  test('R1 and R2 figures quoted in the notes match the reference to two digits', () => {
    expect(fixture.localControl.R1.preop50Gy25).toBeCloseTo(0.31, 2);
    expect(fixture.localControl.R1.postop66Gy33).toBeCloseTo(0.56, 2);
    expect(fixture.localControl.R2.preop50Gy25).toBeCloseTo(0.24, 2);
    expect(fixture.localControl.R2.postop66Gy33).toBeCloseTo(0.49, 2);
  });
});

describe('distributionMean and distributionSupport', () => {
  test('distributionMean of fixed, uniform and triangular distributions is the textbook mean', () => {
    expect(distributionMean(3)).toBe(3);
    expect(distributionMean({ dist: 'fixed', value: -2 })).toBe(-2);
    expect(distributionMean({ dist: 'uniform', min: 1, max: 4 })).toBe(2.5);
    expect(distributionMean({ dist: 'triangular', min: 0, mode: 0.1, max: 0.4 })).toBeCloseTo(0.5 / 3, 15);
  });

  test('distributionMean of a lognormal is median · exp(σ²/2)', () => {
    expect(distributionMean({ dist: 'lognormal', median: 10, sigma: 0.5 })).toBeCloseTo(10 * Math.exp(0.125), 12);
  });

  test('distributionMean of a normal truncated at its mean is the half-normal mean μ + σ√(2/π)', () => {
    // Half-normal identity; tolerance 1e-12 (normalCdf is accurate to ~1e-15).
    expect(distributionMean({ dist: 'normal', mean: 0, sd: 1, min: 0 })).toBeCloseTo(Math.sqrt(2 / Math.PI), 12);
    expect(distributionMean({ dist: 'normal', mean: 1, sd: 2, max: 1 })).toBeCloseTo(1 - 2 * Math.sqrt(2 / Math.PI), 12);
    expect(distributionMean({ dist: 'normal', mean: 0.232, sd: 0.08 })).toBe(0.232);
  });

  test('distributionMean of a normal truncated far in its tail sits just inside the bound (Mills ratio)', () => {
    // E[X | X > 10] = φ(10)/Φ(−10) = 10.0981 (inverse Mills ratio); tolerance 5e-4.
    expect(distributionMean({ dist: 'normal', mean: 0, sd: 1, min: 10 })).toBeCloseTo(10.0981, 3);
  });

  test('invalid distributions give NaN means and [NaN, NaN] supports', () => {
    const invalid: Distribution[] = [
      Number.NaN,
      { dist: 'normal', mean: 0, sd: -1 },
      { dist: 'normal', mean: 0, sd: 1, min: 2, max: 1 },
      { dist: 'lognormal', median: 0, sigma: 1 },
      { dist: 'uniform', min: 1, max: 1 },
      { dist: 'triangular', min: 0, mode: 2, max: 1 },
    ];
    for (const d of invalid) {
      expect(distributionMean(d)).toBeNaN();
      expect(distributionSupport(d).every(Number.isNaN)).toBe(true);
    }
  });

  test('distributionSupport gives the drawable interval', () => {
    expect(distributionSupport({ dist: 'normal', mean: 0.2, sd: 0.08, min: 0 })).toEqual([0, Number.POSITIVE_INFINITY]);
    expect(distributionSupport({ dist: 'lognormal', median: 1, sigma: 0 })).toEqual([1, 1]);
    expect(distributionSupport({ dist: 'triangular', min: 14, mode: 21, max: 35 })).toEqual([14, 35]);
  });
});

describe('parametersMarkdown', () => {
  test('formatNumber writes powers of ten with superscripts and three significant digits otherwise', () => {
    expect(formatNumber(1e7)).toBe('10⁷');
    expect(formatNumber(2.5e9)).toBe('2.5 × 10⁹');
    expect(formatNumber(1e-11)).toBe('10⁻¹¹');
    expect(formatNumber(0.2322)).toBe('0.232');
    // Whole numbers below 10 000 in full (a calendar year stays itself); fractions and larger ones keep three digits.
    expect(formatNumber(2004)).toBe('2004');
    expect(formatNumber(-1096)).toBe('−1096');
    expect(formatNumber(2004.4)).toBe('2000');
    expect(formatNumber(12345)).toBe('1.23 × 10⁴');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('∞');
  });

  test('formatDistribution writes the distribution and its unit', () => {
    expect(formatDistribution({ dist: 'normal', mean: 0.232, sd: 0.08, min: 0 }, '1/Gy')).toBe('normal(mean 0.232, SD 0.08, ≥ 0) 1/Gy');
    expect(formatDistribution({ dist: 'fixed', value: 1 }, 'cm³')).toBe('1 cm³');
    expect(formatDistribution({ dist: 'triangular', min: 14, mode: 21, max: 35 }, 'd')).toBe('triangular(min 14, mode 21, max 35) d');
  });

  test('the page has the grade scale, the defaults, the surgery table and one section per subtype', () => {
    const page = parametersMarkdown();
    expect(page).toContain('## Evidence grades');
    expect(page).toContain('## Surgery: residual clonogen fraction by margin');
    for (const id of expectedIds) expect(page).toContain(`### \`${id}\`:`);
  });

  test('the local-control section has a row for every value of localControlDefaults, with its evidence kind and grade', () => {
    const page = parametersMarkdown();
    const section = page.slice(page.indexOf('## Local control'), page.indexOf('## Subtypes'));
    expect(section).not.toContain('not yet used');
    const leaves = (value: object, prefix: string): [string, LibraryParameter][] =>
      Object.entries(value).flatMap(([key, entry]: [string, object]) =>
        'evidence' in entry ? [[`${prefix}${key}`, entry as LibraryParameter]] : leaves(entry, `${prefix}${key}.`),
      );
    const parameters = leaves(localControlDefaults, '');
    expect(parameters.length).toBe(4 + 8 + 7); // margin classes, covariates, and the seven scalar parameters of revision 2
    for (const [label, parameter] of parameters) {
      const line = section.split('\n').find((text) => text.startsWith(`| \`${label}\` |`));
      expect(line, label).toBeDefined();
      expect(line, label).toContain(`| ${parameter.evidence.kind} | ${parameter.evidence.grade} |`);
    }
  });

  test('docs/parameters.md is the output of parametersMarkdown()', () => {
    const onDisk = readFileSync(fileURLToPath(new URL('../../docs/parameters.md', import.meta.url)), 'utf8');
    if (onDisk !== parametersMarkdown()) {
      throw new Error('docs/parameters.md is stale: run node scripts/generate-docs.mjs (after pnpm build)');
    }
  });
});

describe('fixedDistributionValue', () => {
  test('reads a number and a fixed law, and gives NaN for any other law', () => {
    expect(fixedDistributionValue(2.5)).toBe(2.5);
    expect(fixedDistributionValue({ dist: 'fixed', value: -1 })).toBe(-1);
    expect(fixedDistributionValue({ dist: 'lognormal', median: 2, sigma: 0.1 })).toBeNaN();
    expect(fixedDistributionValue({ dist: 'uniform', min: 0, max: 1 })).toBeNaN();
  });
});
