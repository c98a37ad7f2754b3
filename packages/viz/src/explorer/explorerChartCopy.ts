/** The copy of one explorer chart card: its id (element id and download stem), heading and teaching paragraphs. */
export interface ExplorerChartCopy {
  readonly id: string;
  readonly title: string;
  readonly explanation: readonly string[];
}

/** The explorer's charts, by the name the render loop draws them under. */
export type ExplorerChartName = 'tcp' | 'survival' | 'course' | 'isoeffect' | 'repopulation' | 'population' | 'localControl' | 'pathway';

/**
 * The explorer's chart cards in page order (the grid fills row by row), with the teaching text beside each chart.
 * Data, so the wording is edited apart from the code that draws.
 */
export const explorerChartCopy: readonly (ExplorerChartCopy & { readonly name: ExplorerChartName })[] = [
  {
    name: 'tcp',
    id: 'tcp-dose',
    title: 'TCP against total dose',
    explanation: [
      'Poisson TCP = exp(−N₀·S): the chance that no clonogen survives. Each schedule keeps its number of fractions and its timing while the dose per fraction scales; dots mark the prescribed doses.',
      'With a low α/β, fewer and larger fractions reach the same TCP at a lower total dose. Add up to three schedules to compare with the reference (same biology for all).',
    ],
  },
  {
    name: 'survival',
    id: 'survival-curve',
    title: 'Cell survival per fraction',
    explanation: [
      'Clonogenic survival after one dose d. LQ: −ln S = αd + βd². The curve bends because two-track (β) damage grows as d².',
      'LQ-L and USC straighten the curve above the transition dose D_T, where LQ is thought to overstate the kill of radiosurgery doses. Hypoxic cells see the dose divided by the OER.',
    ],
  },
  {
    name: 'course',
    id: 'course-survival',
    title: 'Survival over the course',
    explanation: [
      'Each fraction lowers survival by its own factor (full repair between fractions). After the kick-off time T_k the surviving clonogens regrow with doubling time T_d.',
      'Right axis: expected surviving clonogens N₀·S. At one clonogen left, TCP = e⁻¹ ≈ 37%; one more decade of kill gives TCP ≈ 90%.',
    ],
  },
  {
    name: 'isoeffect',
    id: 'isoeffect',
    title: 'Iso-effect: same BED, other fraction numbers',
    explanation: [
      'The dose per fraction that gives the reference BED = Σd(1 + d/(α/β)) with n fractions (candidates 5 a week; time term included when repopulation is on).',
      'The second curve keeps a late-reacting normal tissue (α/β = 3 Gy) at its reference BED. When the tumour’s α/β is close to 3 Gy, as reported for many sarcomas, the two curves nearly coincide: hypofractionation spares neither.',
    ],
  },
  {
    name: 'repopulation',
    id: 'repopulation',
    title: 'Repopulation penalty against overall time',
    explanation: [
      'BED lost = ln 2 · (T − T_k)/(α · T_d) once the overall time T passes the kick-off T_k. Gaps and slow schedules pay this; the dot marks the reference schedule.',
      'D_prolif in the read-outs is the dose per day that just offsets repopulation. With repopulation switched off there is no time term: the line lies at 0 Gy and D_prolif reads 0.',
    ],
  },
  {
    name: 'population',
    id: 'population-tcp',
    title: 'Population against single-tumour TCP',
    explanation: [
      'One tumour with a single α has a steep dose–response. Patients differ in radiosensitivity: averaging TCP over α ~ Normal(ᾱ, σ_α), truncated at 0 (Webb & Nahum 1993), gives the shallow curves seen in clinical data.',
      'Both curves use the reference schedule’s timing and leave out hypoxia.',
    ],
  },
  {
    name: 'localControl',
    id: 'local-control-time',
    title: 'Local control over time: margins and timing',
    explanation: [
      'The local-control model of issue 14 (docs/local-control-model.md): a resection leaves clonogenic disease with probability π, set by the margin class, grade, depth, size band, site and age; RT must sterilise that residue, and a failure shows only after it has regrown to 1 cm³, half of the failures after a dormant period of about five years on average. So control keeps falling for years, and RT lowers recurrence instead of abolishing it.',
      'Preoperative RT meets the residue inside the intact, reoxygenating tumour; postoperative RT meets it in a scarred bed with a small hypoxic share. With the same course the preoperative curve is higher. Every curve uses the reference schedule (25 × 2 Gy is the usual preoperative course, 33 × 2 Gy the postoperative one), and the library’s STS radiobiology with which the model was calibrated (α 0.232 ± 0.08 Gy⁻¹, α/β 4.9 Gy, OER 2.5): the radiosensitivity, repopulation and tumour sliders do not act here.',
    ],
  },
  {
    name: 'pathway',
    id: 'pathway',
    title: 'Before the first fraction: the diagnostic pathway',
    explanation: [
      'One patient from the first symptom to the first treatment (docs/pathway-model.md): the symptom comes 3 T_d·log₂ 1.5 ≈ 91 days before the usual first doctor visit (the Patient interval slider shortens it: an earlier visit meets the smaller tumour of that day), then the four intervals of the sliders (library medians 17, 29, 17 days, Dyrop et al. 2016, and 22 days, Curtis et al. 2018). The tumour grows by Gompertz at the library’s median volume doubling time, 52 days at 5 cm, towards a 30 cm plateau; the diameter at the usual visit is the Tumour diameter slider.',
      'A local first operation can be an unplanned excision (logistic in depth and size, 21% for a deep tumour of 5 cm or more, Potter et al. 2008); a referral to a sarcoma centre before any operation avoids it. An expert review corrects the 8.3% complete and 6.0% subtype discordance of first diagnoses (Ray-Coquard et al. 2012). The table runs a cohort through the engine in a Web Worker after each change.',
    ],
  },
];
