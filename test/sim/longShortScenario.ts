/**
 * The scenario text several CLI tests run: soft tissue sarcoma with lognormal volumes (median 100 cm³), two arms,
 * `long` (25 × 2 Gy) and `short` (5 × 6 Gy), 2 years of follow-up, and `extra` (e.g. an `uncertainty:` section)
 * appended as written.
 * @param name - the scenario's name (it enters the scenario hash)
 * @param seed - its seed
 * @param patients - its patient count
 * @param extra - YAML appended after `followUp`, starting at column 0 and ending with a newline
 */
export function longShortScenario(name: string, seed: number, patients: number, extra = ''): string {
  return `version: 1
name: ${name}
references: ["test scenario"]
seed: ${seed}
patients: ${patients}
cohort:
  volume: { dist: lognormal, median: 100, sigma: 0.5 }
  subtypes:
    - ref: sts
arms:
  - id: long
    schedule: { fractions: 25, dose: 2, perWeek: 5 }
  - id: short
    schedule: { fractions: 5, dose: 6, perWeek: 5 }
followUp: { years: 2 }
${extra}`;
}
