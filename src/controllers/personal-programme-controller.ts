import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { diffProgrammes, fingerprint, type ProgrammeDiff } from '../core/agenda/changes.js';
import { clashes, decodeShare, encodeShare, mergeShared, type MergeMode } from '../core/agenda/favourites.js';
import { pickText } from '../core/feed/text.js';
import type { Activity, Programme } from '../core/feed/types.js';
import { PersonalStore } from '../io/personal-store.js';
import { copyText, downloadText } from '../io/share.js';

const NO_CLASHES: ReadonlyMap<string, readonly Activity[]> = new Map();

/**
 * The visitor's own programme in an agenda: starred activities (kept per mission in localStorage), a programme shared
 * by link (taken in, or offered to merge), what changed since the last visit, clashes between stars, and handing
 * the stars on as a calendar file or a link. The host re-renders on every change.
 */
export class PersonalProgrammeController implements ReactiveController {
  /** Starred activity ids. */
  favourites: ReadonlySet<string> = new Set();
  /** A shared programme waiting for the visitor's decision. */
  shared?: readonly string[];
  /** What changed since the last acknowledged version. */
  diff?: ProgrammeDiff;
  /** The last link made to share the stars, and whether it was copied. */
  shareUrl = '';
  shareCopied = false;

  private readonly store: PersonalStore;
  private clashMemo?: {
    programme: Programme;
    favourites: ReadonlySet<string>;
    clashes: ReadonlyMap<string, readonly Activity[]>;
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    storage?: () => Storage | undefined,
  ) {
    this.store = new PersonalStore(storage);
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * A new programme: restores the stars, takes in a shared programme (`share`, from the URL), and compares with the
   * last visit when `trackChanges`. Returns true when the shared programme became the visitor's and should be shown.
   */
  load(programme: Programme, share: string | undefined, trackChanges: boolean): boolean {
    const id = programme.mission.id;
    let showMine = false;
    this.favourites = this.store.favourites(id);
    if (share) {
      const shared = decodeShare(
        share,
        programme.activities.map((a) => a.id),
      );
      if (shared.length && !this.favourites.size) {
        this.save(programme, new Set(shared));
        showMine = true;
      } else if (shared.some((s) => !this.favourites.has(s))) {
        this.shared = shared;
      }
    }
    if (trackChanges) {
      const previous = this.store.fingerprint(id);
      if (!previous) this.store.saveFingerprint(id, fingerprint(programme, Date.now()));
      const diff = previous ? diffProgrammes(previous, programme) : undefined;
      this.diff = diff && (diff.changes.size || diff.removed.length) ? diff : undefined;
    }
    this.host.requestUpdate();
    return showMine;
  }

  /** Stars or unstars activity `id`. */
  toggle(programme: Programme, id: string, starred: boolean): void {
    const next = new Set(this.favourites);
    if (starred) next.add(id);
    else next.delete(id);
    this.save(programme, next);
  }

  /** The visitor's answer to a shared programme: merge it, replace the stars with it, or (undefined) ignore it. */
  chooseShared(programme: Programme, mode: MergeMode): void {
    if (!this.shared) return;
    this.save(programme, mergeShared(this.favourites, this.shared, mode));
    this.shared = undefined;
  }

  /** The visitor has seen the changes: remember this version. */
  dismissChanges(programme: Programme): void {
    this.store.saveFingerprint(programme.mission.id, fingerprint(programme, Date.now()));
    this.diff = undefined;
    this.host.requestUpdate();
  }

  /** For each starred activity that overlaps other starred ones: those others (recomputed when either changes). */
  clashes(programme: Programme | undefined): ReadonlyMap<string, readonly Activity[]> {
    if (!programme || this.favourites.size < 2) return NO_CLASHES;
    let m = this.clashMemo;
    if (m?.programme !== programme || m.favourites !== this.favourites) {
      m = this.clashMemo = {
        programme,
        favourites: this.favourites,
        clashes: clashes(programme.activities, this.favourites),
      };
    }
    return m.clashes;
  }

  /** Downloads the starred activities as one calendar file (its writer is loaded on first use). */
  async exportIcs(programme: Programme, lang: string, root: ParentNode): Promise<void> {
    const starred = programme.activities.filter((a) => this.favourites.has(a.id));
    if (!starred.length) return;
    let writer: typeof import('../core/calendar/ics.js');
    try {
      writer = await import('../core/calendar/ics.js');
    } catch (error) {
      console.warn('<mission-agenda>: the calendar file could not be made (its code did not load).', error);
      return;
    }
    const { toIcs, icsFileName } = writer;
    const { mission } = programme;
    const title = pickText(mission.title, lang, mission.defaultLanguage);
    const ics = toIcs(starred, {
      lang,
      defaultLang: mission.defaultLanguage,
      calendarName: title,
      missionId: mission.id,
      now: Date.now(),
    });
    downloadText(root, icsFileName(title), 'text/calendar;charset=utf-8', ics);
  }

  /** Makes a link to the starred activities with `linkTo(code)` and copies it (it stays shown to copy by hand). */
  share(programme: Programme, linkTo: (code: string) => string): void {
    const ids = programme.activities.map((a) => a.id);
    this.shareUrl = linkTo(
      encodeShare(
        ids.filter((id) => this.favourites.has(id)),
        ids,
      ),
    );
    this.shareCopied = false;
    this.host.requestUpdate();
    void copyText(this.shareUrl).then((copied) => {
      this.shareCopied = copied;
      this.host.requestUpdate();
    });
  }

  private save(programme: Programme, favourites: ReadonlySet<string>): void {
    this.favourites = favourites;
    this.store.saveFavourites(programme.mission.id, favourites);
    this.host.requestUpdate();
  }
}
