// The Node entry of @rtsim/sim (docs/architecture.md): what a Node user needs beside the browser-safe index — the
// command line in-process (`main`, its streams and exit statuses), worker threads for runTrial (`nodeSpawn`), the
// version results record, and the files the command line writes and reads back (output sets written atomically,
// sealed partials, shard files parsed and checked). The commands themselves, their tables and help texts are
// internal. test/sim/publicNodeApi.test.ts pins this list, so that it grows only on purpose.

// The command line in-process.
export { main } from './cli/main.js';
export { exitCodes } from './cli/exitCodes.js';
export type { CliIo, CliStream } from './cli/CliIo.js';
export { rtsimVersion } from './cli/rtsimVersion.js';

// Worker threads: runTrial's `spawn` in Node.
export { nodeSpawn } from './pool/nodeSpawn.js';

// Files as the command line writes and reads them.
export { writeFilesAtomically } from './cli/writeFilesAtomically.js';
export type { OutputFile } from './cli/writeFilesAtomically.js';
export { partialFile } from './cli/partialFile.js';
export { parseShardFile } from './cli/parseShardFile.js';
export type { ParsedShard } from './cli/parseShardFile.js';
export { parseUncertaintyShardFile } from './cli/parseUncertaintyShardFile.js';
export type { ShardFile } from './trial/ShardFile.js';
export type { UncertaintyShardFile } from './trial/UncertaintyShardFile.js';
export type { ShardField } from './trial/parseShardField.js';
