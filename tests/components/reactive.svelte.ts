/** Reactive props for mounted components in tests (a `$state` object, as a parent would pass). */
export function reactive<T extends object>(value: T): T {
  const props = $state(value);
  return props;
}
