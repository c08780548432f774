/** `npx tsx bench/browser-only.ts [runs]`: only the browser figures of the benchmark (quicker to iterate). */
import { browserFigures } from './browser.ts';

for (const f of await browserFigures(Number(process.argv[2] ?? 3))) console.log(JSON.stringify(f));
