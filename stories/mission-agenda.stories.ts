import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { emptyFeed, exampleFeed } from './fixtures.js';

/** Attribute names as a page writes them, plus the `feed` property. */
interface AgendaArgs {
  feed?: unknown;
  src: string;
  'time-zone': string;
  lang: string;
  sectors: string;
  'lock-sectors': boolean;
  'group-by': 'day' | 'mission-day';
  'show-both': 'auto' | 'always' | 'never';
  refresh: number;
}

/** A URL that does not exist next to the story (the static build answers 404). */
const MISSING_FEED = './feeds/this-feed-does-not-exist.json';

const meta: Meta<AgendaArgs> = {
  title: 'Elements/mission-agenda',
  component: 'mission-agenda',
  tags: ['autodocs'],
  args: {
    feed: exampleFeed,
    src: '',
    'time-zone': 'event',
    lang: '',
    sectors: '',
    'lock-sectors': false,
    'group-by': 'day',
    'show-both': 'auto',
    refresh: 0,
  },
  argTypes: {
    'time-zone': { control: 'text' },
    lang: { control: 'select', options: ['', 'en', 'fr', 'nl', 'de'] },
    'group-by': { control: 'inline-radio', options: ['day', 'mission-day'] },
    'show-both': { control: 'inline-radio', options: ['auto', 'always', 'never'] },
    feed: { control: false },
  },
  parameters: {
    controls: { include: ['src', 'time-zone', 'lang', 'sectors', 'lock-sectors', 'group-by', 'show-both', 'refresh'] },
    docs: {
      description: {
        component:
          'The whole agenda. Give it a feed with `src` (fetched), the `feed` property, or a child `<script type="application/json">`. ' +
          'It shows a loading state until the feed is read, a human-readable error panel (`part="error"`) when it cannot be used, ' +
          'and otherwise the header with the time-zone switch, the sector filter, the timeline and the contacts.',
      },
    },
  },
  render: (args) =>
    html`<mission-agenda
      .feed=${args.feed}
      src=${args.src || nothing}
      time-zone=${args['time-zone'] || nothing}
      lang=${args.lang || nothing}
      sectors=${args.sectors || nothing}
      ?lock-sectors=${args['lock-sectors']}
      group-by=${args['group-by']}
      show-both=${args['show-both']}
      refresh=${args.refresh || nothing}
    ></mission-agenda>`,
};
export default meta;
type Story = StoryObj<AgendaArgs>;

/** The example feed: the Belgian Economic Mission to the US West Coast, 5–10 October 2025, in event time. */
export const Loaded: Story = {};

/**
 * The loading state. An agenda without any source yet renders exactly the template it shows while a request is in
 * flight (`part="loading"`, `role="status"`), so this story needs no slow server and no patched `fetch`: a page that
 * sets `src` or `feed` later sees this state until the feed is read.
 */
export const Loading: Story = {
  args: { feed: null, src: '' },
  tags: ['state-loading'],
};

/** A feed the reader cannot use as a whole (`version: 2`): the error panel says why and lists the problem path. */
export const ErrorInvalidFeed: Story = {
  name: 'Error: invalid feed',
  args: { feed: { version: 2 } },
  tags: ['state-error'],
};

/**
 * A `src` that answers 404. The panel gives the HTTP status and a "Try again" button; the browser itself logs the
 * failed request in the console, which is expected here.
 */
export const ErrorNotFound: Story = {
  name: 'Error: feed URL not found (404)',
  args: { feed: null, src: MISSING_FEED },
  tags: ['state-error'],
};

/** A valid mission with no activities yet. */
export const Empty: Story = {
  args: { feed: emptyFeed },
};

/** Sectors preselected with `sectors="life-sciences,hightech-ai"`; the visitor can still change or reset them. */
export const Filtered: Story = {
  args: { sectors: 'life-sciences,hightech-ai' },
};

/** A chamber's own track: `sectors="life-sciences" lock-sectors` shows only that sector and hides the filter. */
export const LockedTrack: Story = {
  name: 'Locked track (lock-sectors)',
  args: { sectors: 'life-sciences', 'lock-sectors': true },
};

/** `time-zone="event"` (the default): the mission's own time, Los Angeles. */
export const EventTime: Story = {
  args: { 'time-zone': 'event', 'show-both': 'always' },
};

/**
 * `time-zone="local"`: the visitor's browser zone. Days are dates in that zone, so an evening in Los Angeles lands
 * on the next day when viewed from Brussels.
 */
export const LocalTime: Story = {
  args: { 'time-zone': 'local' },
};

/** Any IANA zone: here `Europe/Brussels`, with each card also showing the event time. */
export const BrusselsTime: Story = {
  name: 'IANA zone (Europe/Brussels)',
  args: { 'time-zone': 'Europe/Brussels', 'show-both': 'always' },
};

/** `group-by="mission-day"`: the mission's own days; cards whose date differs in the display zone carry a badge. */
export const GroupByMissionDay: Story = {
  name: 'Grouped by mission day, Brussels time',
  args: { 'group-by': 'mission-day', 'time-zone': 'Europe/Brussels' },
};

export const English: Story = { args: { lang: 'en' } };
export const French: Story = { name: 'Français', args: { lang: 'fr' } };
export const Dutch: Story = { name: 'Nederlands', args: { lang: 'nl' } };
export const German: Story = { name: 'Deutsch', args: { lang: 'de' } };

/** A phone, 360 px wide: the switch, filter and parallel sessions stack. */
export const Phone: Story = {
  name: 'Phone width (360 px)',
  render: (args, context) =>
    html`<div style="width: 360px; max-width: 100%; border: 1px dashed #8a94a3">${meta.render!(args, context)}</div>`,
  globals: { viewport: { value: 'phone', isRotated: false } },
};
