import type { FileContents } from '../scenario/FileContents.js';

/**
 * What `rtsim calibrate DATA` reads (docs/calibration.md): a calibration file or a local-control evidence file, for
 * readScenarioText's messages about an empty file (not the scenario fields, which neither kind has) and about several
 * YAML documents.
 */
export const calibrationFileContents: FileContents = {
  one: 'one calibration or evidence',
  needs: 'a calibration file needs version, name, seed, patients, parameters and cohorts, and a local-control evidence file version, name and series',
};
