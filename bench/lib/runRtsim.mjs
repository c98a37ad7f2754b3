/* global URL, process, performance, setTimeout, clearTimeout, Buffer */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built command line (pnpm build). */
export const rtsimBin = fileURLToPath(new URL('../../packages/sim/dist/bundle/rtsim.js', import.meta.url));

const gnuTime = '/usr/bin/time';
const timeMarker = 'RTSIM_BENCH_TIME';
const hookMarker = 'RTSIM_BENCH_MAXRSS_KB';
// Without GNU time: a preloaded module prints the process's own peak RSS at exit. Worker threads live in the
// same process, so getrusage(RUSAGE_SELF).ru_maxrss covers them too.
const rssHook = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\n${hookMarker}='+process.resourceUsage().maxRSS+'\\n'))`;

/**
 * How peak memory is measured on this machine.
 * @returns {'gnu-time' | 'resource-usage'}
 */
export function rssMethod() {
  return existsSync(gnuTime) ? 'gnu-time' : 'resource-usage';
}

/**
 * Runs `rtsim run FILE --workers N --patients P --json --out DIR` in a fresh process and measures it from
 * outside: wall time from spawn to exit (performance.now) and the peak resident set size of the process
 * (GNU time's %M, i.e. wait4's ru_maxrss, or process.resourceUsage().maxRSS reported by a preloaded hook).
 * @param {{ scenario: string, workers: number, patients: number, outDir: string, nodeFlags?: readonly string[],
 *   env?: Record<string, string> (added to this process's environment),
 *   timeoutSeconds?: number }} options
 * @returns {Promise<{ wallSeconds: number, maxRssBytes: number | undefined, exitCode: number | null,
 *   stdout: string, stderr: string, results: any }>} results: the run's results JSON (from --json stdout or
 *   DIR/results.json), undefined when neither parses
 */
export function runRtsim(options) {
  const { scenario, workers, patients, outDir, nodeFlags = [], env = {}, timeoutSeconds = 4 * 3600 } = options;
  const cliArgs = [rtsimBin, 'run', scenario, '--workers', String(workers), '--patients', String(patients), '--json', '--out', outDir];
  const method = rssMethod();
  const [command, args] =
    method === 'gnu-time'
      ? [gnuTime, ['-f', `${timeMarker} %M %e`, process.execPath, ...nodeFlags, ...cliArgs]]
      : [process.execPath, ['--import', rssHook, ...nodeFlags, ...cliArgs]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutSeconds * 1000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      const wallSeconds = (performance.now() - started) / 1000;
      const stdout = Buffer.concat(out).toString('utf8');
      let stderr = Buffer.concat(err).toString('utf8');
      let maxRssBytes;
      const marker = method === 'gnu-time' ? new RegExp(`^${timeMarker} (\\d+) `, 'm') : new RegExp(`^${hookMarker}=(\\d+)`, 'm');
      const match = marker.exec(stderr);
      if (match) {
        maxRssBytes = Number(match[1]) * 1024; // both report kilobytes
      }
      stderr = stderr.split('\n').filter((line) => !line.startsWith(timeMarker) && !line.startsWith(hookMarker)).join('\n');
      resolve({ wallSeconds, maxRssBytes, exitCode, stdout, stderr, results: readResults(stdout, outDir) });
    });
  });
}

function readResults(stdout, outDir) {
  const text = stdout.trim();
  if (text.startsWith('{')) {
    try {
      return JSON.parse(text);
    } catch {
      // --json may print more than one document; fall back to the file
    }
  }
  const file = join(outDir, 'results.json');
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
