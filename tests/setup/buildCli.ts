/**
 * vitest global setup: bundles the command line once (esbuild) so that the many CLI tests start a
 * plain Node process in tens of milliseconds instead of compiling TypeScript each time. If the
 * bundle cannot be built, any stale bundle is removed and the CLI tests run it through tsx (slower),
 * where the same error shows up as failing tests.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export default async function setup(): Promise<void> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const outfile = `${root}node_modules/.cache/trendelenburg/sim-cli.mjs`;
  try {
    await build({
      entryPoints: [`${root}cli/main.ts`],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      // Native addons, and the PDF and video libraries that only plot --out x.pdf and video load:
      // from node_modules at run time, not bundled, so that every other command starts quickly.
      external: ['@resvg/resvg-js', 'sharp', 'jspdf', 'mediabunny'],
    });
  } catch (e) {
    rmSync(outfile, { force: true });
    console.warn(
      `could not bundle the CLI (tests will run it through tsx): ${(e as Error).message.split('\n')[0]}`,
    );
  }
}
