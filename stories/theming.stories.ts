import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { exampleFeed } from './fixtures.js';

/** A few of the public `--mission-*` tokens, set on a wrapper: the elements inherit them through their shadow roots. */
interface ThemeArgs {
  '--mission-font-family': string;
  '--mission-color-text': string;
  '--mission-color-muted': string;
  '--mission-color-surface': string;
  '--mission-color-surface-raised': string;
  '--mission-color-border': string;
  '--mission-color-accent': string;
  '--mission-color-on-accent': string;
  '--mission-radius': string;
  '--mission-space': string;
  '--mission-card-shadow': string;
}

/** A small programme (one sector preselected) keeps the live preview quick while every part of the agenda shows. */
const agenda = () => html`<mission-agenda .feed=${exampleFeed} sectors="media-design" lang="en"></mission-agenda>`;

const meta: Meta<ThemeArgs> = {
  title: 'Theming',
  args: {
    '--mission-font-family': 'Georgia, "Times New Roman", serif',
    '--mission-color-text': '#1d1a16',
    '--mission-color-muted': '#5b5348',
    '--mission-color-surface': '#fffdf8',
    '--mission-color-surface-raised': '#f5efe3',
    '--mission-color-border': '#d9cdb8',
    '--mission-color-accent': '#8a2b0f',
    '--mission-color-on-accent': '#ffffff',
    '--mission-radius': '0',
    '--mission-space': '1.25rem',
    '--mission-card-shadow': 'none',
  },
  argTypes: {
    '--mission-color-text': { control: 'color' },
    '--mission-color-muted': { control: 'color' },
    '--mission-color-surface': { control: 'color' },
    '--mission-color-surface-raised': { control: 'color' },
    '--mission-color-border': { control: 'color' },
    '--mission-color-accent': { control: 'color' },
    '--mission-color-on-accent': { control: 'color' },
  },
  render: (args) =>
    html`<div style=${styleMap({ ...args, padding: '1rem', background: args['--mission-color-surface'] })}>
      ${agenda()}
    </div>`,
};
export default meta;
type Story = StoryObj<ThemeArgs>;

/** Change the controls: the wrapper's `style` sets the tokens, the agenda and everything inside it follow. */
export const Tokens: Story = { name: 'Tokens (live)' };

/**
 * A dark theme with nothing but custom properties and `::part()`: no access to the shadow DOM, no `!important`.
 * (A page that declares `color-scheme: light dark` also gets the built-in dark palette when the visitor prefers it.)
 */
export const Dark: Story = {
  name: 'Dark theme (custom properties + ::part)',
  parameters: { controls: { disable: true } },
  render: () =>
    html`<style>
        .dark-theme {
          --mission-color-text: #e6e9ef;
          --mission-color-muted: #a9b4c4;
          --mission-color-surface: #161b22;
          --mission-color-surface-raised: #1f2630;
          --mission-color-border: #3a4452;
          --mission-color-accent: #79b8ff;
          --mission-color-on-accent: #0b1220;
          --mission-color-danger: #ff938a;
          --mission-color-warning: #f2c46d;
          --mission-color-now: #ffa36c;
          --mission-card-shadow: 0 1px 3px rgb(0 0 0 / 0.5);
          --mission-timeline-heading-background: #0d1117;
          background: #0d1117;
          color: #e6e9ef;
          padding: 1rem;
        }
        .dark-theme mission-agenda::part(header) {
          border-inline-start: 4px solid #79b8ff;
        }
        .dark-theme mission-agenda::part(mission-title) {
          letter-spacing: 0.01em;
          text-transform: uppercase;
        }
        .dark-theme mission-agenda::part(day-heading) {
          color: #79b8ff;
        }
        .dark-theme mission-agenda::part(card) {
          border-color: #2d3643;
        }
      </style>
      <div class="dark-theme">${agenda()}</div>`,
};
