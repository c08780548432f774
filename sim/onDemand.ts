/**
 * The model's parts that the app loads on demand, a second door beside sim/index.ts: the
 * validation table and the population. The app's first screen imports sim/index.ts; a part
 * exported from there would ride in the first screen's JavaScript even when only a lazily loaded
 * panel uses it, so these are exported here only (their types stay in sim/index.ts: types cost
 * nothing at run time).
 */
export { validationTable } from './validation.ts';
export { population, signCurve } from './population/population.ts';
