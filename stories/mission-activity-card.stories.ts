import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { Activity } from '../src/core/feed/index.js';
import { activityOf, exampleActivity, richActivity } from './fixtures.js';

interface CardArgs {
  activity: Activity;
  'time-zone': string;
  lang: string;
  'show-both': 'auto' | 'always' | 'never';
  'day-shift': number;
  variant: 'full' | 'compact';
  'heading-level': number;
}

/** The card's shadow root in a story's canvas. */
function cardRoot(canvas: HTMLElement): ShadowRoot {
  const root = canvas.querySelector('mission-activity-card')?.shadowRoot;
  if (!root) throw new Error('No <mission-activity-card> rendered');
  return root;
}

/** Opens the card's details, as a visitor would. */
async function openDetails(canvas: HTMLElement): Promise<ShadowRoot> {
  const root = cardRoot(canvas);
  root.querySelector<HTMLButtonElement>('[part~="details-toggle"]')!.click();
  await waitFor(() => expect(root.querySelector('[part~="details"] [part~="actions"]')).not.toBeNull());
  return root;
}

const meta: Meta<CardArgs> = {
  title: 'Elements/mission-activity-card',
  component: 'mission-activity-card',
  tags: ['autodocs'],
  args: {
    activity: richActivity,
    'time-zone': 'event',
    lang: '',
    'show-both': 'auto',
    'day-shift': 0,
    variant: 'full',
    'heading-level': 3,
  },
  argTypes: {
    'time-zone': { control: 'text' },
    lang: { control: 'select', options: ['', 'en', 'fr', 'nl', 'de'] },
    'show-both': { control: 'inline-radio', options: ['auto', 'always', 'never'] },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    activity: { control: false },
  },
  parameters: {
    controls: { include: ['time-zone', 'lang', 'show-both', 'day-shift', 'variant', 'heading-level'] },
  },
  render: (args) =>
    html`<div style="max-width: 40rem">
      <mission-activity-card
        .activity=${args.activity}
        time-zone=${args['time-zone'] || nothing}
        lang=${args.lang || nothing}
        show-both=${args['show-both']}
        day-shift=${args['day-shift']}
        variant=${args.variant}
        heading-level=${args['heading-level']}
      ></mission-activity-card>
    </div>`,
};
export default meta;
type Story = StoryObj<CardArgs>;

/** An activity of the example feed with venue, sectors and contacts; "Details" opens the description and calendar links. */
export const Default: Story = {};

/** Details opened (disclosure below the card). */
export const DetailsOpen: Story = {
  play: async ({ canvasElement }) => {
    await openDetails(canvasElement);
  },
};

const cancelled = exampleActivity('a-001');
/** A cancelled activity: struck-through title and a "Cancelled" badge (status is also in the text, not colour only). */
export const Cancelled: Story = {
  args: { activity: { ...cancelled, status: 'cancelled' } },
};

/** A tentative activity: "Tentative" badge. */
export const Tentative: Story = {
  args: { activity: { ...cancelled, status: 'tentative' } },
};

/** Very long words (Dutch and German compounds, a URL-like token) wrap inside the card instead of overflowing it. */
export const LongTitle: Story = {
  args: {
    activity: activityOf({
      id: 'long',
      title:
        'Rondetafelgesprek geneesmiddelenontwikkelingssamenwerkingsverbanden en Donaudampfschifffahrtsgesellschaftskapitänsmützenherstellung: ' +
        'www.an-extremely-long-hostname-without-any-break-opportunity-at-all.example.org/programme/2025/west-coast',
      type: 'seminar',
      start: '2025-10-08T14:00',
      end: '2025-10-08T15:30',
      sectors: ['life-sciences', 'hightech-ai'],
    }),
  },
  render: (args, context) => html`<div style="max-width: 320px">${meta.render!(args, context)}</div>`,
};

/** `variant="compact"`: the details open in a popover next to the button (positioned with Floating UI). */
export const CompactPopover: Story = {
  name: 'Compact variant, popover open',
  args: { variant: 'compact' },
  play: async ({ canvasElement }) => {
    const root = await openDetails(canvasElement);
    await waitFor(() => expect(root.querySelector('[part~="details"]')!.matches(':popover-open')).toBe(true));
  },
};

/**
 * The other-time line with a day badge. The activity is at 08:00 on 7 October in Auckland and the card shows it in
 * the visitor's zone (`time-zone="local"`); the second line gives the event time, "+1 day" for any visitor in
 * Europe, Africa or the Americas (where it is still 6 October).
 */
export const OtherTimeNextDay: Story = {
  name: 'Other-time line (+1 day)',
  args: {
    'time-zone': 'local',
    'show-both': 'always',
    activity: activityOf(
      {
        id: 'akl',
        title: 'Video call with the trade office in Auckland',
        type: 'b2b',
        start: '2025-10-07T08:00',
        end: '2025-10-07T09:00',
      },
      'Pacific/Auckland',
    ),
  },
};

const HOSTILE_TITLE = `<img src=x onerror="document.title='pwned'"> & <b>bold</b>`;
const HOSTILE_DESCRIPTION = `<script>document.title='pwned'</script> {{constructor.constructor('x')()}}`;
/**
 * Feed text that looks like markup is shown literally, never interpreted; the `javascript:` link is dropped by the
 * validator. The story's play function checks both.
 */
export const HostileText: Story = {
  name: 'Hostile text shown literally',
  args: {
    activity: activityOf({
      id: 'hostile',
      title: HOSTILE_TITLE,
      description: HOSTILE_DESCRIPTION,
      url: 'javascript:alert(1)',
      type: 'other',
      start: '2025-10-06T09:00',
      end: '2025-10-06T10:00',
    }),
  },
  play: async ({ canvasElement }) => {
    const root = await openDetails(canvasElement);
    await expect(root.querySelector('[part~="title"]')!.textContent!.trim()).toBe(HOSTILE_TITLE);
    await expect(root.querySelector('[part~="description"]')!.textContent!.trim()).toBe(HOSTILE_DESCRIPTION);
    await expect(root.querySelector('img, script, b')).toBeNull();
    await expect(root.querySelector('[part~="link"]')).toBeNull();
    await expect(document.title).not.toBe('pwned');
  },
};
