/**
 * Minimisation in one dimension without derivatives: Brent's method (golden-section steps, and
 * parabolic interpolation through the three best points where it can be trusted), which converges
 * superlinearly on smooth functions and never worse than golden section. Brent RP (1973)
 * Algorithms for Minimization without Derivatives, Prentice-Hall, ch. 5 (procedure localmin); the
 * form of Press WH et al. (2007) Numerical Recipes, 3rd ed., §10.3.
 */

/** Largest number of iterations; Brent's method needs far fewer on the model's functions. */
const MAX_ITERATIONS = 100;
const GOLDEN_SECTION = (3 - Math.sqrt(5)) / 2;
/** Relative precision: about the square root of the machine epsilon (Brent 1973). */
const RELATIVE_TOLERANCE = 1.5e-8;

/** A minimum found: where, and the value there. */
export interface Minimum {
  readonly x: number;
  readonly fx: number;
}

/**
 * A local minimum of `f` in [a, b] (the global one when f is unimodal there), to within `tol`
 * plus a relative 1.5e-8 of |x|.
 * @param tol absolute tolerance on x, same unit as a and b
 * @param start a point of [a, b] and f there to start from (a coarser search's result), instead
 *   of the golden section of the interval
 */
export function brentMinimum(
  f: (x: number) => number,
  a: number,
  b: number,
  tol: number,
  start?: Minimum,
): Minimum {
  let lo = Math.min(a, b);
  let hi = Math.max(a, b);
  let x = start ? start.x : lo + GOLDEN_SECTION * (hi - lo);
  let w = x;
  let v = x;
  let fx = start ? start.fx : f(x);
  let fw = fx;
  let fv = fx;
  let d = 0;
  let e = 0;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const xm = 0.5 * (lo + hi);
    const tol1 = RELATIVE_TOLERANCE * Math.abs(x) + tol / 3;
    const tol2 = 2 * tol1;
    if (Math.abs(x - xm) <= tol2 - 0.5 * (hi - lo)) break;
    let golden = true;
    if (Math.abs(e) > tol1) {
      // A parabola through x, w and v.
      const r = (x - w) * (fx - fv);
      let q = (x - v) * (fx - fw);
      let p = (x - v) * q - (x - w) * r;
      q = 2 * (q - r);
      if (q > 0) p = -p;
      else q = -q;
      const eOld = e;
      e = d;
      if (Math.abs(p) < Math.abs(0.5 * q * eOld) && p > q * (lo - x) && p < q * (hi - x)) {
        d = p / q;
        const u = x + d;
        if (u - lo < tol2 || hi - u < tol2) d = xm >= x ? tol1 : -tol1;
        golden = false;
      }
    }
    if (golden) {
      e = x >= xm ? lo - x : hi - x;
      d = GOLDEN_SECTION * e;
    }
    const u = Math.abs(d) >= tol1 ? x + d : x + (d >= 0 ? tol1 : -tol1);
    const fu = f(u);
    if (fu <= fx) {
      if (u >= x) lo = x;
      else hi = x;
      v = w;
      fv = fw;
      w = x;
      fw = fx;
      x = u;
      fx = fu;
    } else {
      if (u < x) lo = u;
      else hi = u;
      if (fu <= fw || w === x) {
        v = w;
        fv = fw;
        w = u;
        fw = fu;
      } else if (fu <= fv || v === x || v === w) {
        v = u;
        fv = fu;
      }
    }
  }
  return { x, fx };
}
