/** Unique ids for things kept in lists (recent scenarios, sequence steps, messages). */

/** The form of an id read from a file or storage: letters, digits, "-" and "_", 1-40 of them. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

/** A new random id: 16 hex digits (64 bits), from the browser's or Node's random source. */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
