/**
 * `mission-agenda/react`: the five elements as React components, made with `@lit/react`.
 *
 * Every property of an element is a prop (objects such as `feed` or `activity` are set as properties, not
 * serialised into attributes), each `mission-*` event the element fires is an `onMission…` prop with its typed event,
 * and a `ref` gives the element itself. Importing this module registers the elements.
 *
 * ```tsx
 * import { MissionAgenda } from 'mission-agenda/react';
 * <MissionAgenda feed={feed} timeZone="local" onMissionLoad={(e) => console.log(e.detail.activityCount)} />
 * ```
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { MissionAgenda as MissionAgendaElement } from '../elements/mission-agenda/mission-agenda.js';
import { MissionTimeline as MissionTimelineElement } from '../elements/mission-timeline/mission-timeline.js';
import { MissionSectorFilter as MissionSectorFilterElement } from '../elements/mission-sector-filter/mission-sector-filter.js';
import { MissionActivityCard as MissionActivityCardElement } from '../elements/mission-activity-card/mission-activity-card.js';
import { MissionContactBlock as MissionContactBlockElement } from '../elements/mission-contact-block/mission-contact-block.js';
import '../elements/mission-agenda/mission-agenda.define.js';
import '../elements/mission-timeline/mission-timeline.define.js';
import '../elements/mission-sector-filter/mission-sector-filter.define.js';
import '../elements/mission-activity-card/mission-activity-card.define.js';
import '../elements/mission-contact-block/mission-contact-block.define.js';
import type {
  MissionErrorEvent,
  MissionFavouriteToggleEvent,
  MissionFilterChangeEvent,
  MissionLoadEvent,
  MissionTimeZoneChangeEvent,
} from '../events.js';

/** The event props, each the name of the DOM event it listens to, typed with that event's class. */
const onMissionLoad = 'mission-load' as EventName<MissionLoadEvent>;
const onMissionError = 'mission-error' as EventName<MissionErrorEvent>;
const onMissionFilterChange = 'mission-filter-change' as EventName<MissionFilterChangeEvent>;
const onMissionTimeZoneChange = 'mission-time-zone-change' as EventName<MissionTimeZoneChangeEvent>;
const onMissionFavouriteToggle = 'mission-favourite-toggle' as EventName<MissionFavouriteToggleEvent>;

/**
 * `<mission-agenda>`: `feed` or `src`, `timeZone`, `sectors`, `lockSectors`, … as props.
 * Events: `onMissionLoad`, `onMissionError`, `onMissionFilterChange`, `onMissionTimeZoneChange`, and
 * `onMissionFavouriteToggle` (from the cards inside, when the visitor stars an activity).
 */
export const MissionAgenda = createComponent({
  react: React,
  tagName: 'mission-agenda',
  elementClass: MissionAgendaElement,
  displayName: 'MissionAgenda',
  events: { onMissionLoad, onMissionError, onMissionFilterChange, onMissionTimeZoneChange, onMissionFavouriteToggle },
});

/** `<mission-timeline>`: `activities`, `timeZone`, `groupBy`, … as props; `onMissionFavouriteToggle` from its cards. */
export const MissionTimeline = createComponent({
  react: React,
  tagName: 'mission-timeline',
  elementClass: MissionTimelineElement,
  displayName: 'MissionTimeline',
  events: { onMissionFavouriteToggle },
});

/** `<mission-sector-filter>`: `sectors`, `counts` or `activities`, `selected` as props; `onMissionFilterChange`. */
export const MissionSectorFilter = createComponent({
  react: React,
  tagName: 'mission-sector-filter',
  elementClass: MissionSectorFilterElement,
  displayName: 'MissionSectorFilter',
  events: { onMissionFilterChange },
});

/** `<mission-activity-card>`: `activity`, `timeZone`, `starred`, … as props; `onMissionFavouriteToggle`. */
export const MissionActivityCard = createComponent({
  react: React,
  tagName: 'mission-activity-card',
  elementClass: MissionActivityCardElement,
  displayName: 'MissionActivityCard',
  events: { onMissionFavouriteToggle },
});

/** `<mission-contact-block>`: `contacts`, or one contact's `name`, `phone`, `email`, … as props. */
export const MissionContactBlock = createComponent({
  react: React,
  tagName: 'mission-contact-block',
  elementClass: MissionContactBlockElement,
  displayName: 'MissionContactBlock',
});

export type {
  MissionErrorEvent,
  MissionFavouriteToggleEvent,
  MissionFilterChangeEvent,
  MissionLoadEvent,
  MissionTimeZoneChangeEvent,
} from '../events.js';
export type {
  MissionAgendaElement,
  MissionTimelineElement,
  MissionSectorFilterElement,
  MissionActivityCardElement,
  MissionContactBlockElement,
};
