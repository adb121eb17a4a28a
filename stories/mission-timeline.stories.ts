import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { Activity } from '../src/core/feed/index.js';
import { example, missionNow, offsetChangeProgramme, parallelProgramme } from './fixtures.js';

interface TimelineArgs {
  activities: readonly Activity[];
  'time-zone': string;
  'mission-zone': string;
  lang: string;
  'group-by': 'day' | 'mission-day';
  'day-change': string;
  'show-both': 'auto' | 'always' | 'never';
  now?: number;
}

const meta: Meta<TimelineArgs> = {
  title: 'Elements/mission-timeline',
  component: 'mission-timeline',
  tags: ['autodocs'],
  args: {
    activities: parallelProgramme.activities,
    'time-zone': 'event',
    'mission-zone': 'America/Los_Angeles',
    lang: '',
    'group-by': 'day',
    'day-change': '00:00',
    'show-both': 'auto',
    now: undefined,
  },
  argTypes: {
    'time-zone': { control: 'text' },
    lang: { control: 'select', options: ['', 'en', 'fr', 'nl', 'de'] },
    'group-by': { control: 'inline-radio', options: ['day', 'mission-day'] },
    'show-both': { control: 'inline-radio', options: ['auto', 'always', 'never'] },
    now: { control: 'date' },
    activities: { control: false },
  },
  parameters: {
    controls: {
      include: ['time-zone', 'mission-zone', 'lang', 'group-by', 'day-change', 'show-both', 'now'],
    },
    docs: {
      description: {
        component:
          'Standalone, the timeline takes already-filtered `activities` and its own zone and language; inside ' +
          '`<mission-agenda>` the agenda’s context wins. Every activity given is in the document (no virtualisation).',
      },
    },
  },
  render: (args) =>
    html`<mission-timeline
      .activities=${args.activities}
      time-zone=${args['time-zone'] || nothing}
      mission-zone=${args['mission-zone'] || nothing}
      lang=${args.lang || nothing}
      group-by=${args['group-by']}
      day-change=${args['day-change']}
      show-both=${args['show-both']}
      .now=${args.now}
    ></mission-timeline>`,
};
export default meta;
type Story = StoryObj<TimelineArgs>;

/** Three sessions overlap at 09:00–11:00: they sit side by side (stacked and labelled on narrow screens). */
export const ParallelActivities: Story = {};

/** The whole example programme, six days in Los Angeles time. */
export const WholeProgramme: Story = {
  args: { activities: example.activities },
};

/**
 * A morning briefing every day from 24 to 30 October 2025 in Los Angeles, viewed in `Europe/Brussels`. Brussels
 * leaves summer time on 26 October and Los Angeles only on 2 November, so the gap shrinks from 9 to 8 hours:
 * the timeline says so once, on the 26th (`part="offset-note"`).
 */
export const OffsetChangeNote: Story = {
  name: 'Offset-change note (Brussels, 24–30 Oct 2025)',
  args: { activities: offsetChangeProgramme.activities, 'time-zone': 'Europe/Brussels' },
};

/**
 * `now` fixed at Monday 6 October 2025, 10:05 in San Francisco: the "now" marker sits between the activities, the
 * running one says "Happening now", earlier ones are styled as past (and still listed).
 */
export const NowMarker: Story = {
  name: 'Now marker (now injected)',
  args: { activities: example.activities, now: missionNow },
};

/** `group-by="mission-day"` with the feed's day change (04:00) in Brussels time: late sessions keep their day. */
export const MissionDays: Story = {
  args: {
    activities: example.activities,
    'group-by': 'mission-day',
    'day-change': example.mission.dayChange,
    'time-zone': 'Europe/Brussels',
  },
};

/** Standalone with no activities: a short message (replace it through the `empty` slot). */
export const Empty: Story = {
  args: { activities: [] },
};
