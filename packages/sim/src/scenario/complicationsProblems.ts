import type { PathIssue } from './schemaIssues.js';
import { defaultComplicationEndpoints, organOfEndpoint } from './complicationsSchema.js';
import { isMapping } from './isMapping.js';

/** The endpoints a raw `complications` section lists (its default, the surgical ones, when it lists none or is malformed). */
function listedEndpoints(complications: unknown): readonly unknown[] {
  const listed = isMapping(complications) ? complications.endpoints : undefined;
  return Array.isArray(listed) ? listed : defaultComplicationEndpoints;
}

/**
 * Whether complications are scored in an arm (as compileComplications decides, read on the raw file): every arm when
 * only organ endpoints are listed, else the arms with an operation.
 */
const scoredArm = (arm: Record<string, unknown>, surgical: boolean): boolean => !surgical || isMapping(arm.surgery);

/**
 * An organ dose no listed endpoint reads (an `organs` entry without `complications`, without its endpoint in the
 * list, or on an arm that is not scored) would be ignored without a word: each is a problem at its path.
 */
function unusedOrganProblems(arms: readonly unknown[], endpoints: readonly unknown[], surgical: boolean): PathIssue[] {
  const issues: PathIssue[] = [];
  arms.forEach((arm, index) => {
    if (!isMapping(arm) || !isMapping(arm.organs)) return;
    if (!scoredArm(arm, surgical)) {
      issues.push({ path: ['arms', index, 'organs'], message: 'this arm has no operation, and with a wound or late-effect endpoint listed only arms with surgery are scored: its organ doses would be ignored; remove them, or list only organ endpoints (fracture, pneumonitis)' });
      return;
    }
    for (const [endpoint, organ] of organOfEndpoint) {
      if (!Object.hasOwn(arm.organs, organ) || endpoints.includes(endpoint)) continue;
      issues.push({ path: ['arms', index, 'organs', organ], message: `organs.${organ} is read only by the ${endpoint} complication, which is not scored: add ${endpoint} to complications.endpoints, or remove organs.${organ}` });
    }
  });
  return issues;
}

/**
 * What a `complications` section needs of the arms (checked on the raw file, beside the schema): with a surgical
 * endpoint (wound, fibrosis, oedema, stiffness), an arm with an operation, since those are complications of combined
 * surgery and radiotherapy; with an organ endpoint, that organ's dose in every scored arm (`organs.femoralNeck` for
 * fracture, `organs.lung` for pneumonitis; the arms with an operation when a surgical endpoint is listed, else all);
 * no arm whose dose per fraction is prescribed per patient by a GARD target, since the endpoints' EQD2 is computed
 * once per arm; and no organ dose that no scored endpoint reads.
 * @param value - the parsed scenario file, any value
 * @returns the problems at `complications` or at the offending arm's schedule
 */
export function complicationsProblems(value: Record<string, unknown>): PathIssue[] {
  if (!Array.isArray(value.arms)) return [];
  if (value.complications === undefined) return unusedOrganProblems(value.arms, [], false);
  const arms: unknown[] = value.arms;
  const issues: PathIssue[] = [];
  const endpoints = listedEndpoints(value.complications);
  const organEndpoints: ReadonlySet<unknown> = new Set(organOfEndpoint.keys());
  const surgical = endpoints.some((endpoint) => !organEndpoints.has(endpoint));
  if (surgical && !arms.some((arm) => isMapping(arm) && isMapping(arm.surgery))) {
    issues.push({ path: ['complications'], message: 'the wound and late-effect complications are scored in arms with surgery before or after their radiotherapy, and no arm has surgery: add one, or list only organ endpoints (fracture, pneumonitis) in complications.endpoints' });
  }
  for (const [endpoint, organ] of organOfEndpoint) {
    if (!endpoints.includes(endpoint)) continue;
    arms.forEach((arm, index) => {
      if (!isMapping(arm) || !scoredArm(arm, surgical)) return;
      const organs = arm.organs;
      if (isMapping(organs) && Object.hasOwn(organs, organ)) return;
      issues.push({ path: ['arms', index, 'organs'], message: `complications.endpoints lists ${endpoint}, which is drawn from the ${organ === 'lung' ? 'lung DVH' : 'femoral-neck dose'}: give organs.${organ} in this arm, or remove ${endpoint}` });
    });
  }
  for (const issue of unusedOrganProblems(arms, endpoints, surgical)) issues.push(issue);
  arms.forEach((arm, index) => {
    if (isMapping(arm) && isMapping(arm.schedule) && arm.schedule.gardTarget !== undefined) {
      issues.push({ path: ['arms', index, 'schedule', 'gardTarget'], message: 'complications need one dose per fraction per arm (their EQD2 is computed per arm), and a GARD target prescribes it per patient: remove complications or the gardTarget' });
    }
  });
  return issues;
}
