import { shardFormatVersion } from '../trial/shardFormatVersion.js';
import { shardChecksum } from './shardChecksum.js';

/**
 * What is wrong with a shard file's version and checksum, checked before anything else in it is read: the
 * version must be {@link shardFormatVersion} (a version-1 file, from an rtsim before checksums, a version-2 file,
 * from one before the progression strata and paired event times, a version-3 file, from one before the paired event
 * times of the competing causes, and a version-4 file, from one before the paired local recurrence with death ignored,
 * are named as such), and `checksum` must be
 * {@link shardChecksum} of the file's content.
 * @param file - the shard file's object, parsed (format tag already checked)
 * @returns a sentence saying what is wrong, or undefined when version and checksum are right
 */
export function shardSealProblem(file: Readonly<Record<string, unknown>>): string | undefined {
  const version = file['formatVersion'];
  if (version === 1) return 'it is in shard format 1 (no checksum), written by an earlier rtsim: run the shard again with this version';
  if (version === 2) return 'it is in shard format 2, written by an earlier rtsim (its partial result lacks the progression strata and the pairs\' event times): run the shard again with this version';
  if (version === 3) return 'it is in shard format 3, written by an earlier rtsim (its partial result lacks the pairs\' event times of local recurrence, metastasis and death from sarcoma): run the shard again with this version';
  if (version === 4) return 'it is in shard format 4, written by an earlier rtsim (its partial result lacks the pairs\' event times of local recurrence with death ignored): run the shard again with this version';
  if (version !== shardFormatVersion) return `unsupported formatVersion ${JSON.stringify(version)} (this rtsim reads ${shardFormatVersion})`;
  const checksum = file['checksum'];
  if (typeof checksum !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(checksum)) return 'checksum must be a "sha256:" string of 64 hex digits';
  if (checksum !== shardChecksum(file)) return 'its checksum does not match its content: the file was damaged or edited after rtsim run wrote it';
  return undefined;
}
