import { resolve } from 'node:path';
import { UsageError } from './UsageError.js';

/**
 * The directory `--out DIR` names, resolved against the working directory. An empty value (`--out ""`, `--out=`,
 * an unset shell variable in `--out "$DIR"`) is refused: resolved, it would be the working directory itself, and
 * the command would write its files there without having been asked to (`--out .` says so when meant).
 * @param command - the command's name for the message (`run`, `merge`, …)
 * @param value - the option's text, or undefined when not given
 * @param cwd - the directory relative paths are resolved against
 * @returns the absolute directory, or undefined when `--out` was not given (the command's default applies)
 * @throws UsageError `rtsim COMMAND: --out needs a directory, got an empty value …` (status 2)
 */
export function outputDirectoryOption(command: string, value: string | undefined, cwd: string): string | undefined {
  if (value === undefined) return undefined;
  if (value === '') {
    throw new UsageError(`rtsim ${command}: --out needs a directory, got an empty value (an unset variable?); give --out . for the current directory (see rtsim ${command} --help)`);
  }
  return resolve(cwd, value);
}
