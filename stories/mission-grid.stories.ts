/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { Activity } from '../src/core/feed/index.js';
import { importProgramme } from '../src/core/import/index.js';
import { dateKey } from '../src/core/time/format.js';
import fosdemXml from '../test/fixtures/real/fosdem-2026.xml?raw';
import { example, programmeOf, syntheticFeed } from './fixtures.js';

interface GridArgs {
  activities: readonly Activity[];
  columns: 'auto' | 'venue' | 'sector' | 'city';
  'time-zone': string;
  'mission-zone': string;
  lang: string;
  'group-by': 'day' | 'mission-day';
  'show-both': 'auto' | 'always' | 'never';
}

/**
 * FOSDEM 2026 (883 events, Brussels), imported from its Pentabarf schedule.xml by the library's own importer; the
 * story shows its Saturday (about half of it), which keeps the Storybook checks (axe on every card) quick.
 */
const fosdemSaturday = (importProgramme(fosdemXml).programme?.activities ?? []).filter(
  (a) => dateKey(a.start, 'Europe/Brussels') === '2026-01-31',
);

/**
 * Brussels leaves summer time on Sunday 26 October 2025: that day has 25 hours, and 02:00–03:00 happens twice. A
 * night event runs across the change, and a session starts at the second 02:00 (written with its offset).
 */
const dstDay = programmeOf({
  ...syntheticFeed(
    [
      {
        id: 'n1',
        title: 'Night hackathon',
        type: 'other',
        start: '2025-10-25T22:00',
        end: '2025-10-26T04:00',
        venue: 'hall',
      },
      {
        id: 'n2',
        title: 'Early keynote',
        type: 'seminar',
        start: '2025-10-26T01:00',
        end: '2025-10-26T02:30',
        venue: 'room',
      },
      {
        id: 'n3',
        title: 'Standard-time session (second 02:00)',
        type: 'seminar',
        start: '2025-10-26T02:00:00+01:00',
        end: '2025-10-26T03:00:00+01:00',
        venue: 'room',
      },
      {
        id: 'n4',
        title: 'Breakfast',
        type: 'networking',
        start: '2025-10-26T07:30',
        end: '2025-10-26T08:15',
        venue: 'hall',
      },
    ],
    'Europe/Brussels',
  ),
  venues: [
    { id: 'hall', name: 'Main hall' },
    { id: 'room', name: 'Room B' },
  ],
});

const meta: Meta<GridArgs> = {
  title: 'Elements/mission-grid',
  component: 'mission-grid',
  tags: ['autodocs'],
  args: {
    activities: example.activities,
    columns: 'auto',
    'time-zone': 'event',
    'mission-zone': 'America/Los_Angeles',
    lang: '',
    'group-by': 'day',
    'show-both': 'auto',
  },
  argTypes: {
    columns: { control: 'inline-radio', options: ['auto', 'venue', 'sector', 'city'] },
    'time-zone': { control: 'text' },
    lang: { control: 'select', options: ['', 'en', 'fr', 'nl', 'de'] },
    'group-by': { control: 'inline-radio', options: ['day', 'mission-day'] },
    'show-both': { control: 'inline-radio', options: ['auto', 'always', 'never'] },
    activities: { control: false },
  },
  parameters: {
    controls: { include: ['columns', 'time-zone', 'mission-zone', 'lang', 'group-by', 'show-both'] },
    docs: {
      description: {
        component:
          'The programme as a timetable: venues, sectors or cities as columns, time running down in real elapsed ' +
          'time (DST days keep their 23 or 25 hours). Each block holds a compact card; hover or focus a block to see ' +
          'it whole. Standalone it takes `activities`; inside `<mission-agenda>` the agenda’s context wins.',
      },
    },
  },
  render: (args) =>
    html`<mission-grid
      .activities=${args.activities}
      columns=${args.columns}
      time-zone=${args['time-zone'] || nothing}
      mission-zone=${args['mission-zone'] || nothing}
      lang=${args.lang || nothing}
      group-by=${args['group-by']}
      show-both=${args['show-both']}
    ></mission-grid>`,
};
export default meta;
type Story = StoryObj<GridArgs>;

/** The example mission (San Francisco and Los Angeles, 5–10 October 2025), one grid per day. */
export const MissionExample: Story = {};

/** The example mission with its sectors as columns (an activity sits under its first sector). */
export const BySector: Story = {
  args: { columns: 'sector' },
};

/**
 * FOSDEM 2026, Saturday: hundreds of talks in some 30 rooms; the rooms scroll sideways under sticky headings, runs of
 * short talks sit side by side, and a focused or hovered block shows its whole card.
 */
export const Fosdem: Story = {
  name: 'FOSDEM 2026 (Saturday)',
  args: { activities: fosdemSaturday, 'mission-zone': 'Europe/Brussels', columns: 'venue' },
};

/** Brussels’ 25-hour day: 02:00 appears twice on the time axis (the second marked), and blocks keep real durations. */
export const DstDay: Story = {
  name: 'DST day (Brussels, 26 Oct 2025, 25 hours)',
  args: { activities: dstDay.activities, 'mission-zone': 'Europe/Brussels', columns: 'venue' },
};

/** The same night seen from Los Angeles, where the clocks did not change that day. */
export const DstDayInLosAngeles: Story = {
  name: 'DST day seen from Los Angeles',
  args: { activities: dstDay.activities, 'mission-zone': 'Europe/Brussels', 'time-zone': 'America/Los_Angeles' },
};

/** Standalone with no activities: a short message (replace it through the `empty` slot). */
export const Empty: Story = {
  args: { activities: [] },
};
