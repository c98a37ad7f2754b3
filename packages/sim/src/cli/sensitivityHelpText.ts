/** Help text of `rtsim sensitivity` (printed by `rtsim sensitivity --help`). */
export const sensitivityHelpText: string = `Usage: rtsim sensitivity FILE [options]

Ranks the uncertain parameters of a scenario (its uncertainty section) by their effect on one output:
a one-at-a-time tornado (each parameter alone at its 2.5 % and 97.5 % quantiles) and first-order and
total Sobol indices (Saltelli design, 95 % bootstrap intervals). Every evaluation runs the virtual trial
on the same patients (the scenario's seed). Prints two tables; writes sensitivity.json and
report-sensitivity.html (tornado chart, Sobol bars) into the output directory.

Options:
  --output arm:ID     the measure of arm ID
  --output diff:A,B   the difference arm A − arm B (default: the first two arms; one arm: that arm)
  --measure M         control-rate (default: share of patients controlled), mean-tcp (its expectation,
                      without the binomial noise of the control draws), or at a followUp.at time T
                      (years): local-control@T; with metastasis
                      distant-metastasis-free-survival@T, metastasis@T (its cumulative incidence)
                      and disease-specific-survival@T, with progression
                      progression-free-survival@T; with either overall-survival@T
  --samples N         Saltelli rows N, at least 5 (default 256): N × (parameters + 2) evaluations,
                      plus 2 per parameter + 1 for the tornado
  --patients N        virtual patients per evaluation (default 4096, one block)
  --resamples N       bootstrap resamples of the Sobol intervals (default 1000; below 41 the intervals
                      are not shown)
  --workers N         worker threads (default: the CPUs available), at most 4 per CPU; 0 runs in the
                      main thread
  --out DIR           output directory (default: <file-stem>-results/ next to the file)
  --json              print sensitivity.json to stdout instead of the tables
  --shard K/N         compute only shard K of N of the evaluations' blocks and write
                      sensitivity-partial-K-of-N.json; rtsim merge of the N parts writes the two files
                      above, byte for byte (docs/sharding.md; rtsim slurm --sensitivity on a cluster)
  --split S           strided (default) or contiguous, as rtsim run --split (the part is then
                      sensitivity-partial-K-of-N-contiguous.json)
  -h, --help          show this help

The result depends only on the scenario, its seed and these options: not on --workers or --shard.
A scenario with uncertainty.correlations is refused (status 2): the indices assume independent parameters.
See docs/uncertainty.md.
`;
