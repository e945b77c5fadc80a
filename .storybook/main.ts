import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    // The root vite.config.ts is the demo portal's (root: demo); Storybook gets its own small config.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // mockServiceWorker.js must be served from "/" so the MSW worker's scope covers the preview iframe
  staticDirs: ['../mocks/public'],
  core: { disableTelemetry: true },
};

export default config;
