import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  // Component tests mount Svelte in jsdom: resolve Svelte's browser build under vitest.
  ...(process.env.VITEST ? { resolve: { conditions: ['browser'] } } : {}),
  base: './',
  build: {
    outDir: 'dist',
    target: 'es2022',
  },
  server: { host: '127.0.0.1', port: 5173 },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/buildCli.ts'],
    environment: 'node',
    reporters: ['default'],
  },
});
