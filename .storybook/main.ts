import type { StorybookConfig } from '@storybook/web-components-vite';

/** Storybook for the five elements: docs pages (MDX and autodocs from the manifest) and accessibility checks. */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
