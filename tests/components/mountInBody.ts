/** Svelte components mounted in jsdom's document body for component tests. */
import { mount, unmount, type Component } from 'svelte';
import { afterEach, beforeAll } from 'vitest';

/**
 * Call once at the top of a test file: after each test the component mounted last is unmounted and
 * the body emptied. Returns the function that mounts a component with its props into the body.
 */
export function useMount() {
  let component: ReturnType<typeof mount> | undefined;
  afterEach(() => {
    if (component) unmount(component);
    component = undefined;
    document.body.innerHTML = '';
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Svelte's own bound for props
  return <Props extends Record<string, any>>(c: Component<Props>, props: Props) =>
    (component = mount(c, { target: document.body, props }));
}

/** jsdom has `<dialog>` but not its modal API: before the file's tests, `showModal` only opens it. */
export function stubShowModal(): void {
  beforeAll(() => {
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
  });
}
