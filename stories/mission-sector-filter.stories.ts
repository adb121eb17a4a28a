import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { Activity, Sector } from '../src/core/feed/index.js';
import { example } from './fixtures.js';

interface FilterArgs {
  sectors: readonly Sector[];
  activities: readonly Activity[];
  selected: string;
  lang: string;
}

const meta: Meta<FilterArgs> = {
  title: 'Elements/mission-sector-filter',
  component: 'mission-sector-filter',
  tags: ['autodocs'],
  args: { sectors: example.sectors, activities: example.activities, selected: '', lang: '' },
  argTypes: {
    lang: { control: 'select', options: ['', 'en', 'fr', 'nl', 'de'] },
    selected: { control: 'text' },
    sectors: { control: false },
    activities: { control: false },
  },
  parameters: {
    controls: { include: ['selected', 'lang'] },
    actions: { handles: ['mission-filter-change'] },
    docs: {
      description: {
        component:
          'Standalone: give it `sectors` and `activities` (or `counts`); it updates `selected` and fires ' +
          '`mission-filter-change` (see the Actions panel). Inside `<mission-agenda>` it follows the agenda’s selection.',
      },
    },
  },
  render: (args) =>
    html`<mission-sector-filter
      .sectors=${args.sectors}
      .activities=${args.activities}
      selected=${args.selected || nothing}
      lang=${args.lang || nothing}
    ></mission-sector-filter>`,
};
export default meta;
type Story = StoryObj<FilterArgs>;

/** The six sectors of the example mission with their activity counts; nothing selected means all. */
export const Default: Story = {};

/** `selected="life-sciences,cleantech-energy"`. */
export const WithSelection: Story = {
  args: { selected: 'life-sciences,cleantech-energy' },
};

/** French labels and number formatting. */
export const French: Story = {
  name: 'Français',
  args: { lang: 'fr', selected: 'hightech-ai' },
};
