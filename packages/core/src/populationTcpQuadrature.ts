import { normalCdf } from './normalCdf.js';
import { portableExp } from './portable/portableExp.js';

// Internal (not in the barrel): the quadrature behind tcpPopulation.
//
// With α = ᾱ + σz and ln(N·S(α)) = u(z), the population TCP is E[exp(−e^{u(Z)}) | Z > z₀] for Z standard normal.
// When u is linear, u(z) = k − s·z (LQ, LQ-L), exp(−e^{k−sz}) = P(V > k − sz) for V = ln W, W ~ Exp(1) (a
// minimum-Gumbel variable), so the untruncated integral is P(V + sZ > k), which can be written either way round:
//   ∫ φ(z) exp(−e^{k−sz}) dz, smooth in z on the scale 1/s: a Gauss–Hermite rule when s is small;
//   ∫ g(v) Q((k − v)/s) dv with g(v) = e^{v−e^v}, smooth in v on the scale s: a Gauss rule for the weight g
//   ("Gauss–Gumbel") when s is large.
// The first integrand is bounded and analytic in a strip of half-width π/(2s), the second is entire, so each rule
// converges fast on its own side: 32 nodes reach ~3e−9 on either side of the switch at s = 0.85, and 12 (8) Gumbel
// nodes do as well above s = 2.5 (4.5) (errors measured against brute-force integration; the fixture of
// scripts/reference/core_tcp_ntcp.py sweeps s across the switches).
// Tables: scripts/reference/gauss_rules.py (Hermite: the positive half of the 32-node rule without its 4 outermost
// nodes, weights < 1e−12; Gumbel, 32, 12 and 8 nodes: the weight restricted to v ≥ −20; Legendre: 10 nodes on
// [−1, 1]).

const hermiteNodes: readonly number[] = [
  0.27554641923027584, 0.8272849037797652, 1.3809801992721442, 1.9380049059257174,
  2.4998404151873954, 3.0681351690131216, 3.644781249880833, 4.23202110999541,
  4.832604613244489, 5.450033273623428, 6.088964309076987, 6.755930830540705,
];
const hermiteWeights: readonly number[] = [
  0.21170556988047928, 0.1565389937575985, 0.08534480827208074, 0.03410984772609207,
  0.009903461702320593, 0.0020620510513078808, 0.00030255702581706285, 3.0559803060896336e-05,
  2.0596221039534275e-06, 8.88129071310589e-08, 2.3125184120742393e-09, 3.347501239801196e-11,
];
const gumbelNodes: readonly number[] = [
  -19.9554921626632, -19.766701933035314, -19.43190951727393, -18.959028234891804,
  -18.358900051434606, -17.644597094430065, -16.830724458262466, -15.932745793160073,
  -14.966381833993976, -13.94711404232426, -12.889805988434073, -11.808439700259022,
  -10.71595440139893, -9.62417049180561, -8.543781039166188, -7.484394758702523,
  -6.454616282979511, -5.462148311586071, -4.513891725335246, -3.6160008013549434,
  -2.7738265566341136, -1.9916764100185516, -1.2723737556915733, -0.6167310029117407,
  -0.023176978702070253, 0.5122381967885558, 0.9954418844008013, 1.4337651631301709,
  1.8355450931255912, 2.2103325176858326, 2.5706924007459695, 2.9409166058741163,
];
const gumbelWeights: readonly number[] = [
  2.4584359879907557e-10, 6.84071797352629e-10, 1.4748167081182598e-09, 3.143409884749119e-09,
  7.0157744845275484e-09, 1.66581283128161e-08, 4.2098941031241404e-08, 1.1251453153848427e-07,
  3.148914999829716e-07, 9.123678231616112e-07, 2.7042926428346407e-06, 8.103648787021562e-06,
  2.4273466863845607e-05, 7.190958142419201e-05, 0.00020861767812848235, 0.0005872601155843514,
  0.001590148606477304, 0.004105784070658619, 0.010013204643412345, 0.022795835165510973,
  0.047665304670428794, 0.0894182254506165, 0.14553274583860723, 0.19635474015034696,
  0.20729740137303157, 0.15982229452974867, 0.08305927395514652, 0.026474408431774985,
  0.0045916696839893465, 0.000364787640416939, 9.84924162721582e-06, 4.460878167291576e-08,
];
const gumbelNodes12: readonly number[] = [
  -19.403363562766796, -17.25258045953004, -14.374539788040805, -11.401533824871656,
  -8.621670119048938, -6.149706538045662, -4.029326541117093, -2.2736566771538413,
  -0.8680084148466992, 0.23976395725028907, 1.1300264045098822, 1.89884794177408,
];
const gumbelWeights12: readonly number[] = [
  5.525203314364714e-09, 8.542282984904248e-08, 1.7130191326591417e-06, 3.2475128385694325e-05,
  0.0004749903189773498, 0.004898614741275537, 0.033866994804201495, 0.14628658398076963,
  0.34345639923663573, 0.3510050221160708, 0.11366207579508869, 0.006315037850276138,
];
const gumbelNodes8: readonly number[] = [
  -17.649644011541394, -12.750352604485057, -8.554194914166821, -5.24541612430641,
  -2.7266208400190934, -0.8841274587337974, 0.45106585750349315, 1.4870342738337052,
];
const gumbelWeights8: readonly number[] = [
  1.0279077611357713e-07, 1.3494466153755312e-05, 0.0007203842678143453, 0.01519114436479716,
  0.13228759827118333, 0.42513601938220147, 0.37555976469003205, 0.051091489705887894,
];
const legendreNodes: readonly number[] = [
  -0.9739065285171717, -0.8650633666889845, -0.6794095682990244, -0.4333953941292472,
  -0.14887433898163122, 0.14887433898163122, 0.4333953941292472, 0.6794095682990244,
  0.8650633666889845, 0.9739065285171717,
];
const legendreWeights: readonly number[] = [
  0.06667134430868814, 0.1494513491505804, 0.219086362515982, 0.2692667193099965,
  0.2955242247147528, 0.2955242247147528, 0.2692667193099965, 0.219086362515982,
  0.1494513491505804, 0.06667134430868814,
];

/** The Gumbel rule covers v ≥ −20; below, the weight has mass 1 − exp(−e^{−20}) ≈ 2.1e−9. */
const gumbelCut = 20;
const gumbelTailMass = portableExp(-gumbelCut);
/** Below this s the Hermite rule is the more accurate of the two. */
const ruleSwitch = 0.85;
/** Above s = 2.5 a 12-node Gumbel rule, above s = 4.5 an 8-node one, are as accurate as 32 nodes (~1e−9). */
const mediumSwitch = 2.5;
const wideSwitch = 4.5;
/** z beyond ±7.5 carries 3e−14 of the normal mass. */
export const zMax = 7.5;

/**
 * ∫ φ(z) exp(−e^{k−sz}) dz over the whole line (Z untruncated), for s ≥ 0 and any k (±∞ allowed).
 * Absolute error below 1e−8 for every k and s (measured worst ~3e−9 near the switch, usually ~1e−10).
 */
export function untruncatedTcpIntegral(k: number, s: number): number {
  let total = 0;
  if (s <= ruleSwitch) {
    // Symmetric nodes ±z share one exponential: e^{k∓sz} = e^k·e^{∓sz} (sz ≤ 8, so e^{sz} never overflows).
    const hazard = portableExp(k);
    for (let i = 0; i < hermiteNodes.length; i++) {
      const growth = portableExp(s * hermiteNodes[i]);
      total += hermiteWeights[i] * (portableExp(-hazard / growth) + portableExp(-hazard * growth));
    }
    return total;
  }
  const inverseScale = 1 / s;
  const nodes = s > wideSwitch ? gumbelNodes8 : s > mediumSwitch ? gumbelNodes12 : gumbelNodes;
  const weights = s > wideSwitch ? gumbelWeights8 : s > mediumSwitch ? gumbelWeights12 : gumbelWeights;
  for (let i = 0; i < nodes.length; i++) {
    total += weights[i] * normalCdf((nodes[i] - k) * inverseScale);
  }
  // v < −20: the weight is e^{v} to 1e−9 and Q((k−v)/s) ≤ Q((k+20)/s), so this bounds the neglected part to 2e−9.
  return total + gumbelTailMass * normalCdf(-(k + gumbelCut) * inverseScale);
}

/** Φ(b) − Φ(a) for a ≤ b, from whichever tail keeps the digits. */
function normalMass(a: number, b: number): number {
  return a >= 0 ? normalCdf(-a) - normalCdf(-b) : normalCdf(b) - normalCdf(a);
}

const inverseSqrtTwoPi = 0.3989422804014327;
const maxDepth = 60;

/**
 * ∫_lo^hi φ(z) exp(−e^{u(z)}) dz for a non-increasing u (the log expected number of surviving clonogens), by
 * adaptive bisection into cells where u changes by at most 3 (10 where u < −4; counted within the window where
 * exp(−e^u) is neither 0 nor 1 to double precision) and z by at most 2, each integrated by 10-point
 * Gauss–Legendre (measured error ≤ 1e−9 against brute force, ~60–150 evaluations of u). Cells with u > 3.6 contribute < 1e−16 and are skipped; cells with u < −21 have exp(−e^u) > 1 − 1e−9
 * and contribute their normal mass. Because u is monotone its range on a cell is given by the end values, so
 * the refinement criterion is exact. NaN from u propagates.
 */
export function panelTcpIntegral(lo: number, hi: number, u: (z: number) => number): number {
  if (!(hi > lo)) return hi === lo ? 0 : Number.NaN;
  let total = 0;
  const stack: number[] = [lo, hi, u(lo), u(hi), 0];
  while (stack.length > 0) {
    const depth = stack.pop() as number;
    const ub = stack.pop() as number;
    const ua = stack.pop() as number;
    const b = stack.pop() as number;
    const a = stack.pop() as number;
    if (Number.isNaN(ua) || Number.isNaN(ub)) return Number.NaN;
    if (ub > 3.6) continue;
    if (ua < -21) {
      total += normalMass(a, b);
      continue;
    }
    // Below u = −4, exp(−e^u) ≈ 1 − e^u is a plain exponential: a wider u-range is as accurate there.
    if ((Math.min(ua, 6) - Math.max(ub, -24) > (ua < -4 ? 10 : 3) || b - a > 2) && depth < maxDepth) {
      const m = 0.5 * (a + b);
      const um = u(m);
      stack.push(a, m, ua, um, depth + 1, m, b, um, ub, depth + 1);
      continue;
    }
    const centre = 0.5 * (a + b);
    const half = 0.5 * (b - a);
    let cell = 0;
    for (let i = 0; i < legendreNodes.length; i++) {
      const z = centre + half * legendreNodes[i];
      cell += legendreWeights[i] * portableExp(-0.5 * z * z - portableExp(u(z)));
    }
    total += half * inverseSqrtTwoPi * cell;
  }
  return total;
}
