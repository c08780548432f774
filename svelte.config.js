import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  // No global Svelte version marker in the page (bytes the first screen does not need).
  compilerOptions: { discloseVersion: false },
};
