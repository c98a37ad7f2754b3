// Writes packages/sim/scenario.schema.json, the JSON Schema of scenario files, from the valibot schema in
// packages/sim/src/scenario (via the built JavaScript in packages/sim/dist: run `pnpm build` first).
//   node scripts/generate-schema.mjs           write the file
//   node scripts/generate-schema.mjs --check   exit 1 if the file is missing or stale
// test/sim/scenarioSchemaFile.test.ts fails when the checked-in file differs from the schema.
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { URL } from 'node:url';
// The module itself rather than the package entry, so that the schema can be written while unrelated parts
// of the package do not build.
import { scenarioJsonSchema } from '../packages/sim/dist/scenario/scenarioJsonSchema.js';

const target = new URL('../packages/sim/scenario.schema.json', import.meta.url);
const text = `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing file: stale
  }
  if (current !== text) {
    process.stderr.write('packages/sim/scenario.schema.json is stale: run `pnpm build && node scripts/generate-schema.mjs`\n');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  process.stdout.write(`wrote ${target.pathname}\n`);
}
