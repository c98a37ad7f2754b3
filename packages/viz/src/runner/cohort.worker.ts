import { exposeCohortWorker } from '@rtsim/sim';

// A module Web Worker that only exposes the sim's cohort worker API on its global scope, as the Node worker file
// (sim's pool/cohortWorker.node.ts) does on its parent port; all logic lives, and is tested, in sim.
exposeCohortWorker();
