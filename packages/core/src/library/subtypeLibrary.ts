import type { SubtypeEntry, SubtypeId } from './SubtypeEntry.js';
import { dedifferentiatedLiposarcoma } from './subtypes/dedifferentiatedLiposarcoma.js';
import { ewingSarcoma } from './subtypes/ewingSarcoma.js';
import { leiomyosarcoma } from './subtypes/leiomyosarcoma.js';
import { mpnst } from './subtypes/mpnst.js';
import { myxofibrosarcoma } from './subtypes/myxofibrosarcoma.js';
import { myxoidLiposarcoma } from './subtypes/myxoidLiposarcoma.js';
import { rhabdomyosarcoma } from './subtypes/rhabdomyosarcoma.js';
import { sts } from './subtypes/sts.js';
import { synovialSarcoma } from './subtypes/synovialSarcoma.js';
import { undifferentiatedPleomorphicSarcoma } from './subtypes/undifferentiatedPleomorphicSarcoma.js';

/**
 * The sarcoma parameter library: one {@link SubtypeEntry} per {@link SubtypeId}, each parameter a
 * distribution with unit and evidence (kind, A–D grade, source, DOI when verified, endpoint, model, note).
 * Plain data; `docs/parameters.md` is generated from it by {@link parametersMarkdown}.
 * @remarks Values are starting points: most are cell-line conversions or assumptions, marked as such, to be
 * replaced by `calibrated` values fitted to clinical series.
 */
export const subtypeLibrary: Readonly<Record<SubtypeId, SubtypeEntry>> = Object.freeze({
  sts,
  'myxoid-liposarcoma': myxoidLiposarcoma,
  'undifferentiated-pleomorphic-sarcoma': undifferentiatedPleomorphicSarcoma,
  leiomyosarcoma,
  'synovial-sarcoma': synovialSarcoma,
  'dedifferentiated-liposarcoma': dedifferentiatedLiposarcoma,
  myxofibrosarcoma,
  mpnst,
  rhabdomyosarcoma,
  'ewing-sarcoma': ewingSarcoma,
});

/** Every {@link SubtypeId} of the library, in display order (`sts` first). */
export const subtypeIds: readonly SubtypeId[] = Object.freeze([
  'sts',
  'myxoid-liposarcoma',
  'undifferentiated-pleomorphic-sarcoma',
  'leiomyosarcoma',
  'synovial-sarcoma',
  'dedifferentiated-liposarcoma',
  'myxofibrosarcoma',
  'mpnst',
  'rhabdomyosarcoma',
  'ewing-sarcoma',
] as const);
