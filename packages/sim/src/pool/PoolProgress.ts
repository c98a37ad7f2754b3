/** Progress of a pool run, reported after each batch of blocks. */
export interface PoolProgress {
  /** Blocks added to the accumulator so far, and blocks requested. */
  readonly blocksDone: number;
  readonly blocksTotal: number;
  /** Virtual patients in the blocks done, and in all blocks requested. */
  readonly patientsDone: number;
  readonly patientsTotal: number;
}
