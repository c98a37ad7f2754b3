#!/usr/bin/env node
import { main } from '../cli/main.js';

// The first Ctrl-C aborts the run (workers stopped, nothing written, exit 130); a second one exits at once.
const controller = new AbortController();
const onInterrupt = (): void => {
  if (controller.signal.aborted) process.exit(130);
  controller.abort();
};
process.on('SIGINT', onInterrupt);
const status = await main(process.argv.slice(2), { signal: controller.signal });
process.off('SIGINT', onInterrupt);
process.exitCode = status;
