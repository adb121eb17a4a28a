import { matchQuery, searchIndex, type SearchIndex } from '../agenda/search.js';
import type { Programme } from '../feed/types.js';
import { ACTIVITY_TYPE_TERMS, translator } from '../i18n/index.js';
import type { ProgrammeSearch } from './agenda-view.js';

/** A programme's search: its index built once per programme and language; typing only scans it. */
export class IndexedSearch implements ProgrammeSearch {
  private key?: { programme: Programme; lang: string };
  private index: SearchIndex = [];

  matches(programme: Programme, lang: string, query: string): ReadonlySet<string> | undefined {
    if (this.key?.programme !== programme || this.key.lang !== lang) {
      const t = translator(lang);
      this.index = searchIndex(programme.activities, lang, programme.mission.defaultLanguage, (a) => [
        t[ACTIVITY_TYPE_TERMS[a.type]],
      ]);
      this.key = { programme, lang };
    }
    return matchQuery(this.index, query);
  }
}
