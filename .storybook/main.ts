import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

/** Storybook for the five elements: docs pages (MDX and autodocs from the manifest) and accessibility checks. */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: [
    // MDX 3 knows no tables without GitHub-flavoured Markdown
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // a library's documentation, not a new Storybook project: no "get started" checklist in the sidebar or the menu
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
};
export default config;
