import { fixedPointBits } from '../stats/fixedPointBits.js';
import { armEndpointCells } from './armEndpointCells.js';
import { blockSize } from './blockSize.js';
import type { Accumulator } from './createAccumulator.js';
import type { EnginePlan } from './EnginePlan.js';
import type { PartialLayout } from './partialLayout.js';
import { stratumDimension, stratumDimensions } from './LocalControlPlan.js';
import { complicationSizeStrata } from './ComplicationsPlan.js';
import { progressionStrata, progressionStratumDimension } from './progressionStrata.js';

/** 1 in fixed point (see toFixedPoint). */
const one = 1n << BigInt(fixedPointBits);

/** Layout fields compared between an accumulator and its plan (all of them: they fix every offset). */
const layoutKeys = [
  'arms', 'subtypes', 'pairs', 'histogramBins', 'timeBins', 'sumLength', 'countLength', 'armSums', 'pairSums', 'validPatients',
  'invalidPatients', 'subtypePatients', 'armCounts', 'armStride', 'pairCounts', 'problems', 'problemStride', 'markers', 'gardBands',
  'prescribed', 'gardSums', 'doseSums', 'doseExtremes', 'markerSums', 'gardCounts', 'clampCounts', 'markerCounts',
  'strata', 'stratumCounts', 'stratumStride', 'lesions', 'lesionCounts', 'lesionStride', 'competingEvents', 'eventCounts',
  'metastasis', 'eventGroups', 'eventStride', 'complications', 'complicationCounts', 'complicationStride', 'complicationPairCounts',
  'complicationStrata', 'complicationStratumCounts', 'complicationStratumStride', 'progression', 'progressionCounts', 'progressionStride',
  'progressionStratumStride', 'pairEndpoints', 'pairEventCounts', 'pairEventStride',
] as const satisfies readonly (keyof PartialLayout)[];

/** The accumulator's numbers with bound helpers; `slack` is the rounding a real sum may carry (fixed point). */
interface Totals {
  readonly layout: PartialLayout;
  readonly count: (i: number) => number;
  readonly sum: (i: number) => bigint;
  readonly slack: bigint;
}

const sumOf = (length: number, term: (i: number) => number): number => {
  let total = 0;
  for (let i = 0; i < length; i++) total += term(i);
  return total;
};

/** Patients of the covered blocks: 4096 each, the last block of the run holding the rest. */
function coveredPatients(accumulator: Accumulator): number {
  let total = 0;
  accumulator.covered.forEach((covered, k) => {
    if (covered === 1) total += Math.min(blockSize, accumulator.patients - k * blockSize);
  });
  return total;
}

/** Patient counts: valid + invalid = the blocks' patients, subtypes add up, problems explain the invalid ones. */
function patientProblem(t: Totals, patients: number): string | undefined {
  const { layout, count } = t;
  const valid = count(layout.validPatients);
  const invalid = count(layout.invalidPatients);
  if (valid + invalid !== patients) return `${valid} valid and ${invalid} invalid patients, but its blocks hold ${patients}`;
  const bySubtype = sumOf(layout.subtypes, (s) => count(layout.subtypePatients + s));
  if (bySubtype !== valid) return `its subtypes hold ${bySubtype} patients, not its ${valid} valid patients`;
  const problemCells = layout.subtypes * layout.problemStride;
  for (let i = 0; i < problemCells; i++) if (count(layout.problems + i) > invalid) return `problem count ${i} exceeds its ${invalid} invalid patients`;
  if (sumOf(problemCells, (i) => count(layout.problems + i)) < invalid) return `its ${invalid} invalid patients are not all explained by problem counts`;
  return undefined;
}

/** Whether a fixed-point sum lies in [low, high] (in units of `scale`·fixed point), widened by the slack. */
const inBounds = (value: bigint, scale: bigint, low: bigint, high: bigint, slack: bigint): boolean =>
  value * scale >= low * one - slack * scale && value * scale <= high * one + slack * scale;

/** Per arm and subtype: the histogram holds every patient, controlled and failed patients fit, ΣTCP and ΣTCP² fit the histogram. */
function armProblem(t: Totals, a: number, s: number): string | undefined {
  const { layout, count, sum, slack } = t;
  const cell = a * layout.subtypes + s;
  const patients = count(layout.subtypePatients + s);
  const at = layout.armCounts + cell * layout.armStride;
  const controlled = count(at);
  const where = `arm ${a}, subtype ${s}`;
  if (controlled > patients) return `${where}: ${controlled} controlled of ${patients} patients`;
  const bins = layout.histogramBins;
  const histogram = sumOf(bins, (j) => count(at + 1 + j));
  if (histogram !== patients) return `${where}: its TCP histogram holds ${histogram} patients, not ${patients}`;
  const failed = sumOf(layout.timeBins, (j) => count(at + 1 + bins + j));
  if (controlled + failed > patients) return `${where}: ${controlled} controlled and ${failed} failed of ${patients} patients`;
  // A patient in bin j has TCP in [j/H, (j + 1)/H], so the histogram bounds ΣTCP and ΣTCP².
  let low = 0n;
  let high = 0n;
  let lowSquares = 0n;
  let highSquares = 0n;
  for (let j = 0; j < bins; j++) {
    const c = BigInt(count(at + 1 + j));
    low += c * BigInt(j);
    high += c * BigInt(j + 1);
    lowSquares += c * BigInt(j * j);
    highSquares += c * BigInt((j + 1) * (j + 1));
  }
  const h = BigInt(bins);
  const sumAt = layout.armSums + 2 * cell;
  if (!inBounds(sum(sumAt), h, low, high, slack)) return `${where}: ΣTCP does not fit its TCP histogram`;
  if (!inBounds(sum(sumAt + 1), h * h, lowSquares, highSquares, slack)) return `${where}: ΣTCP² does not fit its TCP histogram`;
  return undefined;
}

/** Per pair and subtype: discordant counts are the difference of the arms' controlled counts; ΣΔTCP = ΣTCP_a − ΣTCP_b. */
function pairProblem(t: Totals, a: number, b: number, pair: number, s: number): string | undefined {
  const { layout, count, sum, slack } = t;
  const cell = pair * layout.subtypes + s;
  const aOnly = count(layout.pairCounts + 2 * cell);
  const bOnly = count(layout.pairCounts + 2 * cell + 1);
  const controlledA = count(layout.armCounts + (a * layout.subtypes + s) * layout.armStride);
  const controlledB = count(layout.armCounts + (b * layout.subtypes + s) * layout.armStride);
  const where = `arms ${a} and ${b}, subtype ${s}`;
  if (aOnly > controlledA || bOnly > controlledB || controlledA - controlledB !== aOnly - bOnly) {
    return `${where}: discordant counts ${aOnly} and ${bOnly} do not fit controlled counts ${controlledA} and ${controlledB}`;
  }
  const difference = sum(layout.armSums + 2 * (a * layout.subtypes + s)) - sum(layout.armSums + 2 * (b * layout.subtypes + s));
  const paired = sum(layout.pairSums + 2 * cell);
  if (paired - difference > 2n * slack || difference - paired > 2n * slack) return `${where}: ΣΔTCP is not ΣTCP_a − ΣTCP_b`;
  const squares = sum(layout.pairSums + 2 * cell + 1);
  if (!inBounds(squares, 1n, 0n, BigInt(count(layout.subtypePatients + s)), slack)) return `${where}: ΣΔTCP² is outside [0, patients]`;
  return undefined;
}

/** Controlled patients of arm a, all subtypes, and ΣTCP of arm a (fixed point). */
function armTotals(t: Totals, a: number): { controlled: number; tcp: bigint } {
  const { layout, count, sum } = t;
  let controlled = 0;
  let tcp = 0n;
  for (let s = 0; s < layout.subtypes; s++) {
    controlled += count(layout.armCounts + (a * layout.subtypes + s) * layout.armStride);
    tcp += sum(layout.armSums + 2 * (a * layout.subtypes + s));
  }
  return { controlled, tcp };
}

/** The biomarker and prescription sections (PartialLayout): bands and statuses partition the valid patients of each arm. */
function extrasProblem(t: Totals, a: number): string | undefined {
  const { layout, count, sum, slack } = t;
  const valid = count(layout.validPatients);
  const { controlled, tcp } = armTotals(t, a);
  if (layout.gardBands > 0) {
    let patients = 0;
    let bandControlled = 0;
    for (let g = 0; g < layout.gardBands; g++) {
      const at = layout.gardCounts + 2 * (a * layout.gardBands + g);
      if (count(at + 1) > count(at)) return `arm ${a}: GARD band ${g} has ${count(at + 1)} controlled of ${count(at)} patients`;
      patients += count(at);
      bandControlled += count(at + 1);
    }
    if (patients !== valid || bandControlled !== controlled) return `arm ${a}: its GARD bands do not add up to its patients and controlled patients`;
  }
  if (layout.prescribed === 1) {
    const raised = count(layout.clampCounts + 2 * a);
    const lowered = count(layout.clampCounts + 2 * a + 1);
    if (raised + lowered > valid) return `arm ${a}: ${raised + lowered} clamped doses of ${valid} patients`;
    const highest = sum(layout.doseExtremes + 2 * a);
    const lowest = -sum(layout.doseExtremes + 2 * a + 1);
    if (valid === 0 ? highest !== 0n || lowest !== 0n : highest < lowest) return `arm ${a}: its dose extremes are inconsistent`;
    const total = sum(layout.doseSums + 2 * a);
    const n = BigInt(valid);
    // Σ D of doses of any size: the rounding grows with the doses, hence a relative allowance too.
    const allowance = slack + (n * (highest > -lowest ? highest : -lowest)) / (1n << 30n);
    if (total < n * lowest - allowance || total > n * highest + allowance) return `arm ${a}: ΣD is outside [patients × min D, patients × max D]`;
    if (sum(layout.doseSums + 2 * a + 1) < -slack) return `arm ${a}: ΣD² is negative`;
  }
  for (let m = 0; m < layout.markers; m++) {
    let patients = 0;
    let statusControlled = 0;
    let statusTcp = 0n;
    for (let status = 0; status < 2; status++) {
      const cell = 2 * (a * layout.markers + m) + status;
      const n = count(layout.markerCounts + 2 * cell);
      const c = count(layout.markerCounts + 2 * cell + 1);
      if (c > n) return `arm ${a}, marker ${m}: ${c} controlled of ${n} patients`;
      if (!inBounds(sum(layout.markerSums + cell), 1n, 0n, BigInt(n), slack)) return `arm ${a}, marker ${m}: ΣTCP is outside [0, patients]`;
      patients += n;
      statusControlled += c;
      statusTcp += sum(layout.markerSums + cell);
    }
    if (patients !== valid || statusControlled !== controlled) return `arm ${a}, marker ${m}: its statuses do not add up to the arm's patients and controlled patients`;
    const gap = statusTcp - tcp;
    if (gap > 2n * slack || -gap > 2n * slack) return `arm ${a}, marker ${m}: its statuses' ΣTCP is not the arm's`;
  }
  return undefined;
}

/**
 * The lesion section (PartialLayout) of arm a: zero for an arm that treats the tumour; for a lesion arm between 1
 * and maxCount lesions per valid patient, controlled and failed lesions within the lesions, at least one controlled
 * lesion per controlled patient and one uncontrolled lesion per uncontrolled patient, and by every time bin at least
 * as many lesion failures as patient failures (a patient fails on its first lesion's day, in the same bin).
 */
function lesionProblem(t: Totals, plan: EnginePlan, a: number): string | undefined {
  const { layout, count } = t;
  const at = layout.lesionCounts + a * layout.lesionStride;
  const lesionArm = plan.lesions?.arms[a];
  if (lesionArm === undefined) {
    for (let i = 0; i < layout.lesionStride; i++) if (count(at + i) !== 0) return `arm ${a} treats no lesions, but its lesion counts are not 0`;
    return undefined;
  }
  const valid = count(layout.validPatients);
  const lesions = count(at);
  const controlled = count(at + 1);
  if (lesions < valid || lesions > lesionArm.maxCount * valid) return `arm ${a}: ${lesions} lesions for ${valid} patients of 1 to ${lesionArm.maxCount} lesions`;
  const failed = sumOf(layout.timeBins, (j) => count(at + 2 + j));
  if (controlled + failed > lesions) return `arm ${a}: ${controlled} controlled and ${failed} failed of ${lesions} lesions`;
  const patientsControlled = armTotals(t, a).controlled;
  if (controlled < patientsControlled || lesions - controlled < valid - patientsControlled) {
    return `arm ${a}: ${controlled} controlled of ${lesions} lesions do not fit ${patientsControlled} controlled of ${valid} patients`;
  }
  let lesionFailures = 0;
  let patientFailures = 0;
  for (let j = 0; j < layout.timeBins; j++) {
    lesionFailures += count(at + 2 + j);
    for (let s = 0; s < layout.subtypes; s++) patientFailures += count(layout.armCounts + (a * layout.subtypes + s) * layout.armStride + 1 + layout.histogramBins + j);
    if (lesionFailures < patientFailures) return `arm ${a}: ${patientFailures} patients failed by time bin ${j}, but only ${lesionFailures} lesions`;
  }
  return undefined;
}

/**
 * The progression section (PartialLayout) of arm a: progressions within the valid patients, and by every time bin at
 * least as many progressions as deaths (death is a progression, on the same day or later for a progression first) and
 * at least as many as the arm's patients failed locally (a local failure is a progression unless death came first,
 * in which case that death is one).
 */
function progressionProblem(t: Totals, a: number): string | undefined {
  const { layout, count } = t;
  if (layout.progression === 0) return undefined;
  const at = layout.progressionCounts + a * layout.progressionStride;
  const valid = count(layout.validPatients);
  let progressions = 0;
  let deaths = 0;
  for (let j = 0; j < layout.timeBins; j++) {
    progressions += count(at + j);
    deaths += count(at + layout.timeBins + j);
    if (deaths > progressions) return `arm ${a}: ${deaths} deaths by time bin ${j}, but only ${progressions} progressions`;
  }
  if (progressions > valid) return `arm ${a}: ${progressions} progressions of ${valid} patients`;
  return progressionStrataProblem(t, a);
}

/**
 * The progression strata of arm a: within each dimension (grade, lesions) they partition the arm's valid patients and
 * its progressions and deaths of every time bin; within a stratum, deaths never outnumber progressions by any bin.
 */
function progressionStrataProblem(t: Totals, a: number): string | undefined {
  const { layout, count } = t;
  const bins = layout.timeBins;
  const at = layout.progressionCounts + a * layout.progressionStride;
  const stratumAt = (q: number): number => at + 2 * bins + q * layout.progressionStratumStride;
  for (const dimension of ['grade', 'lesions'] as const) {
    const strata = progressionStrata.flatMap((_, q) => (progressionStratumDimension(q) === dimension ? [q] : []));
    const patients = strata.reduce((sum, q) => sum + count(stratumAt(q)), 0);
    if (patients !== count(layout.validPatients)) return `arm ${a}: the ${dimension} strata of progression hold ${patients} patients, the arm ${count(layout.validPatients)}`;
    for (let j = 0; j < 2 * bins; j++) {
      const inStrata = strata.reduce((sum, q) => sum + count(stratumAt(q) + 1 + j), 0);
      if (inStrata !== count(at + j)) return `arm ${a}: the ${dimension} strata of progression count ${inStrata} ${j < bins ? 'progressions' : 'deaths'} in time bin ${j % bins}, the arm ${count(at + j)}`;
    }
  }
  for (let q = 0; q < progressionStrata.length; q++) {
    let progressions = 0;
    let deaths = 0;
    for (let j = 0; j < bins; j++) {
      progressions += count(stratumAt(q) + 1 + j);
      deaths += count(stratumAt(q) + 1 + bins + j);
      if (deaths > progressions) return `arm ${a}, progression stratum ${progressionStrata[q]}: ${deaths} deaths by time bin ${j}, but only ${progressions} progressions`;
    }
    if (progressions > count(stratumAt(q))) return `arm ${a}, progression stratum ${progressionStrata[q]}: ${progressions} progressions of ${count(stratumAt(q))} patients`;
  }
  return undefined;
}

/**
 * The local-control strata of arm a: within each dimension (grade, margin class, size band, site) the strata
 * partition the arm's valid patients, its controlled patients and its failures of every time bin.
 */
function stratumProblem(t: Totals, a: number): string | undefined {
  const { layout, count } = t;
  if (layout.strata === 0) return undefined;
  const valid = count(layout.validPatients);
  const { controlled } = armTotals(t, a);
  const armFailures = new Array<number>(layout.timeBins).fill(0);
  for (let s = 0; s < layout.subtypes; s++) {
    const at = layout.armCounts + (a * layout.subtypes + s) * layout.armStride + 1 + layout.histogramBins;
    for (let j = 0; j < layout.timeBins; j++) armFailures[j] += count(at + j);
  }
  for (const dimension of stratumDimensions) {
    let patients = 0;
    let dimensionControlled = 0;
    const failures = new Array<number>(layout.timeBins).fill(0);
    for (let q = 0; q < layout.strata; q++) {
      if (stratumDimension(q) !== dimension) continue;
      const at = layout.stratumCounts + (a * layout.strata + q) * layout.stratumStride;
      const n = count(at);
      const c = count(at + 1);
      const failed = sumOf(layout.timeBins, (j) => count(at + 2 + j));
      if (c + failed > n) return `arm ${a}, stratum ${q}: ${c} controlled and ${failed} failed of ${n} patients`;
      patients += n;
      dimensionControlled += c;
      for (let j = 0; j < layout.timeBins; j++) failures[j] += count(at + 2 + j);
    }
    if (patients !== valid || dimensionControlled !== controlled) return `arm ${a}: its strata by ${dimension} do not add up to the arm's patients and controlled patients`;
    if (failures.some((f, j) => f !== armFailures[j])) return `arm ${a}: its strata by ${dimension} do not add up to the arm's failures over time`;
  }
  return undefined;
}

/**
 * One event group (the whole arm, or one stratum) of the competing-events section: by every time bin no more first
 * recurrences than recurrences (`failuresAt(j)`, the group's failures in bin j of the other sections: a first
 * recurrence is a recurrence, in the same bin), no more deaths after a recurrence than first recurrences, and at
 * most `patients` first events in all.
 */
function eventGroupProblem(t: Totals, at: number, patients: number, failuresAt: (j: number) => number, where: string): string | undefined {
  const { layout, count } = t;
  const bins = layout.timeBins;
  let recurrences = 0;
  let firstRecurrences = 0;
  let deathsFirst = 0;
  let deathsAfter = 0;
  for (let j = 0; j < bins; j++) {
    recurrences += failuresAt(j);
    firstRecurrences += count(at + j);
    deathsFirst += count(at + bins + j);
    deathsAfter += count(at + 2 * bins + j);
    if (firstRecurrences > recurrences) return `${where}: ${firstRecurrences} first recurrences by time bin ${j}, but ${recurrences} recurrences`;
    if (deathsAfter > firstRecurrences) return `${where}: ${deathsAfter} deaths after a recurrence by time bin ${j}, but ${firstRecurrences} recurrences first`;
  }
  if (firstRecurrences + deathsFirst > patients) return `${where}: ${firstRecurrences + deathsFirst} first events of ${patients} patients`;
  return undefined;
}

/**
 * The competing-events section of arm a (PartialLayout): each group fits its patients and recurrences
 * (eventGroupProblem), and the strata of each dimension add up to the whole arm's counts in every cell.
 */
function competingEventsProblem(t: Totals, a: number): string | undefined {
  const { layout, count } = t;
  if (layout.competingEvents === 0) return undefined;
  const row = (g: number): number => layout.eventCounts + (a * layout.eventGroups + g) * layout.eventStride;
  const armFailureAt = (j: number): number =>
    sumOf(layout.subtypes, (s) => count(layout.armCounts + (a * layout.subtypes + s) * layout.armStride + 1 + layout.histogramBins + j));
  const found = eventGroupProblem(t, row(0), count(layout.validPatients), armFailureAt, `arm ${a}, competing events`);
  if (found !== undefined) return found;
  for (let q = 0; q < layout.strata; q++) {
    const stratum = layout.stratumCounts + (a * layout.strata + q) * layout.stratumStride;
    const problem = eventGroupProblem(t, row(1 + q), count(stratum), (j) => count(stratum + 2 + j), `arm ${a}, stratum ${q}, competing events`);
    if (problem !== undefined) return problem;
  }
  // Without strata (classic arms with metastasis or background) there is nothing to add up.
  for (const dimension of layout.strata === 0 ? [] : stratumDimensions) {
    for (let i = 0; i < layout.eventStride; i++) {
      let total = 0;
      for (let q = 0; q < layout.strata; q++) if (stratumDimension(q) === dimension) total += count(row(1 + q) + i);
      if (total !== count(row(0) + i)) return `arm ${a}: its competing events by ${dimension} do not add up to the arm's (cell ${i})`;
    }
  }
  return undefined;
}

/**
 * The complications section of arm a (PartialLayout): no endpoint in more patients than the arm has, and no more
 * complication-free controlled patients than controlled ones.
 */
function complicationsProblem(t: Totals, a: number): string | undefined {
  const { layout, count } = t;
  if (layout.complications === 0) return undefined;
  const row = layout.complicationCounts + a * layout.complicationStride;
  const patients = count(layout.validPatients);
  for (let e = 0; e < layout.complications; e++) {
    if (count(row + e) > patients) return `arm ${a}: complication ${e} in ${count(row + e)} patients of ${patients}`;
  }
  const controlled = sumOf(layout.subtypes, (s) => count(layout.armCounts + (a * layout.subtypes + s) * layout.armStride));
  if (count(row + layout.complications) > controlled) return `arm ${a}: ${count(row + layout.complications)} complication-free controlled patients of ${controlled} controlled`;
  return undefined;
}

/**
 * The complication strata of arm a (PartialLayout): each dimension (size bands; grades and sites when present)
 * partitions the arm's complication counts — its patients sum to every valid patient (none for an arm without a
 * complication model), its events per endpoint and its complication-free controlled patients to the arm's — and no
 * stratum has more events than patients.
 */
function complicationStrataProblem(t: Totals, a: number): string | undefined {
  const { layout, count } = t;
  const strata = layout.complicationStrata;
  if (strata === 0) return undefined;
  const stride = layout.complicationStratumStride;
  const row = layout.complicationStratumCounts + a * strata * stride;
  const armRow = layout.complicationCounts + a * layout.complicationStride;
  const dimensions = strata === complicationSizeStrata ? [[0, 3]] : [[0, 3], [3, 6], [6, 10]];
  for (const [first = 0, end = 0] of dimensions) {
    const patients = sumOf(end - first, (i) => count(row + (first + i) * stride));
    if (patients !== 0 && patients !== count(layout.validPatients)) return `arm ${a}: its complication strata hold ${patients} patients of ${count(layout.validPatients)}`;
    for (let e = 0; e <= layout.complications; e++) {
      const events = sumOf(end - first, (i) => count(row + (first + i) * stride + 1 + e));
      if (events !== count(armRow + e)) return `arm ${a}: its complication strata (${e}) do not add up to the arm's counts`;
      for (let q = first; q < end; q++) {
        if (count(row + q * stride + 1 + e) > count(row + q * stride)) return `arm ${a}: complication stratum ${q} has more events than patients`;
      }
    }
  }
  return undefined;
}

/**
 * The complications section of pair p (arms a, b): per endpoint, the discordant counts equal to the difference of the
 * arms' counts, and neither above the patients.
 */
function complicationPairProblem(t: Totals, a: number, b: number, pair: number): string | undefined {
  const { layout, count } = t;
  if (layout.complications === 0) return undefined;
  const patients = count(layout.validPatients);
  for (let e = 0; e <= layout.complications; e++) {
    const cell = layout.complicationPairCounts + 2 * (pair * layout.complicationStride + e);
    const difference = count(layout.complicationCounts + a * layout.complicationStride + e) - count(layout.complicationCounts + b * layout.complicationStride + e);
    if (count(cell) > patients || count(cell + 1) > patients || count(cell) - count(cell + 1) !== difference) {
      return `pair ${pair}: its discordant complication counts (${e}) do not match its arms' counts`;
    }
  }
  return undefined;
}

/**
 * What is wrong with an accumulator read from a shard file, checked against the plan of the scenario it claims and
 * the blocks its shard computes: every relation a real accumulator satisfies by construction (simulateBlock,
 * addBlock) must hold. It must have the plan's fingerprint, seed, patient count, block count and layout; cover
 * exactly `blocks`; count each patient of those blocks once (valid + invalid = their patients, subtypes summing to
 * the valid ones, problem counts explaining the invalid ones); per arm and subtype hold every patient in the TCP
 * histogram, no more controlled and failed patients than patients, and ΣTCP, ΣTCP² within what the histogram
 * allows; per pair the discordant counts equal to the difference of the arms' controlled counts and ΣΔTCP equal
 * to the difference of the arms' ΣTCP; the GARD bands and marker statuses partitioning each arm's patients and
 * controlled patients; dose extremes in order and ΣD between them; the local-control strata of each dimension
 * partitioning each arm's patients, controlled patients and failures per time bin; the lesion counts fitting the
 * patients' (see lesionProblem); the competing events fitting each group's patients and recurrences and the strata
 * adding up to the arm (see competingEventsProblem); the complications within the arm's patients and their discordant
 * pairs matching the arms (complicationsProblem, complicationPairProblem), and the complication strata partitioning
 * the arm's complications (complicationStrataProblem).
 * @remarks Float sums are compared with an allowance for their rounding (2⁻¹⁶ per block plus 2⁻³⁶ per patient,
 *   far above what the engine's double sums and fixed-point conversion can lose, far below a changed patient).
 * @param accumulator - as parsed from the file (parseAccumulator checked its shape)
 * @param plan - compilePlan of the validated scenario
 * @param blocks - the block indices the file's shard computes (shardBlocks)
 * @returns a sentence naming the first broken relation, or undefined when all hold
 */
export function accumulatorProblem(accumulator: Accumulator, plan: EnginePlan, blocks: readonly number[]): string | undefined {
  if (accumulator.fingerprint !== plan.fingerprint) return `its fingerprint ${accumulator.fingerprint} is not that of its scenario (${plan.fingerprint})`;
  if (accumulator.seed !== plan.seed || accumulator.patients !== plan.patients || accumulator.blockCount !== plan.blockCount) {
    return `its seed, patients or blockCount (${accumulator.seed}, ${accumulator.patients}, ${accumulator.blockCount}) are not its scenario's (${plan.seed}, ${plan.patients}, ${plan.blockCount})`;
  }
  const layout = accumulator.layout;
  const changed = layoutKeys.find((key) => layout[key] !== plan.layout[key]);
  if (changed !== undefined) return `its dimensions are not those of its scenario (${changed}: ${layout[changed]} vs ${plan.layout[changed]})`;
  const expected = new Uint8Array(plan.blockCount);
  for (const k of blocks) expected[k] = 1;
  const stray = expected.findIndex((covered, k) => covered !== accumulator.covered[k]);
  if (stray >= 0) return `its block list is not its shard's: block ${stray} is ${expected[stray] === 1 ? 'missing' : 'not part of the shard'}`;
  const patients = coveredPatients(accumulator);
  const covered = BigInt(blocks.length);
  const t: Totals = {
    layout,
    count: (i) => accumulator.counts[i],
    sum: (i) => accumulator.sums[i],
    slack: (covered << BigInt(fixedPointBits - 16)) + (BigInt(patients) << BigInt(fixedPointBits - 36)),
  };
  const problem = patientProblem(t, patients);
  if (problem !== undefined) return problem;
  for (let a = 0; a < layout.arms; a++) {
    for (let s = 0; s < layout.subtypes; s++) {
      const found = armProblem(t, a, s);
      if (found !== undefined) return found;
    }
  }
  // The compared pairs only (comparisonPairs, in the plan's order): by default not every pair of arms.
  for (let pair = 0; pair < plan.pairArms.length / 2; pair++) {
    const a = plan.pairArms[2 * pair];
    const b = plan.pairArms[2 * pair + 1];
    for (let s = 0; s < layout.subtypes; s++) {
      const found = pairProblem(t, a, b, pair, s);
      if (found !== undefined) return found;
    }
  }
  for (let a = 0; a < layout.arms; a++) {
    const found = extrasProblem(t, a) ?? stratumProblem(t, a) ?? (layout.lesions === 1 ? lesionProblem(t, plan, a) : undefined) ?? competingEventsProblem(t, a) ?? complicationsProblem(t, a) ?? complicationStrataProblem(t, a) ?? progressionProblem(t, a);
    if (found !== undefined) return found;
  }
  for (let pair = 0; pair < plan.pairArms.length / 2; pair++) {
    const a = plan.pairArms[2 * pair];
    const b = plan.pairArms[2 * pair + 1];
    const found = complicationPairProblem(t, a, b, pair) ?? pairEventProblem(t, pair, a, b);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The paired event times of pair p (PartialLayout): for every endpoint and bin, the spans opened in one arm only
 * never fall below the spans closed, the patients with the event in one arm only never exceed the valid patients,
 * and their difference is the difference of the arms' own events by then (armEndpointCells): a patient with the
 * event in a by bin j has it in both arms or in a only, so a-only − b-only = events of a − events of b.
 */
function pairEventProblem(t: Totals, pair: number, armA: number, armB: number): string | undefined {
  const { layout, count } = t;
  const bins = layout.timeBins;
  for (let v = 0; v < layout.pairEndpoints; v++) {
    const at = layout.pairEventCounts + (pair * layout.pairEndpoints + v) * layout.pairEventStride;
    const cellsA = armEndpointCells(layout, armA, v);
    const cellsB = armEndpointCells(layout, armB, v);
    let aOnly = 0;
    let bOnly = 0;
    let excess = 0;
    for (let j = 0; j < bins; j++) {
      aOnly += count(at + j) - count(at + bins + j);
      bOnly += count(at + 2 * bins + j) - count(at + 3 * bins + j);
      excess += sumOf(cellsA.length, (k) => count(cellsA[k] + j)) - sumOf(cellsB.length, (k) => count(cellsB[k] + j));
      if (aOnly < 0 || bOnly < 0 || aOnly + bOnly > count(layout.validPatients)) {
        return `pair ${pair}, paired endpoint ${v}: ${aOnly} and ${bOnly} patients with the event in one arm only by time bin ${j}, of ${count(layout.validPatients)}`;
      }
      if (aOnly - bOnly !== excess) {
        return `pair ${pair}, paired endpoint ${v}: ${aOnly} patients with the event in arm ${armA} only and ${bOnly} in arm ${armB} only by time bin ${j}, but the arms' own events differ by ${excess}`;
      }
    }
  }
  return undefined;
}
