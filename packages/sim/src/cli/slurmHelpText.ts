/** Help text of `rtsim slurm` (printed by `rtsim slurm --help`). */
export const slurmHelpText: string = `Usage: rtsim slurm FILE --shards N [options]

Writes the Slurm batch scripts that run one trial as a job array of N shards (task K runs
rtsim run FILE --shard K/N with --workers = its CPUs) and a merge that runs once every task has
succeeded (--dependency=afterok), and prints the sbatch commands; --submit submits them. Below DIR
(--out): shards/partial-K-of-N.json (partial-K-of-N-contiguous.json with --split contiguous),
slurm/shards.sbatch, slurm/merge.sbatch, slurm/logs/ (one log per task and merge), and the merged
results.json, arms.csv, report.html and endpoints.csv, byte for byte those of a single rtsim run. Scenarios with an uncertainty section shard the same way. With --sensitivity the
tasks run rtsim sensitivity FILE --shard K/N instead (slurm/sensitivity-shards.sbatch,
slurm/sensitivity-merge.sbatch, shards/sensitivity-partial-K-of-N.json), merged into the
sensitivity.json and report-sensitivity.html of a single rtsim sensitivity.

Options:
  --shards N          array tasks = shards, from 1 to 1000000 (Slurm's MaxArraySize is often 1001)
  --split S           strided (default) or contiguous, as rtsim run --split
  --patients N        virtual patients (overrides the file)
  --seed S            random seed (overrides the file; not with --sensitivity)
  --sensitivity       a sensitivity analysis: rtsim sensitivity in each task (--patients: per evaluation)
  --output O, --measure M, --samples N, --resamples N
                      passed to every task's rtsim sensitivity (with --sensitivity only)
  --cpus-per-task C   CPUs (and worker threads) of each task (default 1)
  --time T            time limit of each task and of the merge (sbatch --time: 02:00:00, 1-00:00:00)
  --mem M             memory of each task and of the merge (sbatch --mem: 2G)
  --partition P       Slurm partition
  --account A         Slurm account
  --job-name NAME     job name (default: rtsim-<file-stem>); the merge is NAME-merge
  --out DIR           output directory (default: <file-stem>-results/ next to the file)
  --rtsim CMD         the command that runs rtsim on the compute nodes (default: rtsim), e.g.
                      --rtsim 'node /opt/rtsim/packages/sim/dist/bundle/rtsim.js'
  --only LIST         submit only these shards (2,5,7-9) and the merge
  --missing           submit only the shards whose partial file is absent, and the merge
  --submit            submit with sbatch instead of printing the commands
  -h, --help          show this help

A failed or cancelled task leaves no partial file; after the array has ended, the same command with
--missing --submit reruns just those shards and the merge. See docs/sharding.md.
`;
