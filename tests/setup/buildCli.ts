/**
 * vitest global setup: bundles the command line once (esbuild) so that the many CLI tests start a
 * plain Node process in tens of milliseconds instead of compiling TypeScript each time.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export default async function setup(): Promise<void> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  await build({
    entryPoints: [`${root}cli/main.ts`],
    outfile: `${root}node_modules/.cache/trendelenburg/sim-cli.mjs`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
}
