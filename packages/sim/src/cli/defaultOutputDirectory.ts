import { basename, dirname, extname, join } from 'node:path';

/**
 * Where `rtsim run FILE` writes when no `--out` is given: `<file-stem>-results/` next to the file
 * (`trials/sts.yaml` → `trials/sts-results`).
 * @param scenarioPath - path of the scenario file
 * @returns the directory path
 */
export function defaultOutputDirectory(scenarioPath: string): string {
  const name = basename(scenarioPath);
  const stem = extname(name) === '' ? name : name.slice(0, -extname(name).length);
  return join(dirname(scenarioPath), `${stem === '' ? 'scenario' : stem}-results`);
}
