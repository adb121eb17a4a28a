import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { IssueCollector } from '../../../src/core/feed/issues.js';
import { parseFeed } from '../../../src/core/feed/validate.js';
import { activity, feedWith, smallFeed } from './feeds.js';

describe('IssueCollector: grouped warnings', () => {
  const offset = (item: string) => ({
    key: 'offset 0 Asia/Kolkata',
    item,
    summary: (n: number) => `${n} events give their times in UTC; shown in Asia/Kolkata`,
  });

  it('tells a kind that concerns several items once, where it first occurred, counting items not warnings', () => {
    const issues = new IssueCollector();
    issues.warn('activities[0].type', 'Unknown type');
    for (let i = 1; i <= 117; i++) {
      issues.warn(`activities[${i}].start`, `start ${i}`, offset(`activities[${i}]`));
      issues.warn(`activities[${i}].end`, `end ${i}`, offset(`activities[${i}]`));
    }
    issues.warn('activities[200].status', 'Unknown status');
    expect(issues.warnings).to.deep.equal([
      { path: 'activities[0].type', message: 'Unknown type' },
      { path: 'activities[1].start', message: '117 events give their times in UTC; shown in Asia/Kolkata' },
      { path: 'activities[200].status', message: 'Unknown status' },
    ]);
  });

  it('keeps the detailed warnings of a kind that concerns one item only', () => {
    const issues = new IssueCollector();
    issues.warn('activities[3].start', 'start', offset('activities[3]'));
    issues.warn('activities[3].end', 'end', offset('activities[3]'));
    expect(issues.warnings.map((w) => w.message)).to.deep.equal(['start', 'end']);
  });

  it('groups a message repeated word for word at several paths, and leaves errors alone', () => {
    const issues = new IssueCollector();
    for (let i = 0; i < 3; i++) {
      issues.warn(`venues[${i}].name`, 'No name.');
      issues.error(`venues[${i}].url`, 'Bad link.');
    }
    issues.warn('venues[0].name', 'Other.');
    expect(issues.warnings).to.deep.equal([
      { path: 'venues[0].name', message: 'No name. (and 2 more like it)' },
      { path: 'venues[0].name', message: 'Other.' },
    ]);
    expect(issues.errors).to.have.length(3);
  });

  it('never loses a kind of warning and never repeats one', () => {
    const warning = fc.record({
      item: fc.integer({ min: 0, max: 5 }),
      kind: fc.constantFrom('a', 'b', 'c'),
      grouped: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(warning, { maxLength: 40 }), (list) => {
        const issues = new IssueCollector();
        for (const w of list) {
          const group = { key: w.kind, item: `x[${w.item}]`, summary: (n: number) => `${w.kind} ×${n}` };
          issues.warn(`x[${w.item}].f`, `${w.kind} at ${w.item}`, w.grouped ? group : undefined);
        }
        const messages = issues.warnings.map((w) => w.message);
        expect(messages.length).to.be.at.most(list.length);
        for (const kind of ['a', 'b', 'c']) {
          const items = new Set(list.filter((w) => w.kind === kind && w.grouped).map((w) => w.item));
          const summaries = messages.filter((m) => m.startsWith(`${kind} ×`));
          expect(summaries).to.deep.equal(items.size >= 2 ? [`${kind} ×${items.size}`] : []);
        }
      }),
    );
  });
});

describe('parseFeed: warning floods', () => {
  it('says once that many activities give their times in UTC while their zone is Asia/Kolkata', () => {
    const feed = smallFeed();
    (feed.mission as Record<string, unknown>).timeZone = 'Asia/Kolkata';
    feed.locations = [];
    const activities = Array.from({ length: 117 }, (_, i) =>
      activity({
        id: `e${i}`,
        location: undefined,
        venue: undefined,
        start: `2023-09-10T0${i % 10}:00:00+00:00`,
        end: `2023-09-10T0${i % 10}:30:00+00:00`,
      }),
    );
    const result = parseFeed({ ...feed, activities });
    expect(result.programme!.activities).to.have.length(117);
    expect(result.warnings).to.deep.equal([
      {
        path: 'activities[0].start',
        message:
          '117 activities give their times in UTC (+00:00) although their zone is Asia/Kolkata: the instants were ' +
          'kept as written and are shown in Asia/Kolkata time.',
      },
    ]);
    // One activity keeps the detailed warnings.
    expect(parseFeed({ ...feed, activities: activities.slice(0, 1) }).warnings.map((w) => w.path)).to.deep.equal([
      'activities[0].start',
      'activities[0].end',
    ]);
  });

  it('says once that several wall times of one night occur twice', () => {
    const night = (id: string, start: string) =>
      activity({ id, start, end: '2025-11-02T03:00', location: undefined, venue: undefined });
    const result = parseFeed(feedWith(night('a', '2025-11-02T01:00'), night('b', '2025-11-02T01:30')));
    expect(result.warnings).to.deep.equal([
      {
        path: 'activities[0].start',
        message:
          '2 activities have times that occur twice in America/Los_Angeles (clocks go back on 2025-11-02); the ' +
          'first one (UTC-07:00) was taken. Write the offset (-08:00) to mean the second one.',
      },
    ]);
  });
});
