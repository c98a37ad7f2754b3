// The plain-path block kernel (issue 20): one block of simulateBlock for a plan that kernelEligibility accepts, the
// same IEEE operations in the same order as the TypeScript engine (packages/sim/src/cohort/simulateBlock.ts,
// drawPatient.ts, armLogClonogens.ts, failureDay.ts; random/blockStream.ts, philox4x32.ts, distributionQuantile.ts,
// poissonQuantile.ts), so a block's sums and counts are bit for bit the engine's. The engine stays the readable
// reference; test/sim/kernelBlock.test.ts compares both on random scenarios. The plan comes in linear memory as
// f64 words written by src/cohort/encodeKernelPlan.ts (its offsets are the constants below: change both together).
// The draws are in philox.ts, the quantile transforms and the failure day in quantiles.ts.
import { blockUniforms, slotUniforms } from './philox';
import { expPair, lognormalPair, normalQuantile, portableExp, portableLog, portableLog2 } from './portableMath';
import { controlProbability, distributionQuantile, failureDay, poissonQuantileApproximate, poissonQuantileExact } from './quantiles';
import { nextSobolPoint, scrambleSobol, sobolUniforms } from './sobol';

// The entry module's exports are the kernel's: the block loop and expected mode's loop below, and their parts for the
// bit-identity tests.
export { blockUniforms, slotUniforms };
export { scrambleSobol };
export { distributionQuantile, failureDay, poissonQuantileApproximate, poissonQuantileExact };
export { expPair, lognormalPair, normalQuantile, portableExp, portableLog, portableLog2 };

// Plan header (f64 words from the plan pointer): see encodeKernelPlan.ts.
const H_SUBTYPES = 0;
const H_ARMS = 1;
const H_PAIRS = 2;
const H_HISTOGRAM_BINS = 3;
const H_ARM_SUMS = 4;
const H_ARM_COUNTS = 5;
const H_ARM_STRIDE = 6;
const H_VALID = 7;
const H_SUBTYPE_PATIENTS = 8;
const H_INVALID = 9;
const H_PROBLEMS = 10;
const H_PROBLEM_STRIDE = 11;
const H_PAIR_SUMS = 12;
const H_PAIR_COUNTS = 13;
const H_BIN_DAYS = 14;
const H_TIME_BINS = 15;
const H_HORIZON = 16;
const H_FIRST_VISIT = 17;
const H_SUBTYPES_AT = 18;
const H_SURVIVAL_AT = 19;
const H_ARM_TABLE_AT = 20;
const H_RESIDUAL_AT = 21;
const H_PAIR_ARMS_AT = 22;
/** The paired event times' first count (layout.pairEventCounts), −1 when the layout has none (no `followUp.at`). */
const H_PAIR_EVENTS = 23;

// Subtype record: see encodeKernelPlan.ts.
const S_STRIDE = 160;
const S_CUT = 0;
const S_DIAMETER = 1;
const S_REPAIR = 3;
const S_POST_DOUBLING = 4;
const S_DETECTION_PER_VOLUME = 5;
const S_RSI = 6;
const S_RSI_BETA = 7;
const S_RANDOM_COUNT = 8;
const S_RANDOM_SLOTS = 9;
const S_FIXED = 24;
const S_DISTRIBUTIONS = 40;
const DISTRIBUTION_STRIDE = 8;
const ARM_TABLE_STRIDE = 13;

// patientSlots and patientField.
const SLOT_SUBTYPE = 0;
const SLOT_ALPHA = 1;
const SLOT_ALPHA_BETA = 2;
const SLOT_DOUBLING = 3;
const SLOT_KICKOFF = 4;
const SLOT_DENSITY = 5;
const SLOT_SIZE = 6;
const SLOT_REPAIR = 9;
const SLOT_POST_DOUBLING = 10;
const SLOT_DETECTION = 11;
const SLOT_RESIDUAL = 12;
const SLOT_MARGIN = 13;
const SLOT_CONTROL = 14;
const SLOTS_PER_PATIENT = 15;
const FIELD_BETA = 15;
const FIELD_LOG_CLONOGENS = 16;
const FIELD_RESIDUAL_NORMAL = 19;
const PATIENT_FIELDS = 20;

const POISSON_EXACT_BELOW_MEAN: f64 = 30;
const CERTAIN_CONTROL_LOG_CLONOGENS: f64 = -38;
const SPHERE_FACTOR: f64 = Math.PI / 6;

@inline function f(at: usize): f64 {
  return load<f64>(at);
}

@inline function word(plan: usize, index: i32): f64 {
  return load<f64>(plan + (<usize>index << 3));
}

@inline function iword(plan: usize, index: i32): i32 {
  return <i32>load<f64>(plan + (<usize>index << 3));
}

@inline function addSum(sums: usize, index: i32, value: f64): void {
  const at = sums + (<usize>index << 3);
  store<f64>(at, load<f64>(at) + value);
}

@inline function addCount(counts: usize, index: i32): void {
  const at = counts + (<usize>index << 2);
  store<i32>(at, load<i32>(at) + 1);
}

/** drawPatient: fills the patient record at `patient` from the uniforms; returns the problem bit mask. */
function drawPatient(plan: usize, uniforms: usize, patient: usize): i32 {
  const subtypes = iword(plan, H_SUBTYPES);
  const subtypesAt = plan + (<usize>iword(plan, H_SUBTYPES_AT) << 3);
  const subtypeUniform = f(uniforms + (SLOT_SUBTYPE << 3));
  let s = 0;
  while (s < subtypes && subtypeUniform >= f(subtypesAt + (<usize>(s * S_STRIDE + S_CUT) << 3))) s++;
  if (s >= subtypes) return 1; // only a NaN uniform can get here (drawPatient: subtype undefined)
  const st = subtypesAt + (<usize>(s * S_STRIDE) << 3);
  store<f64>(patient + (SLOT_SUBTYPE << 3), <f64>s);
  for (let j = SLOT_ALPHA; j <= SLOT_DETECTION; j++) store<f64>(patient + (<usize>j << 3), f(st + (<usize>(S_FIXED + j) << 3)));
  const randomCount = <i32>f(st + (S_RANDOM_COUNT << 3));
  let r = 0;
  while (r < randomCount) {
    const j = <i32>f(st + (<usize>(S_RANDOM_SLOTS + r) << 3));
    const at = st + (<usize>(S_DISTRIBUTIONS + DISTRIBUTION_STRIDE * j) << 3);
    if (r + 1 < randomCount && f(at) == 2) {
      // Two lognormal slots in the two f64x2 lanes when both draws take Φ⁻¹'s central branch (lognormalPair);
      // each lane does the scalar operations of its own draw, so the values are the same whichever way they are paired.
      const j2 = <i32>f(st + (<usize>(S_RANDOM_SLOTS + r + 1) << 3));
      const at2 = st + (<usize>(S_DISTRIBUTIONS + DISTRIBUTION_STRIDE * j2) << 3);
      if (f(at2) == 2 && lognormalPair(f(at + 8), f(at + 16), f(uniforms + (<usize>j << 3)), f(at2 + 8), f(at2 + 16), f(uniforms + (<usize>j2 << 3)), patient + (<usize>j << 3), patient + (<usize>j2 << 3))) {
        r += 2;
        continue;
      }
    }
    store<f64>(patient + (<usize>j << 3), distributionQuantile(at, f(uniforms + (<usize>j << 3))));
    r++;
  }
  let problems = 0;
  const rsiBeta = f(st + (S_RSI_BETA << 3));
  if (f(st + (S_RSI << 3)) == 1) {
    const rsi = f(patient + (SLOT_ALPHA << 3));
    if (!(rsi > 0 && rsi <= 1)) problems |= 1 << SLOT_ALPHA;
    if (rsiBeta == rsiBeta) {
      const derived = -portableLog(rsi) / 2 - 2 * rsiBeta;
      store<f64>(patient + (SLOT_ALPHA << 3), derived);
      store<f64>(patient + (SLOT_ALPHA_BETA << 3), derived / rsiBeta);
    } else {
      store<f64>(patient + (SLOT_ALPHA << 3), -portableLog(rsi) / (2 + 4 / f(patient + (SLOT_ALPHA_BETA << 3))));
    }
  }
  const alpha = f(patient + (SLOT_ALPHA << 3));
  const alphaBeta = f(patient + (SLOT_ALPHA_BETA << 3));
  const doublingTime = f(patient + (SLOT_DOUBLING << 3));
  const density = f(patient + (SLOT_DENSITY << 3));
  let volume = f(patient + (SLOT_SIZE << 3));
  if (f(st + (S_DIAMETER << 3)) == 1) volume = SPHERE_FACTOR * volume * volume * volume;
  store<f64>(patient + (SLOT_SIZE << 3), volume);
  if (f(st + (S_POST_DOUBLING << 3)) != 1) store<f64>(patient + (SLOT_POST_DOUBLING << 3), doublingTime);
  if (f(st + (S_DETECTION_PER_VOLUME << 3)) == 1) store<f64>(patient + (SLOT_DETECTION << 3), f(patient + (SLOT_DETECTION << 3)) * density);
  if (!(alpha >= 0 && alpha < Infinity)) problems |= 1 << SLOT_ALPHA;
  if (!(alphaBeta > 0) && rsiBeta != rsiBeta) problems |= 1 << SLOT_ALPHA_BETA;
  if (!(doublingTime > 0)) problems |= 1 << SLOT_DOUBLING;
  if (!(f(patient + (SLOT_KICKOFF << 3)) >= 0)) problems |= 1 << SLOT_KICKOFF;
  if (!(density > 0 && density < Infinity)) problems |= 1 << SLOT_DENSITY;
  if (!(volume > 0 && volume < Infinity)) problems |= 1 << SLOT_SIZE;
  // No hypoxic subtype reaches the kernel (kernelEligibility): h and OER are neither checked nor used.
  if (f(st + (S_REPAIR << 3)) == 1 && !(f(patient + (SLOT_REPAIR << 3)) > 0)) problems |= 1 << SLOT_REPAIR;
  if (!(f(patient + (SLOT_POST_DOUBLING << 3)) > 0)) problems |= 1 << SLOT_POST_DOUBLING;
  const detection = f(patient + (SLOT_DETECTION << 3));
  if (!(detection > 0 && detection < Infinity)) problems |= 1 << SLOT_DETECTION;
  store<f64>(patient + (FIELD_BETA << 3), rsiBeta == rsiBeta ? rsiBeta : alpha / alphaBeta);
  store<f64>(patient + (FIELD_LOG_CLONOGENS << 3), portableLog(density * volume));
  store<f64>(patient + (FIELD_RESIDUAL_NORMAL << 3), NaN);
  return problems;
}

/** logResidualFraction of armLogClonogens.ts. */
function logResidualFraction(plan: usize, arm: i32, patient: usize, residualUniform: f64, marginUniform: f64): f64 {
  const table = plan + (<usize>(iword(plan, H_ARM_TABLE_AT) + ARM_TABLE_STRIDE * arm) << 3);
  const margin = marginUniform < f(table + 16) ? 0 : marginUniform < f(table + 24) ? 1 : 2;
  const entry = table + (<usize>(4 + 3 * margin) << 3);
  const mode = f(entry);
  if (mode == 0) return f(entry + 8);
  if (mode == 1) {
    let z = f(patient + (FIELD_RESIDUAL_NORMAL << 3));
    if (z != z) {
      z = normalQuantile(residualUniform);
      store<f64>(patient + (FIELD_RESIDUAL_NORMAL << 3), z);
    }
    const logFraction = f(entry + 8) + f(entry + 16) * z;
    return logFraction < 0 ? logFraction : 0;
  }
  const distribution = plan + (<usize>(iword(plan, H_RESIDUAL_AT) + DISTRIBUTION_STRIDE * (3 * arm + margin)) << 3);
  const fraction = distributionQuantile(distribution, residualUniform);
  if (!(fraction > 0)) return NaN;
  return fraction < 1 ? portableLog(fraction) : 0;
}

/** armLogClonogens on the coefficient LQ mode (0), without extras or a target DVH. */
function armLogClonogens(plan: usize, arm: i32, patient: usize, uniforms: usize): f64 {
  const subtype = <i32>f(patient);
  const survival = plan + (<usize>(iword(plan, H_SURVIVAL_AT) + 5 * (arm * iword(plan, H_SUBTYPES) + subtype)) << 3);
  const table = plan + (<usize>(iword(plan, H_ARM_TABLE_AT) + ARM_TABLE_STRIDE * arm) << 3);
  const alpha = f(patient + (SLOT_ALPHA << 3));
  const beta = f(patient + (FIELD_BETA << 3));
  const logSurviving = -(alpha * f(survival + 8) + beta * f(survival + 16));
  let logLeft = f(patient + (FIELD_LOG_CLONOGENS << 3)) + logSurviving;
  if (f(table + 8) == 1) {
    logLeft += logResidualFraction(plan, arm, patient, f(uniforms + (SLOT_RESIDUAL << 3)), f(uniforms + (SLOT_MARGIN << 3)));
  }
  const span = f(table);
  const kickoff = f(patient + (SLOT_KICKOFF << 3));
  if (span > kickoff) logLeft += (Math.LN2 / f(patient + (SLOT_DOUBLING << 3))) * (span - kickoff);
  return logLeft;
}

function countProblems(plan: usize, counts: usize, subtype: i32, problems: i32): void {
  addCount(counts, iword(plan, H_INVALID));
  const stride = iword(plan, H_PROBLEM_STRIDE);
  const row = iword(plan, H_PROBLEMS) + subtype * stride;
  for (let j = 0; j < stride; j++) if ((problems >>> j) & 1) addCount(counts, row + j);
}

function invalidSlot(plan: usize, arm: i32, patient: usize, uniforms: usize): i32 {
  const table = plan + (<usize>(iword(plan, H_ARM_TABLE_AT) + ARM_TABLE_STRIDE * arm) << 3);
  const surgery = f(table + 8) == 1;
  const invalid = surgery && isNaN(logResidualFraction(plan, arm, patient, f(uniforms + (SLOT_RESIDUAL << 3)), f(uniforms + (SLOT_MARGIN << 3))));
  return invalid ? SLOT_RESIDUAL : SLOTS_PER_PATIENT;
}

/** failureBin + the engine's count of the failure in its time bin; returns the bin, −1 when censored. */
function countFailure(plan: usize, counts: usize, countAt: i32, day: f64): i32 {
  if (!(day < word(plan, H_HORIZON))) return -1;
  const week = Math.floor(day / word(plan, H_BIN_DAYS));
  const timeBins = word(plan, H_TIME_BINS);
  const bin = <i32>(week < timeBins ? week : timeBins - 1);
  addCount(counts, countAt + 1 + iword(plan, H_HISTOGRAM_BINS) + bin);
  return bin;
}

/** simulateBlock.ts countPairEvents: one patient's local recurrence bins in arms a and b (−1: none by the horizon). */
function countPairEvents(counts: usize, at: i32, bins: i32, binA: i32, binB: i32): void {
  const a = binA < 0 ? bins : binA;
  const b = binB < 0 ? bins : binB;
  if (a < b) {
    addCount(counts, at + a);
    if (b < bins) addCount(counts, at + bins + b);
  } else if (b < a) {
    addCount(counts, at + 2 * bins + b);
    if (a < bins) addCount(counts, at + 3 * bins + a);
  }
}

/**
 * Every arm's TCP of a drawn patient to `tcp`, and N_left to `expected`; returns the first arm (in arm order) whose TCP
 * is NaN, which makes the patient invalid as in the engine's arm loop, or −1. Shared by the trial's block loop and
 * expected mode's (scramblingSums), so the kernel holds one copy of the arm model.
 */
function armTcps(plan: usize, patient: usize, uniforms: usize, tcp: usize, expected: usize): i32 {
  const armCount = iword(plan, H_ARMS);
  // The engine's arm loop in three passes, so that the exponentials of two arms can share the f64x2 lanes: every value
  // is a pure function of the patient (the residual-fraction Φ⁻¹ cache holds the same number whoever fills it), so
  // the passes compute exactly the engine's numbers, and the first NaN in arm order is reported as the engine does.
  // Pass 1: N_left = e^{ln N_left} per arm, 0 for an arm certainly controlled (where the engine skips both exponentials;
  // any other arm has N_left > 0 or NaN).
  let pending = -1;
  for (let a = 0; a < armCount; a++) {
    const at = expected + (<usize>a << 3);
    const logLeft = armLogClonogens(plan, a, patient, uniforms);
    if (logLeft < CERTAIN_CONTROL_LOG_CLONOGENS) {
      store<f64>(at, 0);
      continue;
    }
    if (pending < 0) {
      store<f64>(at, logLeft);
      pending = a;
      continue;
    }
    const before = expected + (<usize>pending << 3);
    if (!expPair(f(before), logLeft, before, at)) {
      store<f64>(before, portableExp(f(before)));
      store<f64>(at, portableExp(logLeft));
    }
    pending = -1;
  }
  if (pending >= 0) store<f64>(expected + (<usize>pending << 3), portableExp(f(expected + (<usize>pending << 3))));
  // Pass 2: TCP = poissonControlProbability(N_left), two arms at a time where both exponents are in range.
  pending = -1;
  for (let a = 0; a < armCount; a++) {
    const m = f(expected + (<usize>a << 3));
    const at = tcp + (<usize>a << 3);
    if (m == 0) {
      store<f64>(at, 1);
      continue;
    }
    if (pending < 0) {
      pending = a;
      continue;
    }
    const before = tcp + (<usize>pending << 3);
    const mBefore = f(expected + (<usize>pending << 3));
    if (!(mBefore < 708 && m < 708 && expPair(-mBefore, -m, before, at))) {
      store<f64>(before, controlProbability(mBefore));
      store<f64>(at, controlProbability(m));
    }
    pending = -1;
  }
  if (pending >= 0) store<f64>(tcp + (<usize>pending << 3), controlProbability(f(expected + (<usize>pending << 3))));
  // Pass 3: the first arm whose TCP is NaN.
  for (let a = 0; a < armCount; a++) {
    const p = f(tcp + (<usize>a << 3));
    if (p != p) return a;
  }
  return -1;
}

/** simulatePatient's plain path for one patient whose uniforms are at `uniforms`. */
function simulatePatient(plan: usize, uniforms: usize, patient: usize, tcp: usize, expected: usize, failureBins: usize, sums: usize, counts: usize): void {
  const problems = drawPatient(plan, uniforms, patient);
  const s = <i32>f(patient);
  if (problems != 0) {
    countProblems(plan, counts, s, problems);
    return;
  }
  const armCount = iword(plan, H_ARMS);
  const invalidArm = armTcps(plan, patient, uniforms, tcp, expected);
  if (invalidArm >= 0) {
    countProblems(plan, counts, s, 1 << invalidSlot(plan, invalidArm, patient, uniforms));
    return;
  }
  addCount(counts, iword(plan, H_VALID));
  addCount(counts, iword(plan, H_SUBTYPE_PATIENTS) + s);
  const subtypeCount = iword(plan, H_SUBTYPES);
  const histogramBins = iword(plan, H_HISTOGRAM_BINS);
  const armSums = iword(plan, H_ARM_SUMS);
  const armCounts = iword(plan, H_ARM_COUNTS);
  const armStride = iword(plan, H_ARM_STRIDE);
  const armTable = plan + (<usize>iword(plan, H_ARM_TABLE_AT) << 3);
  const control = f(uniforms + (SLOT_CONTROL << 3));
  const postDoubling = f(patient + (SLOT_POST_DOUBLING << 3));
  const detection = f(patient + (SLOT_DETECTION << 3));
  const firstVisit = word(plan, H_FIRST_VISIT);
  let controlNormal: f64 = NaN;
  for (let a = 0; a < armCount; a++) {
    const p = f(tcp + (<usize>a << 3));
    const cell = a * subtypeCount + s;
    const sumAt = armSums + 2 * cell;
    addSum(sums, sumAt, p);
    addSum(sums, sumAt + 1, p * p);
    const countAt = armCounts + cell * armStride;
    const bin = <i32>Math.floor(p * <f64>histogramBins);
    addCount(counts, countAt + 1 + (bin < histogramBins ? bin : histogramBins - 1));
    if (control < p) {
      addCount(counts, countAt);
      store<i32>(failureBins + (<usize>a << 2), -1);
      continue;
    }
    const m = f(expected + (<usize>a << 3));
    let clonogens: f64;
    if (m < POISSON_EXACT_BELOW_MEAN) {
      clonogens = poissonQuantileExact(control, m, p);
    } else {
      if (controlNormal != controlNormal) controlNormal = normalQuantile(control);
      clonogens = poissonQuantileApproximate(control, m, controlNormal);
    }
    const end = f(armTable + (<usize>(ARM_TABLE_STRIDE * a) << 3));
    const failure = countFailure(plan, counts, countAt, failureDay(clonogens >= 1 ? clonogens : 1, end, postDoubling, detection, firstVisit));
    store<i32>(failureBins + (<usize>a << 2), failure);
  }
  const pairs = iword(plan, H_PAIRS);
  const pairArms = iword(plan, H_PAIR_ARMS_AT);
  const pairSums = iword(plan, H_PAIR_SUMS);
  const pairCounts = iword(plan, H_PAIR_COUNTS);
  // The paired local recurrences (the plain path's only paired endpoint), each pair 4 rows of time bins.
  const pairEvents = iword(plan, H_PAIR_EVENTS);
  const timeBins = iword(plan, H_TIME_BINS);
  for (let pair = 0; pair < pairs; pair++) {
    const a = iword(plan, pairArms + 2 * pair);
    const b = iword(plan, pairArms + 2 * pair + 1);
    const cell = pair * subtypeCount + s;
    const ta = f(tcp + (<usize>a << 3));
    const tb = f(tcp + (<usize>b << 3));
    const difference = ta - tb;
    const sumAt = pairSums + 2 * cell;
    addSum(sums, sumAt, difference);
    addSum(sums, sumAt + 1, difference * difference);
    const controlledA = control < ta;
    if (controlledA != control < tb) addCount(counts, pairCounts + 2 * cell + (controlledA ? 0 : 1));
    if (pairEvents >= 0) {
      countPairEvents(counts, pairEvents + 4 * timeBins * pair, timeBins, load<i32>(failureBins + (<usize>a << 2)), load<i32>(failureBins + (<usize>b << 2)));
    }
  }
}

/**
 * One block: `patients` patients from patient 0 of the block's slot stream (key0, key1, nameId, block, purpose),
 * accumulated into the zeroed sums (f64) and counts (i32) of the plan's layout. `scratch` holds 16 + 20 + 3·arms
 * f64 words (uniforms, patient record, per-arm TCP and N_left, and per-arm failure bins as i32).
 */
export function simulateBlock(
  plan: usize, key0: u32, key1: u32, nameId: u32, block: u32, purpose: u32, patients: i32,
  sums: usize, counts: usize, scratch: usize,
): void {
  const uniforms = scratch;
  const patient = scratch + 16 * 8;
  const tcp = patient + PATIENT_FIELDS * 8;
  const expected = tcp + (<usize>iword(plan, H_ARMS) << 3);
  const failureBins = expected + (<usize>iword(plan, H_ARMS) << 3);
  // The engine's patient record starts zeroed in every block (its subtype field is read even for a patient whose
  // subtype draw failed).
  memory.fill(patient, 0, PATIENT_FIELDS * 8);
  for (let i = 0; i < patients; i++) {
    slotUniforms(key0, key1, nameId, block, <u32>i, purpose, uniforms);
    simulatePatient(plan, uniforms, patient, tcp, expected, failureBins, sums, counts);
  }
}

/**
 * Expected mode's integral (src/expected/scramblingSums.ts, bit for bit): points `from … to − 1` of one scrambling of
 * the Sobol' points, each a virtual patient whose slot uniforms 0…13 are the point's coordinates (sobolUniforms) and
 * whose `control` slot is ½ (read by nothing: expected mode averages TCP), drawn by the trial's drawPatient and armTcps;
 * every arm's TCP is added to `sums` (f64 per arm) in point order, and a point with an invalid patient is left out of
 * every arm. `directions` holds the scrambled direction words and shift (sobol.ts), `point` the Gray-code state (u32
 * per dimension: point from − 1 on entry unless from is 0, point to − 1 on return). `scratch` as simulateBlock's.
 * @returns the number of invalid points in the range
 */
export function scramblingSums(plan: usize, directions: usize, dimensions: i32, point: usize, from: u32, to: u32, sums: usize, scratch: usize): i32 {
  const uniforms = scratch;
  const patient = scratch + 16 * 8;
  const tcp = patient + PATIENT_FIELDS * 8;
  const expected = tcp + (<usize>iword(plan, H_ARMS) << 3);
  const armCount = iword(plan, H_ARMS);
  store<f64>(uniforms + (SLOT_CONTROL << 3), 0.5);
  memory.fill(patient, 0, PATIENT_FIELDS * 8);
  let invalid = 0;
  for (let i = from; i < to; i++) {
    nextSobolPoint(directions, dimensions, point, i);
    sobolUniforms(point, dimensions, uniforms);
    if (drawPatient(plan, uniforms, patient) != 0 || armTcps(plan, patient, uniforms, tcp, expected) >= 0) {
      invalid++;
      continue;
    }
    for (let a = 0; a < armCount; a++) addSum(sums, a, f(tcp + (<usize>a << 3)));
  }
  return invalid;
}

/** First free byte after the module's static data: the JavaScript side lays its regions out from here. */
export function heapBase(): usize {
  return __heap_base;
}
