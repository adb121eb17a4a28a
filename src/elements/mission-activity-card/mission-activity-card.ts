import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { consume } from '@lit/context';
import { agendaContext, type AgendaState, type ShowBoth } from '../../context/agenda-context.js';
import { PopoverController } from '../../controllers/popover-controller.js';
import { googleCalendarUrl, icsFileName, toIcs } from '../../core/calendar/ics.js';
import { pickText, safeUrl, type Activity, type Programme } from '../../core/feed/index.js';
import { resolveLocale, translator, type Translation } from '../../core/i18n/index.js';
import { resolveDisplayZone } from '../../core/time/index.js';
import { tokens } from '../../styles/shared.styles.js';
import { chevronIcon, pinIcon, typeIcon } from './mission-activity-card.icons.js';
import { cardStyles } from './mission-activity-card.styles.js';
import { cardView, type CardView, type ShiftView } from './mission-activity-card.view.js';

/** @internal */
let browserZone: string | undefined;
/** @internal The visitor's zone, read once (building an Intl object per card would be slow). */
function localZone(): string {
  return (browserZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** @internal Activities by id per programme, for cards given only an `activity-id`. */
const byId = new WeakMap<Programme, Map<string, Activity>>();
function findActivity(programme: Programme | undefined, id: string): Activity | undefined {
  if (!programme || !id) return undefined;
  let map = byId.get(programme);
  if (!map) byId.set(programme, (map = new Map(programme.activities.map((a) => [a.id, a]))));
  return map.get(id);
}

/**
 * One activity of the programme: time range in the display zone, title, type, status, city and venue, sectors, the
 * time in the other zone, and details (description, contacts, link, add to calendar) rendered only when opened.
 *
 * Inside `<mission-agenda>` the context wins: its display zone, event zone, visitor zone, language, `show-both` and
 * mission (for calendar files). Standalone, the element's own properties are used; `lang` falls back to the nearest
 * ancestor `[lang]`, then English.
 *
 * @summary A single activity card.
 * @tag mission-activity-card
 * @csspart card - The outer `<article>`.
 * @csspart time - The line with the time range and the zone.
 * @csspart start - `<time>` of the start; `datetime` is written in the display zone.
 * @csspart end - `<time>` of the end; `datetime` is written in the display zone.
 * @csspart zone - The short name of the display zone (`PDT`, `GMT+2`).
 * @csspart day-shift - Badge "+1 day" / "−1 day" when the start date differs from the day heading.
 * @csspart other-shift - Badge on the other-time line when the other zone's date differs.
 * @csspart highlight - Label "Happening now" / "Next".
 * @csspart other-time - Secondary line with the time in the other zone ("18:00 in Brussels").
 * @csspart title - The title heading.
 * @csspart type - Activity type (icon and text).
 * @csspart status - Status badge (tentative or cancelled only).
 * @csspart place - City, venue, address and map link.
 * @csspart venue - The venue name.
 * @csspart address - The venue address.
 * @csspart map-link - Link to the venue on OpenStreetMap.
 * @csspart sectors - List of sector badges.
 * @csspart sector - One sector badge.
 * @csspart details-toggle - The button that shows the details.
 * @csspart details - The details region (disclosure) or popover panel (`variant="compact"`).
 * @csspart description - The description text.
 * @csspart link - The "More information" link.
 * @csspart actions - The "Add to calendar" group.
 * @csspart calendar-link - The `.ics` download and Google Calendar links.
 * @csspart close - The close button of the popover.
 * @cssprop [--mission-card-background=var(--mission-color-surface)] - Card background.
 * @cssprop [--mission-card-border=1px solid var(--mission-color-border)] - Card border.
 * @cssprop [--mission-card-padding=0.875rem 1rem] - Card padding.
 * @cssprop [--mission-card-radius=var(--mission-radius)] - Card corner radius.
 * @cssprop [--mission-card-shadow=0 1px 2px rgb(0 0 0 / 0.06)] - Card shadow.
 * @cssprop [--mission-card-title-size=1.0625rem] - Title font size.
 * @cssprop --mission-sector-color - Colour of a sector dot (set from the feed).
 */
export class MissionActivityCard extends LitElement {
  static override styles = [tokens, cardStyles];

  /** The activity to show. */
  @property({ attribute: false }) activity?: Activity;

  /** The activity id; mirrors `activity.id`. Inside an agenda, an id alone is enough to find the activity. */
  @property({ attribute: 'activity-id', reflect: true }) activityId = '';

  /** Display zone when standalone: `event` (the activity's zone), `local` (the browser's) or an IANA name. */
  @property({ attribute: 'time-zone' }) timeZone = 'event';

  /** UI and content language when standalone (the agenda's language wins inside `<mission-agenda>`). */
  @property({ reflect: true }) override lang!: string;

  /** Secondary line with the other zone's time: `auto` (when the offsets differ), `always` or `never`. */
  @property({ attribute: 'show-both' }) showBoth: ShowBoth = 'auto';

  /** Days between the day heading and the start date in the display zone; non-zero shows a badge. */
  @property({ attribute: 'day-shift', type: Number }) dayShift = 0;

  /** `full`: details in a disclosure below; `compact`: details in a popover next to the button. */
  @property() variant: 'full' | 'compact' = 'full';

  /** Set by the timeline: `now`, `next`, `past` or empty. */
  @property({ reflect: true }) highlight: '' | 'now' | 'next' | 'past' = '';

  /** Mission id used in calendar UIDs when standalone (the agenda's mission wins). */
  @property({ attribute: 'mission-id' }) missionId = '';

  /** Calendar name when standalone (the agenda's mission title wins). */
  @property({ attribute: 'mission-title' }) missionTitle = '';

  /** Level of the title heading (2–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** @internal */
  @consume({ context: agendaContext, subscribe: true })
  @state()
  private agenda?: AgendaState;

  /** @internal */
  @state() private open = false;

  /** @internal */
  private view?: CardView;
  /** @internal */
  private t: Translation = translator('en');
  /** @internal */
  private resolvedLang = 'en';

  /** @internal */
  private readonly floating = new PopoverController(this, {
    anchor: () => this.renderRoot.querySelector<HTMLElement>('[part~="details-toggle"]'),
    panel: () => this.renderRoot.querySelector<HTMLElement>('[part~="details"]'),
    onClose: () => (this.open = false),
  });

  /** @internal */
  private get shown(): Activity | undefined {
    return this.activity ?? findActivity(this.agenda?.programme, this.activityId);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('variant') && this.open) this.floating.close(false);
    if (changed.size === 1 && changed.has('open') && this.view) return;
    const a = this.shown;
    if (this.activity && this.activityId !== this.activity.id) this.activityId = this.activity.id;
    const ctx = this.agenda;
    this.resolvedLang = resolveLocale([ctx?.lang, this.lang, this.closest('[lang]')?.getAttribute('lang')]);
    this.t = translator(this.resolvedLang);
    if (!a) {
      this.view = undefined;
      return;
    }
    const local = ctx?.localZone ?? localZone();
    this.view = cardView({
      activity: a,
      zone: ctx?.displayZone ?? resolveDisplayZone(this.timeZone, a.timeZone, local),
      eventZone: ctx?.eventZone ?? a.timeZone,
      localZone: local,
      lang: this.resolvedLang,
      defaultLang: ctx?.programme?.mission.defaultLanguage,
      t: this.t,
      showBoth: ctx?.showBoth ?? this.showBoth,
      dayShift: this.dayShift,
    });
    if (a.status === 'confirmed') this.removeAttribute('status');
    else this.setAttribute('status', a.status);
  }

  /** @internal */
  private async toggle(): Promise<void> {
    if (this.open) {
      if (this.variant === 'compact') this.floating.close(true);
      else this.open = false;
      return;
    }
    this.open = true;
    if (this.variant === 'compact') {
      await this.updateComplete;
      this.floating.open();
    }
  }

  /** @internal Builds the .ics file on demand, points the link at it, and releases it shortly after. */
  private handleIcsClick(event: MouseEvent): void {
    const a = this.shown;
    if (!a) return;
    const link = event.currentTarget as HTMLAnchorElement;
    const mission = this.agenda?.programme?.mission;
    const defaultLang = mission?.defaultLanguage;
    const ics = toIcs([a], {
      lang: this.resolvedLang,
      defaultLang,
      missionId: mission?.id ?? (this.missionId || 'mission'),
      calendarName:
        (mission && pickText(mission.title, this.resolvedLang, defaultLang)) || this.missionTitle || undefined,
      now: Date.now(),
    });
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    link.href = url;
    setTimeout(() => {
      URL.revokeObjectURL(url);
      link.href = '#';
    }, 1000);
  }

  /** @internal */
  private heading(content: string, cancelled: boolean): TemplateResult {
    const cls = cancelled ? 'title cancelled' : 'title';
    switch (this.headingLevel) {
      case 2:
        return html`<h2 part="title" id="title" class=${cls}>${content}</h2>`;
      case 4:
        return html`<h4 part="title" id="title" class=${cls}>${content}</h4>`;
      case 5:
        return html`<h5 part="title" id="title" class=${cls}>${content}</h5>`;
      case 6:
        return html`<h6 part="title" id="title" class=${cls}>${content}</h6>`;
      default:
        return html`<h3 part="title" id="title" class=${cls}>${content}</h3>`;
    }
  }

  /** @internal */
  private badge(part: string, shift: ShiftView): TemplateResult {
    return html`<span part=${part} class="badge shift"
      ><span aria-hidden="true">${shift.text}</span><span class="visually-hidden"> ${shift.long}</span></span
    >`;
  }

  /** @internal */
  private renderPlace(v: CardView): TemplateResult | typeof nothing {
    if (!v.city && !v.venue) return nothing;
    return html`<div part="place" class="place">
      ${pinIcon}
      <span class="place-text">
        ${v.venue ? html`<span part="venue" class="venue">${v.venue}</span>` : nothing}
        ${v.city && !v.address.includes(v.city) ? html`<span class="city">${v.city}</span>` : nothing}
        ${v.address ? html`<span part="address" class="address">${v.address}</span>` : nothing}
        ${
          v.mapUrl
            ? html`<a
                part="map-link"
                href=${v.mapUrl}
                target="_blank"
                rel="noopener noreferrer"
                aria-label=${v.mapLabel}
                >${this.t.map}</a
              >`
            : nothing
        }
      </span>
    </div>`;
  }

  /** @internal */
  private renderDetails(a: Activity): TemplateResult {
    const t = this.t;
    const lang = this.resolvedLang;
    const defaultLang = this.agenda?.programme?.mission.defaultLanguage;
    const description = pickText(a.description, lang, defaultLang);
    const url = safeUrl(a.url); // validated by the feed already; checked again for activities set by hand
    const web = url && /^https?:/i.test(url);
    return html`
      ${
        this.variant === 'compact'
          ? html`<button part="close" class="close" type="button" @click=${() => this.floating.close(true)}>
              ${t.close}
            </button>`
          : nothing
      }
      ${description ? html`<p part="description" class="description">${description}</p>` : nothing}
      ${
        a.contacts.length
          ? html`<div class="contacts">
              <p class="label">${a.contacts.length > 1 ? t.contacts : t.contact}</p>
              <mission-contact-block
                .contacts=${a.contacts}
                lang=${lang}
                exportparts="contact, name: contact-name, role: contact-role, organisation: contact-organisation, phone: contact-phone, email: contact-email"
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
          href="#"
          download=${icsFileName(pickText(a.title, lang, defaultLang))}
          @click=${this.handleIcsClick}
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

  protected override render() {
    const a = this.shown;
    const v = this.view;
    if (!a || !v) return nothing;
    const t = this.t;
    const compact = this.variant === 'compact';
    const cancelled = a.status === 'cancelled';
    const label = this.highlight === 'now' ? t.happeningNow : this.highlight === 'next' ? t.next : '';
    return html`<article part="card" class="card ${this.highlight} ${a.status}" aria-labelledby="title">
      ${this.heading(v.title, cancelled)}
      <div class="when">
        <p part="time" class="time">
          <time part="start" datetime=${v.startIso}>${v.startText}</time><span aria-hidden="true">–</span
          ><time part="end" datetime=${v.endIso}>${v.endText}</time>
          <span part="zone" class="zone">${v.zoneName}</span>
        </p>
        ${v.dayShift ? this.badge('day-shift', v.dayShift) : nothing}
        ${label ? html`<span part="highlight" class="badge highlight">${label}</span>` : nothing}
        ${this.highlight === 'past' ? html`<span class="visually-hidden">${t.past}</span>` : nothing}
      </div>
      ${
        v.otherTime
          ? html`<p part="other-time" class="other">
              ${v.otherTime} ${v.otherShift ? this.badge('other-shift', v.otherShift) : nothing}
            </p>`
          : nothing
      }
      <div class="meta">
        <span part="type" class="type">${typeIcon(a.type)}${v.typeLabel}</span>
        ${v.statusLabel ? html`<span part="status" class="badge status ${a.status}">${v.statusLabel}</span>` : nothing}
      </div>
      ${this.renderPlace(v)}
      ${
        v.sectors.length
          ? // eslint-disable-next-line lit-a11y/no-redundant-role -- Safari drops list semantics with list-style: none
            html`<ul part="sectors" class="sectors" role="list" aria-label=${t.sectors}>
              ${v.sectors.map(
                (s) =>
                  html`<li part="sector" class="sector" style=${styleMap({ '--mission-sector-color': s.color })}>
                    ${s.name}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      <button
        part="details-toggle"
        class="toggle"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="details"
        aria-haspopup=${compact ? 'dialog' : nothing}
        aria-describedby="title"
        @click=${this.toggle}
      >
        ${t.details}${chevronIcon}
      </button>
      ${
        compact
          ? html`<div
              id="details"
              part="details"
              class="details popover"
              popover="manual"
              role="dialog"
              aria-labelledby="title"
              tabindex="-1"
            >
              ${this.open ? this.renderDetails(a) : nothing}
            </div>`
          : html`<div id="details" part="details" class="details" ?hidden=${!this.open}>
              ${this.open ? this.renderDetails(a) : nothing}
            </div>`
      }
    </article>`;
  }
}
