/**
 * Exit statuses of the `rtsim` command (docs/cli.md):
 * - `ok` 0: done;
 * - `failed` 1: the run failed (a worker crashed, patients could not be simulated, files could not be written);
 * - `invalidInput` 2: invalid input (command line, scenario file, partial results to merge), nothing was run or
 *   written;
 * - `interrupted` 130: stopped by Ctrl-C (SIGINT), nothing was written (128 + signal 2, the shell convention).
 */
export const exitCodes: { readonly ok: 0; readonly failed: 1; readonly invalidInput: 2; readonly interrupted: 130 } = {
  ok: 0,
  failed: 1,
  invalidInput: 2,
  interrupted: 130,
};
