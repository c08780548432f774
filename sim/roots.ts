/**
 * Root finding for the posture solvers: Brent's method (inverse quadratic interpolation and
 * secant steps, safeguarded by bisection), which converges superlinearly on the smooth functions
 * of the model and never leaves its bracket. Brent RP (1973) Algorithms for Minimization without
 * Derivatives, Prentice-Hall, ch. 4; the form of Press WH et al. (2007) Numerical Recipes, 3rd
 * ed., §9.3.
 */

/** Largest number of iterations; Brent's method needs far fewer on the model's functions. */
const MAX_ITERATIONS = 100;

/** The root last found by {@link brentRoot} and f there (reused: the searches allocate nothing). */
const found = { x: 0, fx: 0 };

/**
 * A root of `f` in [a, b], where f(a) and f(b) differ in sign (or one is zero).
 * @param tol absolute tolerance on the root, same unit as a and b
 * @param fa f(a), when the caller already has it
 * @param fb f(b), when the caller already has it
 */
export function brentRoot(
  f: (x: number) => number,
  a: number,
  b: number,
  tol: number,
  fa = f(a),
  fb = f(b),
): number {
  brent(f, a, b, tol, fa, fb);
  return found.x;
}

/** {@link brentRoot}, leaving the root and f there in `found`. */
function brent(
  f: (x: number) => number,
  a: number,
  b: number,
  tol: number,
  fa: number,
  fb: number,
): void {
  found.x = fa === 0 ? a : b;
  found.fx = fa === 0 ? fa : fb;
  if (fa === 0 || fb === 0) return;
  if (fa * fb > 0) throw new RangeError('brentRoot: the interval does not bracket a root');
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    if (fb * fc > 0) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol1 = 2 * Number.EPSILON * Math.abs(b) + 0.5 * tol;
    const xm = 0.5 * (c - b);
    if (Math.abs(xm) <= tol1 || fb === 0) break;
    if (Math.abs(e) >= tol1 && Math.abs(fa) > Math.abs(fb)) {
      // Inverse quadratic interpolation (or the secant when only two points differ).
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * xm * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * xm * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * xm * q - Math.abs(tol1 * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = xm;
        e = d;
      }
    } else {
      d = xm;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol1 ? d : xm > 0 ? tol1 : -tol1;
    fb = f(b);
  }
  found.x = b;
  found.fx = fb;
}

/**
 * The smallest x in [a, b] where f changes from negative to non-negative: `intervals` equal steps
 * find the first bracket, then {@link brentRoot}. The x returned has f(x) ≥ 0 (within `tol` of the
 * root, on its non-negative side). Returns undefined when f stays negative.
 */
export function firstRise(
  f: (x: number) => number,
  a: number,
  b: number,
  intervals: number,
  tol: number,
): number | undefined {
  let lo = a;
  let flo = f(a);
  if (flo >= 0) return a;
  for (let k = 1; k <= intervals; k++) {
    const x = a + ((b - a) * k) / intervals;
    const fx = f(x);
    if (fx >= 0) {
      brent(f, lo, x, tol, flo, fx);
      // Brent's root lies within tol of the true one, on either side: step onto the rising side.
      let root = found.x;
      let fRoot = found.fx;
      for (let step = 0; step < 4 && root < x && fRoot < 0; step++) {
        root = Math.min(x, root + tol);
        fRoot = f(root);
      }
      return fRoot >= 0 ? root : x;
    }
    lo = x;
    flo = fx;
  }
  return undefined;
}
