import type { CliIo } from './CliIo.js';

/** A command of the command line: its arguments after the command name, the streams; the exit status. */
export type CliCommand = (args: readonly string[], io: CliIo) => number | Promise<number>;

/**
 * The commands of `rtsim`, each loading its module when it runs, not at start: a command then pays only for its own
 * dependencies (`rtsim run` never loads the calibration, sensitivity or DICOM code), which shortens every process
 * start. Look commands up with ownValue: `constructor` is not one.
 */
export const cliCommands: Readonly<Record<string, () => Promise<CliCommand>>> = {
  run: async () => (await import('./runCommand.js')).runCommand,
  validate: async () => (await import('./validateCommand.js')).validateCommand,
  schema: async () => (await import('./schemaCommand.js')).schemaCommand,
  merge: async () => (await import('./mergeCommand.js')).mergeCommand,
  sensitivity: async () => (await import('./sensitivityCommand.js')).sensitivityCommand,
  calibrate: async () => (await import('./calibrateCommand.js')).calibrateCommand,
  avatar: async () => (await import('./avatarCommand.js')).avatarCommand,
  slurm: async () => (await import('./slurmCommand.js')).slurmCommand,
  dvh: async () => (await import('./dvhCommand.js')).dvhCommand,
};
