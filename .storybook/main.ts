import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for cs-metrics, configured by hand (no `storybook init`: it tries to
 * download a browser). Controls and docs come from the committed
 * `custom-elements.json` (see preview.ts); stories live in `stories/`.
 */
const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    options: {
      builder: {
        // The project's vite.config.ts builds the library; Storybook gets its own
        // small config instead of inheriting library mode.
        viteConfigPath: '.storybook/vite.config.ts',
      },
    },
  },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // Small committed fixtures served as real files, so `src` stories fetch over HTTP
  // in `storybook dev` and in the static build alike (relative URL `fixtures/...`).
  staticDirs: [{ from: '../stories/fixtures', to: '/fixtures' }],
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    // Storybook's manager and docs chunks are big by nature; the kit's own size is
    // measured by `npm run size`, not here.
    build: { ...viteConfig.build, chunkSizeWarningLimit: 2000 },
  }),
};

export default config;
