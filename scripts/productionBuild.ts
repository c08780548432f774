/**
 * Builds the app as `npm run build` does, whatever NODE_ENV the caller runs under: vitest sets it
 * to "test", which Vite keeps, and the build would then be Svelte's development build (with its
 * runtime checks, slower) instead of what ships. Used by the browser tests, the first-screen test
 * and the benchmark.
 */
import { build, type InlineConfig } from 'vite';

export async function productionBuild(config: InlineConfig = {}): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'silent', ...config });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
