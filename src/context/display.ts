import type { ReactiveElement } from 'lit';
import type { Mission } from '../core/feed/types.js';
import { resolveLocale } from '../core/i18n/lang.js';
import { loadCatalogues } from '../core/i18n/terms.js';
import { keepIfSame } from '../core/memo.js';
import { resolveDisplayZone } from '../core/time/zones.js';
import { nextTask } from '../io/next-task.js';
import type { ShowBoth } from '../core/view/options.js';

/**
 * What every element shows things in. Inside `<mission-agenda>` the agenda resolves it once and shares it through the
 * context (`AgendaState.display`); a timeline hands the same object to its cards. Standalone, each element resolves
 * its own from its properties with {@link resolveDisplay}.
 */
export interface Display {
  /** Resolved IANA zone all times are shown in. */
  readonly zone: string;
  /** The mission's own zone ("event time"); standalone, the activity's or the first activity's. */
  readonly eventZone: string;
  /** The visitor's browser zone ("your time"). */
  readonly localZone: string;
  /** UI and content locale: a BCP 47 tag of a supported language, kept whole for Intl (`en-GB`, `fr-BE`, `nl`). */
  readonly lang: string;
  readonly showBoth: ShowBoth;
  /** The agenda's mission (calendar files, the feed's default language); undefined standalone. */
  readonly mission?: Mission;
  /** True inside an agenda: it keeps the favourites, so a star only asks it (the card does not toggle itself). */
  readonly managed: boolean;
}

/** An element's own display properties, used when no agenda provides a display. */
export interface OwnDisplay {
  /** `event`, `local` or an IANA name. */
  readonly timeZone?: string;
  /** The element's `lang` property. */
  readonly lang?: string;
  readonly showBoth?: ShowBoth;
  /** The zone `event` means standalone (the mission's or the activity's). */
  readonly eventZone?: string;
  /** The feed's default language, the last language candidate. */
  readonly defaultLang?: string;
}

let browserZone: string | undefined;
let warming = false;
/** The visitor's zone, read once per page (an Intl object per element would be slow). */
export function localZone(): string {
  return (browserZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/**
 * The visitor's zone when it has been read; else undefined, and it is read in a task of its own soon. The first use
 * of `Intl` in a page loads the browser's date data (about 15 ms, 60 ms on a mid-range phone): an agenda waiting for
 * its feed has it read while the request is on its way, not in the task that loads the bundle.
 */
export function localZoneSoon(): string | undefined {
  if (browserZone === undefined && !warming) {
    warming = true;
    void nextTask().then(localZone);
  }
  return browserZone;
}

/** The `lang` of the nearest ancestor of `element`, crossing shadow roots; undefined when none says. */
export function inheritedLang(element: Element): string | undefined {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof HTMLElement && node.lang) return node.lang;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/** `auto`, `always` or `never`; anything else is `auto`. */
export function showBothOf(value: string | undefined): ShowBoth {
  return value === 'always' || value === 'never' ? value : 'auto';
}

/**
 * The one display resolver: the agenda's display when there is one (context first), else the element's own
 * properties, else the fallbacks (the event zone, the nearest ancestor's `lang`, English). Returns `prev` when
 * nothing changed, so elements and cards that compare by identity skip their update.
 */
export function resolveDisplay(
  element: Element,
  provided: Display | undefined,
  own: OwnDisplay,
  prev?: Display,
): Display {
  if (provided) return provided;
  const local = localZone();
  const eventZone = own.eventZone || local;
  return keepIfSame(prev, {
    zone: resolveDisplayZone(own.timeZone, eventZone, local),
    eventZone,
    localZone: local,
    lang: resolveLocale([own.lang, inheritedLang(element), own.defaultLang]),
    showBoth: showBothOf(own.showBoth),
    managed: false,
  });
}

/** What `scheduleUpdate` returns: nothing, or a promise the update waits for. */
export type UpdateSchedule = ReturnType<ReactiveElement['scheduleUpdate']>;

/**
 * Waits, when needed, for the words of the language an element is about to show (French, Dutch and German are
 * loaded on first use): the provided display's inside an agenda, else the element's own `lang`, its nearest
 * ancestor's and the feed's default language. Undefined when they are there, which is the usual case.
 */
export function wordsFor(
  element: HTMLElement,
  provided: Display | undefined,
  defaultLang?: string,
): Promise<void> | undefined {
  return provided
    ? loadCatalogues([provided.lang])
    : loadCatalogues([element.lang, inheritedLang(element), defaultLang]);
}
