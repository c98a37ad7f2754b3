import { keptLibraries, libraryRelease } from '@rtsim/core';
import { modelVersion } from './modelVersion.js';
import type { FieldProblem } from './fieldSchemas.js';
import type { PinInput } from './ScenarioInput.js';
import { versionHistory } from './versionHistory.js';

/**
 * Parameter-library versions whose data this rtsim carries and can resolve a scenario against (`keptLibraries` of
 * @rtsim/core): a scenario pinned to an older one is resolved against it and its results record it
 * (docs/reproducibility.md).
 */
const keptLibraryVersions: readonly string[] = keptLibraries.map((library) => library.release.version);

/** "1.0.0" or "libraries 1.0.0 and 1.1.0": the kept versions in words. */
function keptInWords(): string {
  const last = keptLibraryVersions.at(-1) ?? '';
  return keptLibraryVersions.length === 1 ? `library ${last}` : `libraries ${keptLibraryVersions.slice(0, -1).join(', ')} and ${last}`;
}

function versionParts(version: string): number[] {
  return version.split('.').map(Number);
}

/** Whether semantic version `a` is later than `b` (both `MAJOR.MINOR.PATCH`, as the schema requires). */
function isLater(a: string, b: string): boolean {
  const [x, y] = [versionParts(a), versionParts(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return false;
}

function installHint(pin: PinInput): string {
  const release = versionHistory.find((entry) => entry.model === pin.model && entry.library === pin.library);
  if (release !== undefined) return `to reproduce its results, install the release that computes them: npm install @rtsim/sim@${release.rtsim}`;
  if (pin.model > modelVersion || isLater(pin.library, libraryRelease.version)) {
    return 'it was written for a newer rtsim: install the latest (npm install @rtsim/sim@latest) and check its CHANGELOG.md';
  }
  return 'no rtsim release computes this pair of versions (see CHANGELOG.md for the pairs that exist)';
}

/**
 * The refusal of a scenario whose `pin` (the model and parameter-library versions it was written for) this rtsim
 * cannot reproduce: the model differs, or the library's data is not in this package. Each problem says which
 * release to install (from {@link versionHistory}).
 * @param pin - the scenario's pin, fields already checked one by one
 * @returns no problems when this rtsim reproduces the pinned versions exactly
 */
export function pinProblems(pin: PinInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (pin.model !== modelVersion) {
    problems.push({ keys: ['model'], message: `this scenario pins model ${pin.model}, but this rtsim computes model ${modelVersion}; ${installHint(pin)}` });
  }
  if (!keptLibraryVersions.includes(pin.library)) {
    problems.push({
      keys: ['library'],
      message: `this scenario pins parameter library ${pin.library}, but this rtsim carries ${keptInWords()} only; ${installHint(pin)}`,
    });
  }
  return problems;
}
