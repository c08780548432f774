/** Types of bin/bundle.mjs (plain JavaScript: it runs before anything is compiled). */
/** The project's root directory (with a trailing slash). */
export declare const root: string;
/** Where the bundle is written. */
export declare const bundlePath: string;
/** Builds the bundle. */
export declare function buildBundle(): Promise<void>;
/** Whether the bundle is missing or older than any file it was built from. */
export declare function bundleIsStale(): boolean;
/** Builds the bundle if it is missing or stale. */
export declare function ensureBundle(): Promise<void>;
