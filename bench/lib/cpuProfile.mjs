import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function selfTimes(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const { functionName, url, lineNumber } = nodes.get(profile.samples[i]).callFrame;
    if (functionName === '(idle)') continue; // a waiting thread is not work
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const where = url ? `${url.replace(/^file:\/\//, '').split('/').slice(-2).join('/')}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'}\u0000${where}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  }
  return { self, total };
}

function top(self, total, count) {
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => {
      const [name, where] = key.split('\u0000');
      return { name, where, selfMilliseconds: Math.round(ms), percent: Math.round((1000 * ms) / total) / 10 };
    });
}

/**
 * Self time per function in the .cpuprofile files of a directory (node --cpu-prof writes one per thread: the
 * main thread and each worker thread), idle time left out: per thread, and for the busiest thread (in a
 * one-worker run, the worker: the simulation's hot loop) the top functions.
 * @param {string} directory
 * @param {number} [count=15]
 * @returns {{ threads: { file: string, busyMilliseconds: number, top: object[] }[], busiest: { file: string,
 *   busyMilliseconds: number, functions: { name: string, where: string, selfMilliseconds: number, percent: number }[] } }}
 */
export function summariseCpuProfiles(directory, count = 15) {
  const threads = readdirSync(directory)
    .filter((f) => f.endsWith('.cpuprofile'))
    .sort()
    .map((file) => {
      const { self, total } = selfTimes(JSON.parse(readFileSync(join(directory, file), 'utf8')));
      return { file, busyMilliseconds: Math.round(total), top: top(self, total, count) };
    });
  const busiest = [...threads].sort((a, b) => b.busyMilliseconds - a.busyMilliseconds)[0];
  return {
    threads: threads.map(({ file, busyMilliseconds, top: functions }) => ({ file, busyMilliseconds, top: functions.slice(0, 5) })),
    busiest: busiest ? { file: busiest.file, busyMilliseconds: busiest.busyMilliseconds, functions: busiest.top } : undefined,
  };
}
