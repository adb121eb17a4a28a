import { html, nothing, type TemplateResult } from 'lit';
import { googleCalendarUrl, icsFileName, toIcs } from '../../core/calendar/ics.js';
import { pickText, safeUrl, type Activity } from '../../core/feed/index.js';
import type { Translation } from '../../core/i18n/index.js';
import { CARD_CONTACT_EXPORTS } from '../parts.js';

/** What the details of a card need. */
export interface DetailsInput {
  readonly activity: Activity;
  readonly lang: string;
  readonly defaultLang?: string;
  readonly t: Translation;
  readonly compact: boolean;
  /** The description, as text or highlighted segments. */
  readonly description: unknown;
  /** Mission id for the calendar entry's UID. */
  readonly missionId: string;
  /** Calendar name (the mission's title). */
  readonly calendarName?: string;
  readonly onClose: () => void;
}

/**
 * The `.ics` file of one activity as a `data:` URL: a real link that can be opened, copied and saved, made when the
 * details open (a few hundred bytes; no object URL to revoke).
 */
function icsHref(d: DetailsInput): string {
  const ics = toIcs([d.activity], {
    lang: d.lang,
    defaultLang: d.defaultLang,
    missionId: d.missionId,
    calendarName: d.calendarName,
    now: Date.now(),
  });
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
}

/**
 * The details of a card (description, contacts, link, add to calendar), rendered only while they are open.
 * @internal
 */
export function renderDetails(d: DetailsInput): TemplateResult {
  const { activity: a, lang, defaultLang, t } = d;
  const url = safeUrl(a.url); // validated by the feed already; checked again for activities set by hand
  const web = url && /^https?:/i.test(url);
  return html`
    ${
      d.compact
        ? html`<button part="close" class="close" type="button" @click=${d.onClose}>${t.close}</button>`
        : nothing
    }
    ${d.description ? html`<p part="description" class="description">${d.description}</p>` : nothing}
    ${
      a.contacts.length
        ? html`<div class="contacts">
            <p class="label">${a.contacts.length > 1 ? t.contacts : t.contact}</p>
            <mission-contact-block
              .contacts=${a.contacts}
              lang=${lang}
              exportparts=${CARD_CONTACT_EXPORTS}
            ></mission-contact-block>
          </div>`
        : nothing
    }
    ${
      url
        ? html`<a
            part="link"
            href=${url}
            target=${web ? '_blank' : nothing}
            rel=${web ? 'noopener noreferrer' : nothing}
            >${t.moreInfo}</a
          >`
        : nothing
    }
    <div part="actions" class="actions" role="group" aria-labelledby="calendar-label">
      <span class="label" id="calendar-label">${t.addToCalendar}</span>
      <a
        part="calendar-link"
        class="ics"
        href=${icsHref(d)}
        download=${icsFileName(pickText(a.title, lang, defaultLang))}
        >${t.downloadIcs}</a
      >
      <a
        part="calendar-link"
        class="google"
        href=${googleCalendarUrl(a, { lang, defaultLang })}
        target="_blank"
        rel="noopener noreferrer"
        >${t.googleCalendar}</a
      >
    </div>
  `;
}
