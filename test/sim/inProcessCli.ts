import { main } from '../../packages/sim/dist/node.js';

/** What one command-line call printed, and its exit status. */
export interface CliRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The built `rtsim` command line run in-process (no process start), its output captured.
 * @param cwd - the working directory the command sees (relative paths resolve against it)
 * @returns a function taking the command-line arguments
 */
export function inProcessCli(cwd: string): (...args: string[]) => Promise<CliRun> {
  return async (...args) => {
    let stdout = '';
    let stderr = '';
    const status = await main(args, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, cwd });
    return { status, stdout, stderr };
  };
}
