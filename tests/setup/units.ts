/**
 * vitest setup of every test file: the unit parser (sim/unitParser.ts, mathjs), which the app
 * loads on demand, is loaded before the tests, so that they read "154 lb" as the command line does.
 */
import { loadUnitParser } from '../../sim/index.ts';

await loadUnitParser();
