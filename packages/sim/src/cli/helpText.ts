import { avatarHelpText } from './avatarHelpText.js';
import { dvhHelpText } from './dvhHelpText.js';
import { calibrateHelpText } from './calibrateHelpText.js';
import { sensitivityHelpText } from './sensitivityHelpText.js';
import { slurmHelpText } from './slurmHelpText.js';
import { ownValue } from '../scenario/ownValue.js';

const general = `rtsim: virtual radiotherapy trials from a scenario file

Usage:
  rtsim run FILE [options]        simulate the trial, print a table, write results.json, arms.csv, report.html, endpoints.csv
  rtsim validate FILE             check a scenario file and list every problem
  rtsim schema                    print the JSON Schema of scenario files
  rtsim merge PART... [options]   combine shard results (partial-K-of-N.json) into the files of a full run
  rtsim sensitivity FILE [opts]   tornado and Sobol indices of the scenario's uncertain parameters
  rtsim calibrate DATA [opts]     fit library parameters to published series (docs/calibration.md)
  rtsim avatar DATA.csv [opts]    fit one patient's organoid data (--schedules), rank schedules by TCP
  rtsim slurm FILE --shards N     run a trial as a Slurm job array of shards and a dependent merge
  rtsim dvh FILE [--json]         DVH metrics per structure of a planning-system export (Eclipse, CSV, DICOM)
  rtsim --version                 print the version
  rtsim COMMAND --help            help on a command

Exit status: 0 ok, 1 run failed, 2 invalid input, 130 interrupted (Ctrl-C), 143 SIGTERM, 129 SIGHUP,
141 stdout or stderr closed (rtsim schema | head).
Documentation: docs/cli.md, docs/sharding.md.
`;

const run = `Usage: rtsim run FILE [options]

Simulates the virtual trial of a scenario file (YAML or JSON) and prints a comparison table.
Writes results.json, arms.csv, report.html and endpoints.csv into the output directory, all four only once the run is
complete (nothing is written on failure or Ctrl-C).

Options:
  --patients N    virtual patients (overrides the file), a whole number from 1 to 1000000000
  --seed S        random seed (overrides the file), a whole number from 0 to 2^53 - 1
  --workers N     worker threads (default: the CPUs available), at most 4 per CPU; 0 runs in
                  the main thread
  --out DIR       output directory (default: <file-stem>-results/ next to the file)
  --json          print results.json to stdout instead of the table
  --by LIST       strata of the local-control model to print: a comma list of grade, margin,
                  size, site (default grade,margin; results.json and arms.csv hold all four)
  --shard K/N     compute only shard K of N (K from 1) and write partial-K-of-N.json for
                  rtsim merge (see docs/sharding.md)
  --split S       how --shard divides the blocks: strided (default: blocks K-1, K-1+N, ...) or
                  contiguous (one range of consecutive blocks; sizes differ by at most one;
                  writes partial-K-of-N-contiguous.json)
  --mode M        trial (default) or expected: instead of a trial, each arm's expected TCP over the
                  virtual population by randomised quasi-Monte Carlo, with its standard error; writes
                  expected.json (docs/expected-mode.md)
  --points N      expected mode: Sobol' points per scrambling, a power of 2 from 16 to 16777216
                  (default 4096)
  --scramblings R expected mode: independent scramblings, from 2 to 256 (default 16)
  -h, --help      show this help

The result depends only on the scenario, its seed and the patient count: not on --workers, --shard
or --split.
A scenario with an uncertainty section runs the nominal parameter set and K drawn sets, each on the
same patients, and adds their spread to the table and files (docs/uncertainty.md).
`;

const validate = `Usage: rtsim validate FILE

Checks a scenario file without running it. Prints every problem, one per line, as
  path: message (line:column)
and exits with status 2 if there is any; otherwise prints a summary and exits with 0.

Options:
  -h, --help      show this help
`;

const schema = `Usage: rtsim schema

Prints the JSON Schema (draft-07) of scenario files, for editors:
  rtsim schema > scenario.schema.json

Options:
  -h, --help      show this help
`;

const merge = `Usage: rtsim merge PART... [options]

Combines the partial results of rtsim run FILE --shard K/N into results.json, arms.csv, report.html and endpoints.csv,
byte for byte the files a single run writes. The parts must come from the same scenario, seed, patient
count and rtsim version, and together cover every block exactly once (strided and contiguous parts, or
parts of different N, may be mixed if they do). Each part's checksum, scenario and totals are checked; a
damaged or edited part is refused with status 2, naming the file (see docs/sharding.md).

Options:
  --out DIR       output directory (default: the directory of the first part)
  --json          print results.json to stdout instead of the table
  -h, --help      show this help
`;

const texts: Readonly<Record<string, string>> = { run, validate, schema, merge, sensitivity: sensitivityHelpText, avatar: avatarHelpText, calibrate: calibrateHelpText, slurm: slurmHelpText, dvh: dvhHelpText };

/**
 * Help text of the command line, or of one command.
 * @param command - `run`, `validate`, `schema` or `merge`; anything else (or nothing) gives the general help
 * @returns the text, ending with a newline
 */
export function helpText(command?: string): string {
  return (command === undefined ? undefined : ownValue(texts, command)) ?? general; // 'toString' is not a command
}
