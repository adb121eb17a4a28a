/**
 * `<mission-studio>`: the organiser's check-and-preview page. Reads a programme (workbook, CSV files, feed file or
 * address) through an injected parser, then shows its problems in the author's language, the agenda as it will be
 * embedded on a phone and a desktop, what changed against the published feed, and the code for the mission page.
 * Nothing is sent anywhere: files are read in the page, and a feed address is only fetched.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { offsetChanges } from '../../core/agenda/offset-change.js';
import { pickText } from '../../core/feed/text.js';
import type { Activity, LocalizedText, Programme } from '../../core/feed/types.js';
import { compareProgrammes, isUnchanged, type ProgrammeComparison } from '../compare.js';
import type { OrganiserResult } from '../convert.js';
import { groupFindings, type Finding } from '../findings.js';
import type { InputFile } from '../read-files.js';
import { frameSnippet, scriptSnippet, type EmbedOptions } from '../snippet.js';
import { STUDIO_LANGUAGES, TERMS, studioLang, type StudioLang, type StudioTerms } from './i18n.js';
import type { ParseFiles } from './parser.js';
import { studioStyles } from './studio.styles.js';

/** Visitor zones offered in the preview switch (any other IANA name can be typed). */
const VISITOR_ZONES = ['Europe/Brussels', 'Europe/London', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo'];

interface Loaded {
  readonly name: string;
  readonly result: OrganiserResult;
}

/** Reads a `File` (or anything with a name and `arrayBuffer()`) as an `InputFile`. */
async function inputFile(file: Pick<File, 'name' | 'arrayBuffer'>): Promise<InputFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** The files of a dropped folder (and its subfolders), through the entries API. */
async function entryFiles(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile)
    return [await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject))];
  if (!entry.isDirectory) return [];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) break;
    children.push(...batch);
  }
  return (await Promise.all(children.map(entryFiles))).flat();
}

function isValidZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** `+9 h`, `−7 h 30` for a gap in minutes. */
function gapText(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `${sign}${h} h${m ? ` ${String(m).padStart(2, '0')}` : ''}`;
}

export class MissionStudio extends LitElement {
  static override styles = studioStyles;

  /** Converts files; set by the page (a worker in the shipped studio, the converter itself in tests). */
  @property({ attribute: false }) parser?: ParseFiles;

  /** The studio's language (en, fr, nl, de); defaults to the browser's. */
  @property() override lang = '';

  @state() private loaded?: Loaded;
  @state() private busy = '';
  @state() private problem = '';
  @state() private dragging = false;
  @state() private previewZone: 'mission' | 'visitor' = 'mission';
  @state() private visitorZone = 'Europe/Brussels';
  @state() private embed: Omit<EmbedOptions, 'feedUrl' | 'scriptUrl' | 'frameUrl'> = {};
  @state() private feedUrl = 'https://www.example.org/programme/mission.json';
  @state() private scriptUrl = 'https://www.example.org/programme/mission-agenda.js';
  @state() private frameUrl = 'https://www.example.org/programme/embed/frame.html';
  @state() private published?: { name: string; programme?: Programme; problem?: string };
  @state() private copied = '';
  /** The loaded programme whose previews were asked for although it is over `previewLimit`. */
  @state() private previewAnyway?: Loaded;

  /**
   * Over this many activities the previews wait for a click: two agendas of 10,000 activities take the main thread
   * for seconds, while the problems, changes and snippets are ready at once.
   */
  @property({ type: Number, attribute: 'preview-limit' }) previewLimit = 2000;

  private get t(): StudioTerms {
    return TERMS[this.uiLang];
  }

  private get uiLang(): StudioLang {
    return studioLang(this.lang || navigator.language);
  }

  private get programme(): Programme | undefined {
    return this.loaded?.result.programme;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) document.documentElement.lang = this.uiLang;
  }

  /** Loads a programme from files (the public entry for drops, pickers and tests). */
  async load(files: readonly (File | InputFile)[], name?: string): Promise<void> {
    if (!files.length) return;
    const label = name ?? (files.length === 1 ? files[0].name : `${files.length} files`);
    this.busy = this.t.reading(label);
    this.problem = '';
    try {
      if (!this.parser) throw new Error('no parser');
      const inputs = await Promise.all(files.map((f) => (f instanceof Blob ? inputFile(f) : Promise.resolve(f))));
      const result = await this.parser(inputs);
      this.loaded = { name: label, result };
      const sectors = new Set(result.programme?.sectors.map((s) => s.id));
      this.embed = { ...this.embed, sectors: (this.embed.sectors ?? []).filter((id) => sectors.has(id)) };
    } catch (error) {
      this.problem = this.t.unreadable(error instanceof Error ? error.message : String(error));
    } finally {
      this.busy = '';
    }
  }

  private async fetchFile(address: string): Promise<InputFile> {
    const url = new URL(address, location.href);
    const response = await fetch(url, { credentials: 'omit' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const name = decodeURIComponent(url.pathname.split('/').pop() || url.hostname);
    return { name, bytes: new Uint8Array(await response.arrayBuffer()) };
  }

  /** Loads a programme from its address (fetched without credentials). */
  async loadAddress(address: string): Promise<void> {
    if (!address.trim()) return;
    this.busy = this.t.reading(address);
    try {
      const file = await this.fetchFile(address.trim());
      await this.load([file]);
    } catch (error) {
      this.busy = '';
      this.problem = this.t.unreadable(error instanceof Error ? error.message : String(error));
    }
  }

  /** Reads the published feed (an address or a file) to compare with. */
  async loadPublished(source: string | File | InputFile): Promise<void> {
    const name = typeof source === 'string' ? source : source.name;
    try {
      if (!this.parser) throw new Error('no parser');
      const file =
        typeof source === 'string'
          ? await this.fetchFile(source)
          : source instanceof Blob
            ? await inputFile(source)
            : source;
      const result = await this.parser([file]);
      this.published = result.programme
        ? { name, programme: result.programme }
        : { name, problem: result.errors[0]?.message ?? '' };
    } catch (error) {
      this.published = { name, problem: error instanceof Error ? error.message : String(error) };
    }
  }

  private readonly onDrop = async (event: DragEvent): Promise<void> => {
    event.preventDefault();
    this.dragging = false;
    const items = [...(event.dataTransfer?.items ?? [])];
    const entries = items.map((i) => i.webkitGetAsEntry()).filter((e): e is FileSystemEntry => !!e);
    const files = entries.length
      ? (await Promise.all(entries.map(entryFiles))).flat()
      : [...(event.dataTransfer?.files ?? [])];
    await this.load(files);
  };

  private readonly onPick = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    void this.load([...(input.files ?? [])]);
    input.value = '';
  };

  private readonly download = (): void => {
    const feed = this.loaded?.result.feed;
    if (feed === undefined) return;
    const blob = new Blob([`${JSON.stringify(feed, null, 2)}\n`], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${this.programme?.mission.id ?? 'mission'}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  };

  private async copy(which: string, text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = which;
    } catch {
      // no clipboard access (e.g. a page opened from the disk in some browsers): select it for Ctrl+C
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`textarea[data-snippet="${which}"]`);
      area?.focus();
      area?.select();
    }
  }

  private embedOptions(): EmbedOptions {
    return { ...this.embed, feedUrl: this.feedUrl, scriptUrl: this.scriptUrl, frameUrl: this.frameUrl };
  }

  override render(): TemplateResult {
    const t = this.t;
    return html`
      <header part="header">
        <h1>${t.title}</h1>
        <label class="lang">
          ${t.language}
          <select @change=${(e: Event) => (this.lang = (e.target as HTMLSelectElement).value)}>
            ${STUDIO_LANGUAGES.map((l) => html`<option value=${l} ?selected=${l === this.uiLang}>${l.toUpperCase()}</option>`)}
          </select>
        </label>
        <p>${t.intro}</p>
        <p class="privacy">${t.privacy}</p>
      </header>
      <main>
        ${this.renderLoad()} ${this.renderFindings()} ${this.renderPreview()} ${this.renderEmbedOptions()}
        ${this.renderChanges()} ${this.renderPublish()}
      </main>
    `;
  }

  private renderLoad(): TemplateResult {
    const t = this.t;
    return html`
      <section aria-labelledby="load">
        <h2 id="load">${t.load}</h2>
        <div
          class="drop ${this.dragging ? 'dragging' : ''}"
          @dragover=${(e: DragEvent) => {
            e.preventDefault();
            this.dragging = true;
          }}
          @dragleave=${() => (this.dragging = false)}
          @drop=${this.onDrop}
        >
          <p>${t.drop}</p>
          <label class="button">
            ${t.chooseFiles}
            <input
              type="file"
              multiple
              accept=".xlsx,.csv,.json,.xml,text/csv,application/json"
              @change=${this.onPick}
            />
          </label>
          <label class="button">
            ${t.chooseFolder}
            <input type="file" webkitdirectory @change=${this.onPick} />
          </label>
        </div>
        <form
          class="row"
          @submit=${(e: SubmitEvent) => {
            e.preventDefault();
            void this.loadAddress(new FormData(e.target as HTMLFormElement).get('url') as string);
          }}
        >
          <label>${t.url} <input name="url" type="url" placeholder="https://…/mission.json" /></label>
          <button type="submit">${t.loadUrl}</button>
        </form>
        <p class="status" role="status" aria-live="polite">${this.busy || (this.loaded ? this.loaded.name : '')}</p>
        ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      </section>
    `;
  }

  private message(finding: Finding): string {
    const translate = this.t.messages[finding.kind];
    return translate && finding.issue.value !== undefined ? translate(finding.issue.value) : finding.issue.message;
  }

  private renderFindings(): TemplateResult | typeof nothing {
    const result = this.loaded?.result;
    if (!result) return nothing;
    const t = this.t;
    const groups = groupFindings(result.errors, result.warnings);
    return html`
      <section aria-labelledby="findings" class="findings">
        <h2 id="findings">${t.findings}</h2>
        <p class="summary">
          ${t.summary(result.errors.length, result.warnings.length, result.programme?.activities.length ?? 0)}
          ${groups.length ? nothing : t.allGood}
        </p>
        ${groups.map(
          (group) => html`
            <details open class="group">
              <summary>
                <h3>${group.title}</h3>
                <span>${group.findings.length}</span>
              </summary>
              <ul>
                ${group.findings.map(
                  (f) => html`
                    <li class=${f.severity} data-kind=${f.kind}>
                      <span class="badge">${f.severity === 'error' ? t.error : t.warning}</span>
                      <code class="where">${f.where}</code>
                      <strong>${t.kinds[f.kind].title}:</strong> <span class="message">${this.message(f)}</span>
                      <div class="fix"><span>${t.fix}:</span> ${t.kinds[f.kind].fix}</div>
                    </li>
                  `,
                )}
              </ul>
            </details>
          `,
        )}
      </section>
    `;
  }

  private setEmbed(patch: Partial<MissionStudio['embed']>): void {
    this.embed = { ...this.embed, ...patch };
  }

  private renderEmbedOptions(): TemplateResult | typeof nothing {
    const programme = this.programme;
    if (!programme) return nothing;
    const t = this.t;
    const lang = this.uiLang;
    const chosen = new Set(this.embed.sectors ?? []);
    const zone = this.embed.timeZone ?? 'event';
    return html`
      <section aria-labelledby="options" class="options">
        <h2 id="options">${t.options}</h2>
        <div class="grid">
          <label>
            ${t.optLang}
            <select @change=${(e: Event) => this.setEmbed({ lang: (e.target as HTMLSelectElement).value })}>
              <option value="">${t.optLangFeed}</option>
              ${programme.mission.languages.map(
                (l) => html`<option value=${l} ?selected=${l === this.embed.lang}>${l}</option>`,
              )}
            </select>
          </label>
          <label>
            ${t.optZone}
            <select @change=${(e: Event) => this.setEmbed({ timeZone: (e.target as HTMLSelectElement).value })}>
              <option value="event" ?selected=${zone === 'event'}>${t.zoneEvent}</option>
              <option value="local" ?selected=${zone === 'local'}>${t.zoneLocal}</option>
              ${VISITOR_ZONES.map((z) => html`<option value=${z} ?selected=${zone === z}>${z}</option>`)}
            </select>
          </label>
          <label>
            ${t.optGroupBy}
            <select @change=${(e: Event) => this.setEmbed({ groupBy: (e.target as HTMLSelectElement).value })}>
              <option value="day">${t.groupDay}</option>
              <option value="mission-day" ?selected=${this.embed.groupBy === 'mission-day'}>
                ${t.groupMissionDay}
              </option>
            </select>
          </label>
          <label>
            ${t.optView}
            <select @change=${(e: Event) => this.setEmbed({ view: (e.target as HTMLSelectElement).value })}>
              <option value="list">${t.viewList}</option>
              <option value="grid" ?selected=${this.embed.view === 'grid'}>${t.viewGrid}</option>
            </select>
          </label>
        </div>
        ${
          programme.sectors.length
            ? html`<fieldset>
                <legend>${t.optSectors}</legend>
                ${programme.sectors.map(
                  (s) =>
                    html`<label class="check">
                      <input
                        type="checkbox"
                        name="sector"
                        .value=${s.id}
                        .checked=${chosen.has(s.id)}
                        @change=${(e: Event) => {
                          const next = new Set(chosen);
                          if ((e.target as HTMLInputElement).checked) next.add(s.id);
                          else next.delete(s.id);
                          this.setEmbed({ sectors: programme.sectors.map((x) => x.id).filter((id) => next.has(id)) });
                        }}
                      />
                      ${pickText(s.name, lang, programme.mission.defaultLanguage) || s.id}
                    </label>`,
                )}
                <label class="check">
                  <input
                    type="checkbox"
                    name="lock"
                    .checked=${!!this.embed.lockSectors}
                    @change=${(e: Event) => this.setEmbed({ lockSectors: (e.target as HTMLInputElement).checked })}
                  />
                  ${t.optLock}
                </label>
              </fieldset>`
            : nothing
        }
      </section>
    `;
  }

  private agenda(kind: 'phone' | 'desktop', feed: unknown): TemplateResult {
    const zone = this.previewZone === 'visitor' && isValidZone(this.visitorZone) ? this.visitorZone : 'event';
    const sectors = (this.embed.sectors ?? []).join(',');
    return html`<mission-agenda
      data-preview=${kind}
      .feed=${feed}
      time-zone=${zone}
      lang=${this.embed.lang || this.uiLang}
      sectors=${sectors}
      ?lock-sectors=${!!this.embed.lockSectors && !!sectors}
      group-by=${this.embed.groupBy ?? 'day'}
      view=${this.embed.view ?? 'list'}
    ></mission-agenda>`;
  }

  private renderPreview(): TemplateResult {
    const t = this.t;
    const programme = this.programme;
    const feed = this.loaded?.result.feed;
    const missionZone = programme?.mission.timeZone ?? '';
    const changes =
      programme && isValidZone(this.visitorZone)
        ? offsetChanges(daysOf(programme.activities, missionZone), missionZone, this.visitorZone)
        : [];
    return html`
      <section aria-labelledby="preview" class="preview">
        <h2 id="preview">${t.preview}</h2>
        ${
          programme
            ? html`
                <fieldset class="zones">
                  <legend>${t.previewZone}</legend>
                  <label class="check">
                    <input
                      type="radio"
                      name="preview-zone"
                      value="mission"
                      .checked=${this.previewZone === 'mission'}
                      @change=${() => (this.previewZone = 'mission')}
                    />
                    ${t.missionZone(missionZone)}
                  </label>
                  <label class="check">
                    <input
                      type="radio"
                      name="preview-zone"
                      value="visitor"
                      .checked=${this.previewZone === 'visitor'}
                      @change=${() => (this.previewZone = 'visitor')}
                    />
                    ${t.visitorZone}
                  </label>
                  <input
                    aria-label=${t.visitorZone}
                    list="zones"
                    .value=${this.visitorZone}
                    @change=${(e: Event) => {
                      this.visitorZone = (e.target as HTMLInputElement).value.trim();
                      this.previewZone = 'visitor';
                    }}
                  />
                  <datalist id="zones">${VISITOR_ZONES.map((z) => html`<option value=${z}></option>`)}</datalist>
                </fieldset>
                <div class="gaps">
                  <h3>${t.gapChanges} (${missionZone} → ${this.visitorZone})</h3>
                  ${
                    changes.length
                      ? html`<ul>
                          ${changes.map(
                            (c) =>
                              html`<li data-date=${c.date}>
                                ${t.gapChange(formatDate(c.date, this.uiLang), gapText(c.before), gapText(c.after))}
                              </li>`,
                          )}
                        </ul>`
                      : html`<p>${t.noGapChange}</p>`
                  }
                </div>
                ${
                  programme.activities.length > this.previewLimit && this.previewAnyway !== this.loaded
                    ? html`<p class="large">
                        ${t.large(programme.activities.length)}
                        <button type="button" @click=${() => (this.previewAnyway = this.loaded)}>
                          ${t.showPreviews}
                        </button>
                      </p>`
                    : html`<div class="frames">
                        <figure class="phone">
                          <figcaption>${t.phone}</figcaption>
                          <div class="screen">${this.agenda('phone', feed)}</div>
                        </figure>
                        <figure class="desktop">
                          <figcaption>${t.desktop}</figcaption>
                          <div class="screen">${this.agenda('desktop', feed)}</div>
                        </figure>
                      </div>`
                }
              `
            : html`<p>${t.noFeed}</p>`
        }
      </section>
    `;
  }

  private renderChanges(): TemplateResult | typeof nothing {
    const programme = this.programme;
    if (!programme) return nothing;
    const t = this.t;
    const published = this.published;
    const comparison = published?.programme ? compareProgrammes(published.programme, programme) : undefined;
    return html`
      <section aria-labelledby="changes" class="changes">
        <h2 id="changes">${t.changes}</h2>
        <p>${t.changesIntro}</p>
        <form
          class="row"
          @submit=${(e: SubmitEvent) => {
            e.preventDefault();
            const url = new FormData(e.target as HTMLFormElement).get('published') as string;
            if (url.trim()) void this.loadPublished(url.trim());
          }}
        >
          <label>${t.publishedUrl} <input name="published" type="url" placeholder="https://…/mission.json" /></label>
          <button type="submit">${t.compare}</button>
          <label class="button">
            ${t.publishedFile}
            <input
              type="file"
              accept=".json,application/json"
              @change=${(e: Event) => {
                const file = (e.target as HTMLInputElement).files?.[0];
                if (file) void this.loadPublished(file);
              }}
            />
          </label>
        </form>
        ${published?.problem ? html`<p class="problem" role="alert">${t.unreadable(published.problem)}</p>` : nothing}
        ${comparison ? this.renderComparison(comparison, programme) : nothing}
      </section>
    `;
  }

  private renderComparison(c: ProgrammeComparison, programme: Programme): TemplateResult {
    const t = this.t;
    if (isUnchanged(c)) return html`<p class="unchanged">${t.unchanged}</p>`;
    const zone = programme.mission.timeZone;
    const title = (text: LocalizedText | undefined) => pickText(text, this.uiLang, programme.mission.defaultLanguage);
    const when = (start: number, end: number) => formatRange(start, end, zone, this.uiLang);
    const list = (kind: string, heading: string, items: TemplateResult[]) =>
      items.length
        ? html`<div class="change" data-change=${kind}>
            <h3>${heading} (${items.length})</h3>
            <ul>
              ${items}
            </ul>
          </div>`
        : nothing;
    const item = (a: Activity, extra: TemplateResult | string = '') =>
      html`<li data-id=${a.id}><strong>${title(a.title)}</strong> · ${when(a.start, a.end)} ${extra}</li>`;
    return html`
      <div class="comparison">
        ${list(
          'added',
          t.added,
          c.added.map((a) => item(a)),
        )}
        ${list(
          'moved',
          t.moved,
          c.moved.map((m) => item(m.activity, html`<s>${when(m.from.start, m.from.end)}</s>`)),
        )}
        ${list(
          'cancelled',
          t.cancelled,
          c.cancelled.map((a) => item(a)),
        )}
        ${list(
          'retitled',
          t.retitled,
          c.retitled.map((r) => item(r.activity, html`<s>${title(r.before)}</s>`)),
        )}
        ${list(
          'removed',
          t.removed,
          c.removed.map(
            (r) => html`<li data-id=${r.id}><strong>${title(r.title) || r.id}</strong> · ${when(r.start, r.end)}</li>`,
          ),
        )}
      </div>
    `;
  }

  private renderPublish(): TemplateResult | typeof nothing {
    const result = this.loaded?.result;
    if (!result?.programme) return nothing;
    const t = this.t;
    const options = this.embedOptions();
    const title = pickText(
      result.programme.mission.title,
      this.embed.lang || this.uiLang,
      result.programme.mission.defaultLanguage,
    );
    const snippets = [
      { id: 'script', heading: t.scriptSnippet, text: scriptSnippet(options), help: '' },
      {
        id: 'frame',
        heading: t.frameSnippet,
        text: frameSnippet({ ...options, title, fallbackUrl: result.programme.mission.url ?? this.feedUrl }),
        help: t.frameHelp,
      },
    ];
    const url = (label: string, value: string, set: (v: string) => void) =>
      html`<label
        >${label} <input type="url" .value=${value} @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
      /></label>`;
    return html`
      <section aria-labelledby="publish" class="publish">
        <h2 id="publish">${t.publish}</h2>
        <button type="button" class="primary" @click=${this.download}>${t.download}</button>
        <div class="grid">
          ${url(t.feedUrl, this.feedUrl, (v) => (this.feedUrl = v))}
          ${url(t.scriptUrl, this.scriptUrl, (v) => (this.scriptUrl = v))}
          ${url(t.frameUrl, this.frameUrl, (v) => (this.frameUrl = v))}
        </div>
        ${snippets.map(
          (s) => html`
            <div class="snippet">
              <h3 id="snippet-${s.id}">${s.heading}</h3>
              ${s.help ? html`<p>${s.help}</p>` : nothing}
              <textarea
                readonly
                data-snippet=${s.id}
                aria-labelledby="snippet-${s.id}"
                rows=${s.text.split('\n').length + 2}
                .value=${s.text}
              ></textarea>
              <button type="button" @click=${() => this.copy(s.id, s.text)}>
                ${this.copied === s.id ? t.copied : t.copy}
              </button>
            </div>
          `,
        )}
        <p class="note">${t.cors}</p>
      </section>
    `;
  }
}

/** The calendar dates (`YYYY-MM-DD`) in `zone` of the activities' starts, through one Intl formatter. */
function daysOf(activities: readonly Activity[], zone: string): string[] {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const days = new Set<string>();
  for (const a of activities) days.add(format.format(a.start));
  return [...days];
}

function formatDate(date: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'long' }).format(
    Date.parse(`${date}T12:00:00Z`),
  );
}

function formatRange(start: number, end: number, zone: string, lang: string): string {
  const format = new Intl.DateTimeFormat(lang, {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  return format.formatRange(start, end);
}

/** Registers `<mission-studio>` (once). Called, not imported for its effect: the package's modules are side-effect free. */
export function defineStudio(): void {
  if (!customElements.get('mission-studio')) customElements.define('mission-studio', MissionStudio);
}

declare global {
  interface HTMLElementTagNameMap {
    'mission-studio': MissionStudio;
  }
}
