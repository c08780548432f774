/**
 * Parts of the app that the first screen does not need (dialogs, the handout, the working, the
 * lecture bar, the embedded view, the plots), loaded on demand so that the first screen's
 * JavaScript stays small: each is fetched when first asked for, and all of them once the browser
 * is idle after the first screen, so that they open at once as if they had been there all along.
 */

/** A module loaded on demand. */
export class Lazy<M> {
  #loaded = $state.raw<M>();
  #loading: Promise<M> | undefined;
  readonly #load: () => Promise<M>;

  constructor(load: () => Promise<M>) {
    this.#load = load;
  }

  /** The module, or undefined until it has loaded (asking for it starts the load). */
  get module(): M | undefined {
    if (this.#loaded === undefined) void this.load();
    return this.#loaded;
  }

  /** Loads the module (once). */
  load(): Promise<M> {
    this.#loading ??= this.#load().then((m) => (this.#loaded = m));
    return this.#loading;
  }
}

/** Loads `parts` when the browser is next idle (soon after the first screen is drawn). */
export function loadWhenIdle(parts: readonly Lazy<unknown>[]): void {
  const load = () => parts.forEach((p) => void p.load());
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 200);
}
