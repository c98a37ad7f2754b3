import type { CliIo } from './CliIo.js';
import { exitCodes } from './exitCodes.js';
import { helpText } from './helpText.js';
import { parseCommandOptions } from './parseCommandOptions.js';
import { UsageError } from './UsageError.js';

/**
 * `rtsim run FILE [--patients N] [--seed S] [--workers N] [--out DIR] [--json] [--by DIMENSIONS] [--shard K/N [--split strided|contiguous]]`
 * (docs/cli.md), or with `--mode expected [--points N] [--scramblings R]` expected outcomes instead of a trial.
 *
 * Reads the options, refuses those that belong to the other mode, then loads and runs trialCommand (the trial: worker
 * threads, report files) or expectedCommand (docs/expected-mode.md). Each is imported only when it runs, so that
 * expected mode does not load the worker pool, the report's charts or the trial statistics (docs/performance.md, B7).
 * @param args - the arguments after `run`
 * @param io - output streams, working directory, abort signal
 * @returns the exit status (0, 1, 2 or 130)
 * @throws UsageError for invalid options (main prints it and returns 2)
 */
export async function runCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandOptions('run', args, {
    patients: { type: 'string' },
    seed: { type: 'string' },
    workers: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' },
    shard: { type: 'string' },
    split: { type: 'string' },
    by: { type: 'string' },
    mode: { type: 'string' },
    points: { type: 'string' },
    scramblings: { type: 'string' },
  });
  if (values.help === true) {
    io.stdout.write(helpText('run'));
    return exitCodes.ok;
  }
  const [name] = positionals;
  if (name === undefined || positionals.length !== 1) {
    throw new UsageError(`rtsim run: expected one scenario file, got ${positionals.length === 0 ? 'none' : positionals.map((p) => `'${p}'`).join(' ')} (see rtsim run --help)`);
  }
  if (values.mode !== undefined && values.mode !== 'trial' && values.mode !== 'expected') {
    throw new UsageError(`rtsim run: --mode: expected trial or expected, got '${values.mode}' (see rtsim run --help)`);
  }
  if (values.mode === 'expected') {
    const trialOnly = Object.entries({ '--patients': values.patients, '--workers': values.workers, '--shard': values.shard, '--split': values.split, '--by': values.by })
      .filter(([, value]) => value !== undefined)
      .map(([option]) => option);
    if (trialOnly.length > 0) {
      throw new UsageError(`rtsim run: ${trialOnly.join(', ')} belong${trialOnly.length === 1 ? 's' : ''} to the trial; --mode expected integrates over the population in one thread (see docs/expected-mode.md)`);
    }
    const { expectedCommand } = await import('./expectedCommand.js');
    return expectedCommand(name, values, io);
  }
  if (values.points !== undefined || values.scramblings !== undefined) {
    throw new UsageError('rtsim run: --points and --scramblings belong to --mode expected (see rtsim run --help)');
  }
  const { trialCommand } = await import('./trialCommand.js');
  return trialCommand(name, values, io);
}
