import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { agendaContext, type AgendaState } from '../../context/agenda-context.js';
import { resolveDisplay, wordsFor, type UpdateSchedule } from '../../context/display.js';
import { telHref } from '../../core/contact/phone.js';
import { pickText, safeEmail, safeUrl, type Contact, type LocalizedText } from '../../core/feed/index.js';
import { translator, type Translation } from '../../core/i18n/index.js';
import { contactBlockStyles } from './mission-contact-block.styles.js';
import { tokens } from '../../styles/shared.styles.js';

/** @internal One contact with everything already resolved to text and safe hrefs. */
interface ContactView {
  readonly key: string;
  readonly name: string;
  readonly role: string;
  readonly organisation: string;
  readonly phones: readonly { readonly text: string; readonly href?: string }[];
  readonly email?: string;
  readonly url?: string;
}

const text = (value: string | undefined): LocalizedText | undefined =>
  value?.trim() ? { und: value.trim() } : undefined;

/**
 * One or more contacts: name, role, organisation, phone numbers as `tel:` links in E.164 form (the text stays as
 * written), e-mail as `mailto:` and a website. Each contact is an `<address>`; several form a list.
 *
 * Sources, first match wins: the `contacts` property; else `contact-ids` looked up in the agenda's programme (context);
 * else the single contact given by the `name`, `contact-role`, `organisation`, `phone`, `email` and `url` attributes.
 * Language: inside `<mission-agenda>` the context's language; else the element's `lang`; else the nearest ancestor
 * `[lang]`; else English.
 *
 * @summary Contact details with tel: and mailto: links.
 * @tag mission-contact-block
 * @csspart list - The `<ul>` when there is more than one contact.
 * @csspart contact - The `<address>` of one contact.
 * @csspart name - The contact's name.
 * @csspart role - The contact's role.
 * @csspart organisation - The contact's organisation.
 * @csspart phone - A phone number (a `tel:` link when it has an E.164 form, else text).
 * @csspart email - The `mailto:` link.
 * @csspart url - The website link.
 * @cssprop [--mission-contact-gap=0.75rem] - Space between contacts.
 * @cssprop [--mission-contact-name-weight=600] - Font weight of names.
 */
export class MissionContactBlock extends LitElement {
  static override styles = [tokens, contactBlockStyles];

  /** Contacts to show (takes precedence over `contact-ids` and the single-contact attributes). */
  @property({ attribute: false }) contacts?: readonly Contact[];

  /** Comma-separated contact ids, looked up in the programme of the surrounding `<mission-agenda>`. */
  @property({ attribute: 'contact-ids' }) contactIds = '';

  /** Name of a single contact given by attributes. */
  @property() name = '';

  /** Role of the single contact (`contact-role`, not `role`, which would set the element's ARIA role). */
  @property({ attribute: 'contact-role' }) contactRole = '';

  /** Organisation of the single contact. */
  @property() organisation = '';

  /** Phone number of the single contact, as it should be shown (`+32 2 501 87 16`). */
  @property() phone = '';

  /** E-mail address of the single contact. */
  @property() email = '';

  /** Website of the single contact (http/https only). */
  @property() url = '';

  /** UI and content language when standalone (the agenda's language wins inside `<mission-agenda>`). */
  @property({ reflect: true }) override lang!: string;

  /** @internal */
  @consume({ context: agendaContext, subscribe: true })
  @state()
  private agenda?: AgendaState;

  /** @internal */
  private views: readonly ContactView[] = [];
  /** @internal */
  private t!: Translation;

  /** Holds an update until the words of its language are there (see `wordsFor`). */
  protected override scheduleUpdate(): UpdateSchedule {
    const wait = wordsFor(this, this.agenda?.display);
    return wait ? wait.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const lang = resolveDisplay(this, this.agenda?.display, { lang: this.lang }).lang;
    const defaultLang = this.agenda?.programme?.mission.defaultLanguage;
    this.t = translator(lang);
    this.views = this.sourceContacts().map((c, i) => ({
      key: c.id || String(i),
      name: c.name,
      role: pickText(c.role, lang, defaultLang),
      organisation: pickText(c.organisation, lang, defaultLang),
      phones: c.phones.filter((p) => p.trim()).map((p) => ({ text: p.trim(), href: telHref(p) })),
      email: safeEmail(c.email),
      url: safeUrl(c.url, 'web'),
    }));
  }

  /** @internal */
  private sourceContacts(): readonly Contact[] {
    if (this.contacts) return this.contacts;
    const ids = this.contactIds
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    if (ids.length) {
      const all = this.agenda?.programme?.contacts ?? [];
      return ids.flatMap((id) => all.filter((c) => c.id === id).slice(0, 1));
    }
    if (!this.name.trim() && !this.phone.trim() && !this.email.trim()) return [];
    return [
      {
        id: 'contact',
        name: this.name.trim(),
        role: text(this.contactRole),
        organisation: text(this.organisation),
        phones: this.phone.trim() ? [this.phone] : [],
        email: this.email,
        url: this.url,
      },
    ];
  }

  /** @internal */
  private renderContact(c: ContactView): TemplateResult {
    const t = this.t;
    return html`<address part="contact">
      ${c.name ? html`<span part="name" class="name">${c.name}</span>` : nothing}
      ${c.role ? html`<span part="role" class="line">${c.role}</span>` : nothing}
      ${c.organisation ? html`<span part="organisation" class="line">${c.organisation}</span>` : nothing}
      ${c.phones.map((p) =>
        p.href
          ? html`<a part="phone" class="line" href=${p.href}
              ><span class="visually-hidden">${t.phone}: </span><span dir="ltr">${p.text}</span></a
            >`
          : html`<span part="phone" class="line"
              ><span class="visually-hidden">${t.phone}: </span><span dir="ltr">${p.text}</span></span
            >`,
      )}
      ${
        c.email
          ? html`<a part="email" class="line" href=${`mailto:${c.email}`}
              ><span class="visually-hidden">${t.email}: </span>${c.email}</a
            >`
          : nothing
      }
      ${
        c.url
          ? html`<a part="url" class="line" href=${c.url} target="_blank" rel="noopener noreferrer">${t.website}</a>`
          : nothing
      }
    </address>`;
  }

  protected override render() {
    const views = this.views;
    if (views.length === 0) return nothing;
    if (views.length === 1) return this.renderContact(views[0]);
    // eslint-disable-next-line lit-a11y/no-redundant-role -- Safari drops list semantics with list-style: none
    return html`<ul role="list" part="list">
      ${views.map((c) => html`<li>${this.renderContact(c)}</li>`)}
    </ul>`;
  }
}
