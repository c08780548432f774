/** A key-value store in memory, standing in for the browser's storage in tests. */
import type { KeyValueStore } from '../../src/lib/storage.ts';

/** A store holding `initial`; `data` shows what it holds now. */
export function memoryStore(
  initial: Record<string, string> = {},
): KeyValueStore & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => {
      data[k] = v;
    },
    removeItem: (k) => {
      delete data[k];
    },
  };
}
