import { exposeCohortWorker } from './exposeCohortWorker.js';

// Browser entry (a module Web Worker; the viewer loads it through Vite): expose the API on the worker's global.
exposeCohortWorker();
