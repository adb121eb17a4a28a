import { expect } from '@open-wc/testing';
import { MAX_TEXT } from '../../../src/core/import/convert.js';
import { htmlToText } from '../../../src/core/import/html.js';
import { importProgramme, MAX_DOCUMENT } from '../../../src/core/import/index.js';
import { IdRegistry } from '../../../src/core/import/schedule.js';

/**
 * Counts the calls of `target[name]` while `run` runs: a deterministic measure of work (how many lookups, how many
 * passes over a text), where a stopwatch would depend on the machine.
 */
function countCalls<T extends object>(target: T, name: keyof T & string, run: () => void): number {
  const original = target[name] as (...args: unknown[]) => unknown;
  let calls = 0;
  Object.defineProperty(target, name, {
    configurable: true,
    writable: true,
    value: function (this: unknown, ...args: unknown[]) {
      calls++;
      return original.apply(this, args);
    },
  });
  try {
    run();
  } finally {
    Object.defineProperty(target, name, { configurable: true, writable: true, value: original });
  }
  return calls;
}

/**
 * Whether the text holds a tag, `/<\/?[a-z][^>]*>/i`, without that pattern's own quadratic search on a megabyte of
 * `<a <a <a`: a tag is there when a `<` and a letter come before the last `>`.
 */
function hasTag(text: string): boolean {
  return /<\/?[a-z]/i.test(text.slice(0, text.lastIndexOf('>') + 1));
}

/** A frab `schedule.json` with one day and the given rooms, each holding `events(room)`. */
function schedule(rooms: Record<string, unknown[]>, conference: Record<string, unknown> = {}) {
  return {
    schedule: {
      conference: {
        title: 'Hostile',
        time_zone_name: 'Europe/Brussels',
        days: [{ date: '2026-01-31', rooms }],
        ...conference,
      },
    },
  };
}

const event = (n: number, extra: Record<string, unknown> = {}) => ({
  guid: `e${n}`,
  date: '2026-01-31T10:00:00+01:00',
  duration: '00:30',
  title: `Talk ${n}`,
  ...extra,
});

describe('conference importers on hostile input: linear work', () => {
  it('gives ids to 5,000 names that share one slug with a few lookups each', () => {
    const registry = new IdRegistry<string>();
    const lookups = countCalls(Set.prototype, 'has', () => {
      for (let i = 0; i < 5000; i++)
        registry.get(
          `Room${'!'.repeat(i)}`,
          () => 'room',
          (id) => id,
        );
    });
    expect(registry.items.slice(0, 3)).to.deep.equal(['room', 'room-2', 'room-3']);
    expect(new Set(registry.items).size).to.equal(5000);
    // Searching from "room-2" for every name costs 12.5 million lookups.
    expect(lookups).to.be.below(4 * 5000);
  });

  it('keeps ids unique when names take the suffixed ids of others', () => {
    const registry = new IdRegistry<string>();
    for (const [key, wanted] of [
      ['a', 'x'],
      ['b', 'x-2'],
      ['c', 'x'],
      ['d', 'x'],
      ['e', 'x-3'],
      ['f', ''],
    ]) {
      registry.get(
        key,
        () => wanted,
        (id) => id,
      );
    }
    expect(registry.items).to.deep.equal(['x', 'x-2', 'x-3', 'x-4', 'x-3-2', 'item-6']);
  });

  it('imports 5,000 rooms whose names share one slug, each its own venue, in linear work', () => {
    const rooms: Record<string, unknown[]> = {};
    for (let i = 0; i < 5000; i++) rooms[`Hall${'*'.repeat(i % 50)}${' '.repeat(Math.floor(i / 50))}.`] = [event(i)];
    let result: ReturnType<typeof importProgramme> | undefined;
    const lookups = countCalls(Set.prototype, 'has', () => {
      result = importProgramme(schedule(rooms));
    });
    expect(result!.errors).to.deep.equal([]);
    expect(result!.programme!.venues).to.have.length(5000);
    expect(new Set(result!.programme!.activities.map((a) => a.venue!.id)).size).to.equal(5000);
    expect(lookups).to.be.below(20 * 5000);
  });

  it('derives the slug of a long room name once, not once per event', () => {
    const name = `Room ${'é'.repeat(100_000)}`;
    let result: ReturnType<typeof importProgramme> | undefined;
    const normalised = countCalls(String.prototype, 'normalize', () => {
      result = importProgramme(schedule({ [name]: Array.from({ length: 2000 }, (_, i) => event(i)) }));
    });
    expect(result!.programme!.activities).to.have.length(2000);
    expect(normalised).to.be.below(10);
  });

  it('clips long room names in the locations of its messages', () => {
    const name = `Room ${'x'.repeat(200_000)}`;
    const events = Array.from({ length: 500 }, (_, i) => `<event guid="${i}"><title>t</title></event>`).join('');
    const xml =
      '<schedule><conference><title>T</title><time_zone_name>Europe/Brussels</time_zone_name></conference>' +
      `<day date="2026-01-31"><room name="${name}">${events}</room></day></schedule>`;
    const result = importProgramme(xml);
    expect(result.errors).to.have.length(500);
    for (const e of result.errors) expect(e.path.length).to.be.below(200);
  });

  it('strips 20,000 nested broken tags in a bounded number of passes', () => {
    const depth = 20_000;
    let text = '';
    const passes = countCalls(String.prototype, 'replace', () => {
      text = htmlToText(`<p>kept</p>${'<'.repeat(depth)}${'b>'.repeat(depth)}after`);
    });
    expect(text).to.equal('kept\n\nafter');
    // One pass per nesting level is quadratic work: 20,000 passes over the text.
    expect(passes).to.be.below(10);
  });

  it('reads every character a bounded number of times in runs of would-be autolinks before a tag', () => {
    for (const piece of ['<a:', '<a@', '<https://x']) {
      const text = `${piece.repeat(5_000)}<b>end</b>`;
      let out = '';
      const reads = countCalls(String.prototype, 'charCodeAt', () => {
        out = htmlToText(text);
      });
      expect(out.endsWith('end'), piece).to.equal(true);
      // Reading each name on to the end of the text is quadratic work: tens of millions of reads.
      expect(reads, piece).to.be.below(20 * text.length);
    }
  });

  it('reads half a megabyte of unterminated tags, comments, scripts and references, keeping no tag', () => {
    const pieces = ['<a ', '</a ', '<!--', '<script', '<<b', 'x<y', '<a\n\t', '<', '<<<<b>', '<li>', '&amp;', '&#x41'];
    for (const piece of pieces) {
      const body = piece.repeat(Math.floor(500_000 / piece.length));
      // Without a `>` after them, `<a <a <a …` are no tags: telling that must not rescan the rest from every `<`.
      for (const text of [htmlToText(`start ${body}`), htmlToText(`start ${body}<b>end</b>`)]) {
        expect(text.startsWith('start'), piece).to.equal(true);
        expect(hasTag(text), piece).to.equal(false);
      }
    }
  });

  it(`cuts an abstract longer than ${MAX_TEXT} characters, says so once, and keeps the event`, () => {
    const long = `<p>${'word '.repeat(60_000)}</p>`;
    const result = importProgramme(
      schedule({ Hall: [event(1, { abstract: long }), event(2, { description: long }), event(3)] }),
    );
    expect(result.errors).to.deep.equal([]);
    expect(result.programme!.activities).to.have.length(3);
    const text = result.programme!.activities[0].description!.und;
    expect(text.length).to.be.at.most(MAX_TEXT);
    expect(text.startsWith('word word')).to.equal(true);
    expect(result.warnings).to.deep.equal([
      {
        path: 'schedule.conference.days[0].rooms.Hall[0].abstract',
        message:
          '2 events have an abstract, description or subtitle over 100,000 characters long: only their first ' +
          '100,000 characters were kept.',
      },
    ]);
    const one = importProgramme(schedule({ Hall: [event(1, { abstract: long })] }));
    expect(one.warnings[0].message).to.equal(
      'The abstract is 300,007 characters long: only its first 100,000 were kept.',
    );
  });

  it(`refuses a document longer than ${MAX_DOCUMENT} characters with one clear error`, () => {
    const result = importProgramme(' '.repeat(MAX_DOCUMENT + 1));
    expect(result.programme).to.equal(undefined);
    expect(result.errors).to.deep.equal([
      {
        path: '$',
        message:
          'The document is 32.0 million characters long; programmes of up to 32.0 million are read (a 900-event ' +
          'conference is about 3 million).',
      },
    ]);
  });
});
