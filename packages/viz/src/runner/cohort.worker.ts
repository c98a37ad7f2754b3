import { expose } from 'comlink';
import { createCohortWorkerApi } from '@rtsim/sim';

// A module Web Worker that only exposes the sim's cohort worker API (all logic lives, and is tested, in sim).
expose(createCohortWorkerApi());
