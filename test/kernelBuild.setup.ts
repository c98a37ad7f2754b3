import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Vitest global setup: builds the WebAssembly block kernel's embedded module when it is missing or older than its
 * sources (packages/sim/scripts/build-kernel.mjs --if-stale), so that tests run on the sources never use a stale
 * kernel (which would make the engine's results depend on an old build) and work in a fresh clone before `pnpm build`.
 */
export default function setup(): void {
  execFileSync(process.execPath, [fileURLToPath(new URL('../packages/sim/scripts/build-kernel.mjs', import.meta.url)), '--if-stale'], { stdio: 'inherit' });
}
