#!/usr/bin/env node
import { commandLabel } from '../cli/commandLabel.js';
import { main } from '../cli/main.js';
import { stopOnSignals } from '../cli/stopOnSignals.js';

// SIGINT, SIGTERM and SIGHUP abort the run (workers stopped, nothing written, exit 130, 143 or 129); a second one
// exits at once. A closed stdout or stderr (`rtsim schema | head`) ends the command quietly with 141; one that cannot
// be written otherwise (`rtsim schema > /dev/full`) fails it with 1, said on stderr.
const stop = stopOnSignals(process, commandLabel(process.argv.slice(2)));
const status = await main(process.argv.slice(2), { signal: stop.signal });
stop.release();
process.exitCode = stop.exitStatus(status);
