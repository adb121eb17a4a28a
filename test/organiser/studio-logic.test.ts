import { expect } from '@open-wc/testing';
import feed from '../../demo/feeds/bem-west-coast-2025.json' with { type: 'json' };
import { parseFeed } from '../../src/core/feed/validate.js';
import type { Programme } from '../../src/core/feed/types.js';
import { compareProgrammes, isUnchanged } from '../../src/organiser/compare.js';
import { findingKind, groupFindings } from '../../src/organiser/findings.js';
import { frameAttributes } from '../../src/organiser/frame/params.js';
import { frameAddress, frameSnippet, scriptSnippet } from '../../src/organiser/snippet.js';
import { TERMS, studioLang } from '../../src/organiser/studio/i18n.js';

const programme = (f: unknown): Programme => {
  const p = parseFeed(f).programme;
  if (!p) throw new Error('not a programme');
  return p;
};

describe('organiser studio logic', () => {
  it('classifies the converter’s and the validator’s problems', () => {
    expect(findingKind({ path: '', message: 'x', code: 'not-a-time' })).to.equal('not-a-time');
    expect(findingKind({ path: 'a', message: 'The end must be after the start; this activity was skipped.' })).to.equal(
      'end-before-start',
    );
    expect(findingKind({ path: 'a', message: 'Unknown sector "x"; the reference was dropped.' })).to.equal(
      'unknown-ref',
    );
    expect(findingKind({ path: 'a', message: 'Unknown time zone "Mars/Olympus".' })).to.equal('zone');
    expect(findingKind({ path: 'a', message: 'Something new.' })).to.equal('other');
  });

  it('groups problems by sheet, errors first, then down the sheet', () => {
    const groups = groupFindings(
      [
        { path: '', message: 'b', cell: { sheet: 'Activities', row: 9, column: 3 } },
        { path: '', message: 'a', cell: { sheet: 'Activities', row: 4, column: 2 } },
        { path: 'venues[0].url', message: 'c' },
      ],
      [{ path: '', message: 'w', cell: { sheet: 'Activities', row: 2, column: 1 } }],
    );
    expect(groups.map((g) => g.title)).to.deep.equal(['Activities', 'venues']);
    expect(groups[0].findings.map((f) => `${f.severity} ${f.where}`)).to.deep.equal([
      'error Activities!B4',
      'error Activities!C9',
      'warning Activities!A2',
    ]);
    expect(groups[1].findings[0].where).to.equal('venues[0].url');
  });

  it('has every word in four languages, and a fix for every kind of problem', () => {
    const keys = Object.keys(TERMS.en);
    for (const lang of ['fr', 'nl', 'de'] as const) {
      expect(Object.keys(TERMS[lang])).to.have.members(keys);
      for (const [kind, words] of Object.entries(TERMS[lang].kinds)) {
        expect(words.fix, `${lang} ${kind}`).to.not.equal(TERMS.en.kinds[kind as keyof typeof TERMS.en.kinds].fix);
      }
      expect(TERMS[lang].title).to.not.equal(TERMS.en.title);
    }
    expect(studioLang('nl-BE')).to.equal('nl');
    expect(studioLang('es')).to.equal('en');
  });

  it('compares with the published programme in the visitors’ change model, plus retitles', () => {
    const published = programme(feed);
    const changed = structuredClone(feed);
    changed.activities[0].start = '2025-10-05T13:30';
    (changed.activities[1] as { status?: string }).status = 'cancelled';
    changed.activities[2].title.en = 'Press briefing, moved to the lobby';
    changed.activities.splice(3, 1);
    changed.activities.push({ ...changed.activities[4], id: 'a-new' });
    const c = compareProgrammes(published, programme(changed));
    expect(c.moved.map((m) => m.activity.id)).to.deep.equal(['a-001']);
    expect(c.cancelled.map((a) => a.id)).to.deep.equal(['a-002']);
    expect(c.retitled.map((r) => [r.activity.id, r.before.en])).to.deep.equal([
      ['a-003', 'Press briefing for accompanying journalists'],
    ]);
    expect(c.removed.map((r) => [r.id, r.title?.en])).to.deep.equal([['a-004', feed.activities[3].title.en]]);
    expect(c.added.map((a) => a.id)).to.deep.equal(['a-new']);
    expect(isUnchanged(compareProgrammes(published, published))).to.equal(true);
  });

  it('writes the snippets with the options picked, escaped, defaults left out', () => {
    const options = {
      feedUrl: 'https://x.example/m.json?a=1&b="2"',
      scriptUrl: '/mission-agenda.js',
      frameUrl: 'https://cdn.example/embed/frame.html',
      lang: 'fr',
      sectors: ['life-sciences', 'ai'],
      lockSectors: true,
      timeZone: 'local',
      groupBy: 'day',
      view: 'grid',
    };
    expect(scriptSnippet(options)).to.equal(
      '<script type="module" src="/mission-agenda.js"></script>\n' +
        '<mission-agenda src="https://x.example/m.json?a=1&amp;b=&quot;2&quot;" lang="fr" sectors="life-sciences,ai" ' +
        'lock-sectors time-zone="local" view="grid"></mission-agenda>',
    );
    const address = frameAddress(options);
    expect(address).to.equal(
      'https://cdn.example/embed/frame.html?src=https%3A%2F%2Fx.example%2Fm.json%3Fa%3D1%26b%3D%222%22&lang=fr' +
        '&sectors=life-sciences%2Cai&lock-sectors&time-zone=local&view=grid',
    );
    expect(frameAttributes(new URL(address).search)).to.deep.equal([
      ['src', 'https://x.example/m.json?a=1&b="2"'],
      ['lang', 'fr'],
      ['sectors', 'life-sciences,ai'],
      ['lock-sectors', ''],
      ['time-zone', 'local'],
      ['view', 'grid'],
    ]);
    const frame = frameSnippet({ ...options, title: 'Programme <BEM>', fallbackUrl: 'https://bem.example/' });
    expect(frame).to.contain('title="Programme &lt;BEM&gt;"');
    expect(frame).to.contain('<noscript><a href="https://bem.example/">Programme &lt;BEM&gt;</a></noscript>');
    expect(frame).to.contain("e.data.type !== 'mission-agenda:height'");
    expect(frame).to.contain('height:1200px');
  });

  it('reads only the agenda’s own attributes from the iframe page’s query', () => {
    expect(frameAttributes('?src=a.json&onload=alert(1)&lock-sectors=false&lang=%20nl%20&style=x')).to.deep.equal([
      ['src', 'a.json'],
      ['lang', 'nl'],
    ]);
  });
});
