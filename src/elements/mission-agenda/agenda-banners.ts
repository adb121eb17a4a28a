import { html, nothing } from 'lit';
import type { ActivityChange, RemovedActivity } from '../../core/agenda/changes.js';
import type { MergeMode } from '../../core/agenda/favourites.js';
import type { Activity } from '../../core/feed/types.js';
import type { Translation } from '../../core/i18n/index.js';

export interface ChangesProps {
  readonly t: Translation;
  readonly changes: ReadonlyMap<string, ActivityChange>;
  readonly removed: readonly RemovedActivity[];
  readonly byId: ReadonlyMap<string, Activity>;
  /** Title of an activity in the display language. */
  title(a: Activity): string;
  /** A moment as the banner writes it: `Tue 7 Oct, 09:00`. */
  readonly when: (instant: number) => string;
  readonly onDismiss: () => void;
}

/** "What changed since your last visit": new, moved and cancelled activities, in a dismissible banner. */
export function renderChanges(p: ChangesProps) {
  const { t } = p;
  const items = [...p.changes].flatMap(([id, change]) => {
    const a = p.byId.get(id);
    if (!a) return [];
    const label = change.kind === 'new' ? t.changeNew : change.kind === 'moved' ? t.changeMoved : t.changeCancelled;
    const detail = change.kind === 'moved' ? ` (${t.movedFrom(p.when(change.from.start))} → ${p.when(a.start)})` : '';
    return [{ start: a.start, kind: change.kind, label, text: `${p.title(a)}${detail}` }];
  });
  if (items.length === 0 && p.removed.length === 0) return nothing;
  items.sort((a, b) => a.start - b.start);
  return html`<section part="changes" class="changes" aria-labelledby="changes-title">
    <div class="banner-head">
      <h3 id="changes-title">${t.changesTitle}</h3>
      <button part="dismiss" type="button" class="link-button" @click=${p.onDismiss}>${t.dismiss}</button>
    </div>
    <ul>
      ${items.map((i) => html`<li><span class="change-kind" data-kind=${i.kind}>${i.label}</span> ${i.text}</li>`)}
      ${p.removed.map(
        (r) =>
          html`<li><span class="change-kind" data-kind="cancelled">${t.changeCancelled}</span> ${p.when(r.start)}</li>`,
      )}
    </ul>
  </section>`;
}

export interface SharedProps {
  readonly t: Translation;
  readonly count: number;
  readonly onChoose: (mode: MergeMode) => void;
}

/** Asks before a shared link's programme touches the visitor's own stars. */
export function renderSharedPrompt(p: SharedProps) {
  const { t } = p;
  return html`<section part="shared" class="shared" aria-labelledby="shared-title">
    <h3 id="shared-title">${t.sharedTitle}</h3>
    <p>${t.sharedText(p.count)}</p>
    <div class="shared-actions">
      <button type="button" @click=${() => p.onChoose('keep')}>${t.sharedKeep}</button>
      <button type="button" @click=${() => p.onChoose('replace')}>${t.sharedReplace}</button>
      <button type="button" @click=${() => p.onChoose('merge')}>${t.sharedMerge}</button>
    </div>
  </section>`;
}
