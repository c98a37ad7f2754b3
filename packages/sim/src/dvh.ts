// The DVH entry of @rtsim/sim (`@rtsim/sim/dvh`, browser-safe, docs/architecture.md): reading a planning system's
// DVH file (Eclipse text export, generic CSV, DICOM RT Dose DVH Sequence) from its bytes, and the per-structure
// metrics `rtsim dvh` prints. An entry of its own because the DICOM reader brings dcmjs, a large library: a page loads it
// only when a DVH file is opened (the explorer imports it with import()). test/sim/publicDvhApi.test.ts pins this list.
export { parseDvhFile } from './dvh/parseDvhFile.js';
export { dvhMetrics } from './dvh/dvhMetrics.js';
export type { DvhMetrics } from './dvh/dvhMetrics.js';
export { maxDvhFileBytes } from './dvh/maxDvhFileBytes.js';
export type { DvhFormat, DvhParseResult } from './dvh/DvhParseResult.js';
export type { DvhStructure } from './dvh/DvhStructure.js';
export type { DvhIssue } from './dvh/DvhIssue.js';
