/**
 * `npx tsx bench/browser-only.ts [runs] [only]`: only the browser figures of the benchmark (quicker
 * to iterate); `only`, a regular expression, keeps the figures it matches (`hip`, `slider`, `load`).
 */
import { browserFigures } from './browser.ts';

const only = process.argv[3] ? new RegExp(process.argv[3]) : undefined;
for (const f of await browserFigures(Number(process.argv[2] ?? 3), only))
  console.log(JSON.stringify(f));
