// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the adapter's types (see the .d.ts) must reach projects that compile this file from source
/// <reference path="./comlinkNodeAdapter.d.ts" />
import { parentPort } from 'node:worker_threads';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { exposeCohortWorker } from './exposeCohortWorker.js';

// Node entry (worker_threads, started by nodeSpawn): expose the API on the parent port.
if (parentPort === null) throw new Error('cohortWorker.node.js must run in a worker thread');
exposeCohortWorker(nodeEndpoint(parentPort));
