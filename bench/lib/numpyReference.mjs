/* global URL, process */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The reference script of workload R1. */
export const numpyScript = fileURLToPath(new URL('../reference/r1_numpy.py', import.meta.url));

const singleThread = {
  OMP_NUM_THREADS: '1',
  OPENBLAS_NUM_THREADS: '1',
  MKL_NUM_THREADS: '1',
  NUMEXPR_NUM_THREADS: '1',
  VECLIB_MAXIMUM_THREADS: '1',
};

/**
 * Runs bench/reference/r1_numpy.py (single-threaded numpy; the script pins the thread pools itself, and the
 * environment here does too). The script times only its compute, `runs` times, and reports the median.
 * @param {{ patients: number, runs: number, python?: string }} options
 * @returns {Promise<{ ok: true, arms: string[], meanTcp: number[], se: number[], seconds: number, runs: number[],
 *   patientArmsPerSecond: number, numpy: string, python: string } | { ok: false, reason: string }>}
 */
export function runNumpyReference({ patients, runs, python = process.env.PYTHON ?? 'python3' }) {
  return new Promise((resolve) => {
    execFile(
      python,
      [numpyScript, '--patients', String(patients), '--runs', String(runs)],
      { env: { ...process.env, ...singleThread }, maxBuffer: 1 << 20, timeout: 3600_000 },
      (error, stdout, stderr) => {
        if (error) {
          resolve({ ok: false, reason: `${python} ${numpyScript} failed: ${(stderr || error.message).trim().split('\n').slice(-1)[0]}` });
          return;
        }
        try {
          resolve({ ok: true, ...JSON.parse(stdout) });
        } catch {
          resolve({ ok: false, reason: `the numpy reference printed no JSON: ${stdout.slice(0, 200)}` });
        }
      },
    );
  });
}
