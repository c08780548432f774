/**
 * vitest global setup: makes sure the command line's bundle (bin/bundle.mjs, the same one
 * `npm run sim` and `npx trendelenburg` run) is built and fresh, so that the many CLI tests start a
 * plain Node process in tens of milliseconds instead of compiling TypeScript each time. If the
 * bundle cannot be built, any stale bundle is removed and the CLI tests run it through tsx
 * (slower), where the same error shows up as failing tests.
 */
import { rmSync } from 'node:fs';
import { bundlePath, ensureBundle } from '../../bin/bundle.mjs';

export default async function setup(): Promise<void> {
  try {
    await ensureBundle();
  } catch (e) {
    rmSync(bundlePath, { force: true });
    console.warn(
      `could not bundle the CLI (tests will run it through tsx): ${(e as Error).message.split('\n')[0]}`,
    );
  }
}
