/* global URL, process, performance */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { median } from './median.mjs';
import { rtsimBin } from './runRtsim.mjs';

const simDist = new URL('../../packages/sim/dist/', import.meta.url);
const numpyMeanScript = fileURLToPath(new URL('../reference/r1_numpy_mean.py', import.meta.url));
const singleThread = { OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1', NUMEXPR_NUM_THREADS: '1', VECLIB_MAXIMUM_THREADS: '1' };

const gnuTime = '/usr/bin/time';
const cpuMarker = 'RTSIM_B7_CPU';

/**
 * Runs a command, resolving with its stdout, the wall time from spawn to exit (s) and, where GNU time is installed, the
 * process's CPU time (user + system, s; null without it): on a shared machine the wall time also counts the time other
 * processes hold the cores, the CPU time does not. Rejects on failure.
 */
function timed(command, args, env) {
  const wrapped = existsSync(gnuTime) ? [gnuTime, ['-f', `${cpuMarker} %U %S`, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    execFile(wrapped[0], wrapped[1], { env: { ...process.env, ...env }, maxBuffer: 1 << 22, timeout: 1800_000 }, (error, stdout, stderr) => {
      const seconds = (performance.now() - started) / 1000;
      if (error) {
        reject(new Error(`${command} ${args.join(' ')} failed: ${(stderr || error.message).trim().split('\n').slice(-1)[0]}`));
        return;
      }
      const cpu = new RegExp(`${cpuMarker} ([0-9.]+) ([0-9.]+)`).exec(stderr);
      resolve({ stdout, seconds, cpuSeconds: cpu === null ? null : Number(cpu[1]) + Number(cpu[2]) });
    });
  });
}

/**
 * The cheapest run (fewest points in all, R × n) at which every arm's SE is ≤ targetSe, over R in `scramblingChoices`
 * and n a power of 2 from 256, found in this process with the built expectedOutcomes: what a user would pick after one
 * look at the SE column. At equal cost the more scramblings win (a steadier SE).
 * @returns the points per scrambling, the scramblings, and the in-process (warm) time of that run (s)
 */
async function pointsForTarget(scenarioFile, targetSe, scramblingChoices) {
  const { parseScenario } = await import(new URL('index.js', simDist).href);
  const { expectedOutcomes } = await import(new URL('expected/expectedOutcomes.js', simDist).href);
  const parsed = parseScenario(readFileSync(scenarioFile, 'utf8'), scenarioFile);
  if (!parsed.ok) throw new Error(`${scenarioFile}: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  let best;
  for (const scramblings of scramblingChoices) {
    for (let points = 256; points <= 1 << 20; points *= 2) {
      if (best !== undefined && points * scramblings > best.points * best.scramblings) break;
      const started = performance.now();
      const results = await expectedOutcomes(parsed.scenario, { points, scramblings, version: 'bench' });
      const seconds = (performance.now() - started) / 1000;
      if (Math.max(...results.arms.map((a) => a.standardError)) > targetSe) continue;
      const cheaper = best === undefined || points * scramblings < best.points * best.scramblings || (points * scramblings === best.points * best.scramblings && scramblings > best.scramblings);
      if (cheaper) best = { points, scramblings, inProcessSeconds: seconds };
      break;
    }
  }
  if (best === undefined) throw new Error(`no point count up to 2^20 reached SE ≤ ${targetSe}`);
  return best;
}

/**
 * The integral alone, cold: a fresh Node process imports the built expectedOutcomes, reads the scenario, and times its
 * first call (ms, wall and the process's CPU time over the call) with the given engine (RTSIM_BLOCK_ENGINE): what the
 * command line's integral costs before V8 has optimised anything.
 */
async function coldIntegral(scenarioFile, points, scramblings, engine) {
  const source = `import { readFileSync } from 'node:fs';
    const { parseScenario } = await import(${JSON.stringify(new URL('index.js', simDist).href)});
    const { expectedOutcomes } = await import(${JSON.stringify(new URL('expected/expectedOutcomes.js', simDist).href)});
    const parsed = parseScenario(readFileSync(${JSON.stringify(scenarioFile)}, 'utf8'));
    const started = performance.now();
    const cpu = process.cpuUsage();
    await expectedOutcomes(parsed.scenario, { points: ${points}, scramblings: ${scramblings}, version: 'bench' });
    const used = process.cpuUsage(cpu);
    console.log(JSON.stringify({ ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 }));`;
  const { stdout } = await timed(process.execPath, ['--input-type=module', '-e', source], { RTSIM_BLOCK_ENGINE: engine });
  return JSON.parse(stdout);
}

/**
 * B7: time to a mean TCP per arm with standard error ≤ targetSe (probability units; 0.0002 = 0.02 percentage points)
 * on R1, whole process: `rtsim run r1.yaml --mode expected --points P --scramblings R` (P and R from pointsForTarget) against
 * bench/reference/r1_numpy_mean.py (plain Monte Carlo: a pilot, then the patients that SE needs), each timed from
 * spawn to exit, `runs` times alternately, medians (and the process CPU time, with GNU time). Also each side's compute alone (rtsim: expectedOutcomes in this
 * process, warm; numpy: the script's own perf_counter), the agreement of the two means (4 combined SE), the same rtsim
 * command from the unbundled build (dist/bin, what the bundle saves), and Node's own
 * start (`node -e 0`, timed between the same runs): no Node command line can finish faster, so numpy's time over it
 * bounds the whole-process ratio any Node implementation could reach on this machine. Between the same runs, the
 * integral alone in a fresh process (coldIntegral) by the WebAssembly kernel and by the TypeScript engine.
 * @param {{ scenario: string, targetSe: number, scramblingChoices: number[], runs: number, outDir: string, python?: string }} options
 */
export async function expectedBenchmark({ scenario, targetSe, scramblingChoices, runs, outDir, python = process.env.PYTHON ?? 'python3' }) {
  const { points, scramblings, inProcessSeconds } = await pointsForTarget(scenario, targetSe, scramblingChoices);
  const rtsimArgs = [rtsimBin, 'run', scenario, '--mode', 'expected', '--points', String(points), '--scramblings', String(scramblings), '--out', outDir, '--json'];
  const numpyArgs = [numpyMeanScript, '--target-se', String(targetSe)];
  const rtsimSeconds = [];
  const numpySeconds = [];
  const rtsimCpu = [];
  const numpyCpu = [];
  const nodeStartSeconds = [];
  const unbundledSeconds = [];
  const unbundledCpu = [];
  const cold = { kernel: [], typescript: [] };
  // The same command from the unbundled build (tsc's dist/bin), timed between the same runs: what bundling saves.
  const unbundledArgs = [fileURLToPath(new URL('bin/rtsim.js', simDist)), ...rtsimArgs.slice(1)];
  let rtsim;
  let numpy;
  let numpyError;
  for (let run = 0; run < runs; run++) {
    // Node's own start (no module of ours): the floor under any Node command line, timed between the same runs.
    nodeStartSeconds.push((await timed(process.execPath, ['-e', '0'], {})).seconds);
    cold.kernel.push(await coldIntegral(scenario, points, scramblings, 'auto'));
    cold.typescript.push(await coldIntegral(scenario, points, scramblings, 'typescript'));
    const unbundled = await timed(process.execPath, unbundledArgs, {});
    unbundledSeconds.push(unbundled.seconds);
    if (unbundled.cpuSeconds !== null) unbundledCpu.push(unbundled.cpuSeconds);
    const mine = await timed(process.execPath, rtsimArgs, {});
    rtsimSeconds.push(mine.seconds);
    if (mine.cpuSeconds !== null) rtsimCpu.push(mine.cpuSeconds);
    rtsim = JSON.parse(mine.stdout);
    if (numpyError === undefined) {
      try {
        const theirs = await timed(python, numpyArgs, singleThread);
        numpySeconds.push(theirs.seconds);
        if (theirs.cpuSeconds !== null) numpyCpu.push(theirs.cpuSeconds);
        numpy = JSON.parse(theirs.stdout);
      } catch (error) {
        numpyError = error instanceof Error ? error.message : String(error);
      }
    }
  }
  const agreement = numpy === undefined ? undefined : numpy.arms.map((id, i) => {
    const arm = rtsim.arms.find((a) => a.id === id);
    const limit = 4 * Math.hypot(arm?.standardError ?? Number.NaN, numpy.se[i]);
    return { id, rtsim: arm?.mean, rtsimSe: arm?.standardError, numpy: numpy.meanTcp[i], numpySe: numpy.se[i], pass: Math.abs((arm?.mean ?? Number.NaN) - numpy.meanTcp[i]) < limit };
  });
  return {
    targetSe,
    points,
    scramblings,
    nodeStart: { seconds: median(nodeStartSeconds), runs: nodeStartSeconds },
    coldIntegral: Object.fromEntries(Object.entries(cold).map(([engine, runs]) => [engine, { ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)), runs }])),
    unbundled: { seconds: median(unbundledSeconds), runs: unbundledSeconds, cpuSeconds: unbundledCpu.length > 0 ? median(unbundledCpu) : null },
    rtsim: { seconds: median(rtsimSeconds), runs: rtsimSeconds, cpuSeconds: rtsimCpu.length > 0 ? median(rtsimCpu) : null, cpuRuns: rtsimCpu, computeSeconds: inProcessSeconds, maxSe: Math.max(...rtsim.arms.map((a) => a.standardError)) },
    numpy: numpy === undefined
      ? { ok: false, reason: numpyError }
      : { ok: true, seconds: median(numpySeconds), runs: numpySeconds, cpuSeconds: numpyCpu.length > 0 ? median(numpyCpu) : null, cpuRuns: numpyCpu, computeSeconds: numpy.computeSeconds, patients: numpy.patients, maxSe: Math.max(...numpy.se), numpy: numpy.numpy },
    agreement,
  };
}
