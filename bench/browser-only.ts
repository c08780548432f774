/** `npx tsx bench/browser-only.ts`: only the browser figures of the benchmark (quicker to iterate). */
import { browserFigures } from './browser.ts';

for (const f of await browserFigures()) console.log(JSON.stringify(f));
