#!/usr/bin/env node
// Writes docs/parameters.md from the sarcoma parameter library (one source of truth: packages/core/src/library).
// Run after `pnpm build` (it reads the compiled packages/core/dist): node scripts/generate-docs.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parametersMarkdown } from '../packages/core/dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'docs', 'parameters.md');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, parametersMarkdown());
process.stdout.write(`wrote ${target}\n`);
