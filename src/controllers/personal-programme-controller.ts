import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ProgrammeDiff } from '../core/agenda/changes.js';
import type { MergeMode } from '../core/agenda/favourites.js';
import { pickText } from '../core/feed/text.js';
import type { Activity, Programme } from '../core/feed/types.js';
import { HOLD_MS, personalCode, type PersonalCode } from '../io/chunks.js';
import { atMost } from '../io/lazy.js';
import { PersonalStore } from '../io/personal-store.js';

const NO_CLASHES: ReadonlyMap<string, readonly Activity[]> = new Map();

/** What an agenda tells its visitor's programme. */
export interface PersonalOptions {
  /** A shared programme became the visitor's own: show "My programme". */
  readonly showMine: () => void;
  readonly storage?: () => Storage | undefined;
}

/**
 * The visitor's own programme in an agenda: starred activities (kept per mission in localStorage), a programme shared
 * by link (taken in, or offered to merge), what changed since the last visit, clashes between stars, and handing
 * the stars on as a calendar file or a link. The host re-renders on every change.
 *
 * The stars need only storage. Everything else is code loaded on demand (`chunks/personal.ts`): a shared link or
 * change tracking waits for it before the programme is first shown (`pending`), clashes appear once it is there, and
 * sharing or exporting loads it when asked. When it cannot load, `unavailable` says so.
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
  /** Something the visitor has or asked for (a shared link, changes, a link or file to make) needs code that did not load. */
  unavailable = false;
  /** The code a new programme waits for before it is shown, while it loads (`HOLD_MS` at most). */
  pending?: Promise<void>;

  private readonly store: PersonalStore;
  private programme?: Programme;
  private clashMemo?: {
    programme: Programme;
    favourites: ReadonlySet<string>;
    clashes: ReadonlyMap<string, readonly Activity[]>;
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PersonalOptions,
  ) {
    this.store = new PersonalStore(options.storage);
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * A new programme: restores the stars, takes in a shared programme (`share`, from the URL), and compares with the
   * last visit when `trackChanges`; the last two once their code is there (see `pending`).
   */
  load(programme: Programme, share: string | undefined, trackChanges: boolean): void {
    this.programme = programme;
    this.favourites = this.store.favourites(programme.mission.id);
    this.host.requestUpdate();
    if (!share && !trackChanges) return;
    const code = personalCode.module;
    if (code) {
      this.take(code, programme, share, trackChanges);
      return;
    }
    const loading = personalCode.load().then((loaded) => {
      // a newer programme came meanwhile: it does its own
      if (this.programme !== programme) return;
      if (loaded) this.take(loaded, programme, share, trackChanges);
      else this.unavailable = true;
      this.host.requestUpdate();
    });
    // the programme waits for it, but not long: a stalled request shows the programme, and the banner comes later
    const pending = (this.pending = atMost(loading, HOLD_MS).then(() => {
      if (this.pending === pending) this.pending = undefined;
    }));
  }

  /** The shared programme and the changes since the last visit, with their code. */
  private take(code: PersonalCode, programme: Programme, share: string | undefined, trackChanges: boolean): void {
    const id = programme.mission.id;
    this.unavailable = false;
    if (share) {
      const shared = code.decodeShare(
        share,
        programme.activities.map((a) => a.id),
      );
      if (shared.length && !this.favourites.size) {
        this.save(programme, new Set(shared));
        this.options.showMine();
      } else if (shared.some((s) => !this.favourites.has(s))) {
        this.shared = shared;
      }
    }
    if (trackChanges) {
      const previous = this.store.fingerprint(id, code);
      if (!previous) this.store.saveFingerprint(id, code.fingerprint(programme, Date.now()), code);
      const diff = previous ? code.diffProgrammes(previous, programme) : undefined;
      this.diff = diff && (diff.changes.size || diff.removed.length) ? diff : undefined;
    }
    this.host.requestUpdate();
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
    const code = personalCode.module; // there: it read the shared programme
    if (!this.shared || !code) return;
    this.save(programme, code.mergeShared(this.favourites, this.shared, mode));
    this.shared = undefined;
  }

  /** The visitor has seen the changes: remember this version. */
  dismissChanges(programme: Programme): void {
    const code = personalCode.module; // there: it found the changes
    if (code) this.store.saveFingerprint(programme.mission.id, code.fingerprint(programme, Date.now()), code);
    this.diff = undefined;
    this.host.requestUpdate();
  }

  /**
   * For each starred activity that overlaps other starred ones: those others (recomputed when either changes). None
   * until their code is there: asking starts loading it, and the host updates when it has come.
   */
  clashes(programme: Programme | undefined): ReadonlyMap<string, readonly Activity[]> {
    if (!programme || this.favourites.size < 2) return NO_CLASHES;
    const code = personalCode.module;
    if (!code) {
      // after a failure, the next star tries again (see `save`), not every update
      if (!personalCode.failed) void this.code();
      return NO_CLASHES;
    }
    let m = this.clashMemo;
    if (m?.programme !== programme || m.favourites !== this.favourites) {
      m = this.clashMemo = {
        programme,
        favourites: this.favourites,
        clashes: code.clashes(programme.activities, this.favourites),
      };
    }
    return m.clashes;
  }

  /** Downloads the starred activities as one calendar file (its writer is loaded on first use). */
  async exportIcs(programme: Programme, lang: string, root: ParentNode): Promise<void> {
    const starred = programme.activities.filter((a) => this.favourites.has(a.id));
    if (!starred.length) return;
    const code = await this.code();
    if (!code) return;
    let writer: typeof import('../core/calendar/ics.js');
    try {
      writer = await import('../core/calendar/ics.js');
    } catch (error) {
      console.warn('<mission-agenda>: the calendar file could not be made (its code did not load).', error);
      this.unavailable = true;
      this.host.requestUpdate();
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
    code.downloadText(root, icsFileName(title), 'text/calendar;charset=utf-8', ics);
  }

  /** Makes a link to the starred activities with `linkTo(code)` and copies it (it stays shown to copy by hand). */
  async share(programme: Programme, linkTo: (code: string) => string): Promise<void> {
    const code = await this.code();
    if (!code) return;
    const ids = programme.activities.map((a) => a.id);
    this.shareUrl = linkTo(
      code.encodeShare(
        ids.filter((id) => this.favourites.has(id)),
        ids,
      ),
    );
    this.shareCopied = false;
    this.host.requestUpdate();
    this.shareCopied = await code.copyText(this.shareUrl);
    this.host.requestUpdate();
  }

  /**
   * The code beyond the stars, loaded if need be; undefined when it cannot load. Either way the host updates: with
   * what the code shows (clashes), or saying that it is unavailable.
   */
  private async code(): Promise<PersonalCode | undefined> {
    const code = await personalCode.load();
    this.unavailable = !code;
    this.host.requestUpdate();
    return code;
  }

  private save(programme: Programme, favourites: ReadonlySet<string>): void {
    if (favourites.size > 1 && !personalCode.module) void this.code();
    this.favourites = favourites;
    this.store.saveFavourites(programme.mission.id, favourites);
    this.host.requestUpdate();
  }
}
