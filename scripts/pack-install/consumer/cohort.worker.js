// The module Web Worker runTrial's spawn starts in the page: it only exposes sim's cohort worker API.
import { exposeCohortWorker } from '@rtsim/sim';

exposeCohortWorker();
