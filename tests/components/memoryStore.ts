/** A key-value store in memory, standing in for the browser's storage in tests. */
export { memoryStore } from '../../src/lib/storage.ts';
