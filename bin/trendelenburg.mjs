#!/usr/bin/env node
/**
 * The command line, `trendelenburg` (`npx trendelenburg stance`, or `npm run -s sim -- stance`):
 * runs the bundle of cli/main.ts (bin/bundle.mjs), building it first when it is missing or older
 * than its sources.
 */
import { pathToFileURL } from 'node:url';
import { bundlePath, ensureBundle } from './bundle.mjs';

await ensureBundle();
await import(pathToFileURL(bundlePath).href);
