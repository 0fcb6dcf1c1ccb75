import { defineConfig } from 'vite';

// Storybook's own Vite config. It exists so that Storybook does not inherit the
// project's vite.config.ts (library mode for the package build). Storybook drops
// `build` from here; build tweaks go in main.ts `viteFinal`.
export default defineConfig({});
