import type { PoolProgress } from '../pool/PoolProgress.js';
import { formatDuration } from './formatDuration.js';

/**
 * One frame of the progress bar: `[████████░░░░░░░░]  48%  196 608/409 600 patients  48/100 blocks  3.1 s, 3.4 s left`,
 * cut to the terminal width.
 * @param progress - blocks and patients done and requested
 * @param elapsedMilliseconds - time since the run started, ms
 * @param columns - terminal width in characters (default 80; a width below 20, such as the 0 of a terminal without a
 *   size, counts as 80)
 * @returns the line, without carriage return or newline
 */
export function progressLine(progress: PoolProgress, elapsedMilliseconds: number, columns = 80): string {
  const width = columns >= 20 ? columns : 80;
  const fraction = progress.patientsTotal > 0 ? progress.patientsDone / progress.patientsTotal : 1;
  const percent = `${Math.floor(100 * fraction)}%`.padStart(4);
  const left = fraction > 0 && fraction < 1 ? `, ${formatDuration((elapsedMilliseconds * (1 - fraction)) / fraction)} left` : '';
  const counts = `${progress.patientsDone}/${progress.patientsTotal} patients  ${progress.blocksDone}/${progress.blocksTotal} blocks  ${formatDuration(elapsedMilliseconds)}${left}`;
  const barWidth = width >= 100 ? 30 : width >= 80 ? 20 : 10; // fixed per terminal, so the bar does not jitter
  const filled = Math.round(barWidth * fraction);
  const line = `[${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}] ${percent}  ${counts}`;
  return [...line].slice(0, width - 1).join('');
}
