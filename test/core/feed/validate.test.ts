import { expect } from '@open-wc/testing';
import { parseFeed } from '../../../src/core/feed/validate.js';
import { activity, feedWith, smallFeed, type Json } from './feeds.js';

const paths = (issues: readonly { path: string }[]) => issues.map((i) => i.path);

describe('parseFeed: a valid feed', () => {
  const result = parseFeed(smallFeed());

  it('has no issues and resolves wall times in the location zone', () => {
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([]);
    const [a] = result.programme!.activities;
    // 09:00 PDT (UTC-7) = 16:00 UTC.
    expect(a.start).to.equal(Date.UTC(2025, 9, 6, 16));
    expect(a.end).to.equal(Date.UTC(2025, 9, 6, 17, 30));
    expect(a.timeZone).to.equal('America/Los_Angeles');
  });

  it('links references and normalises texts, colours and defaults', () => {
    const p = result.programme!;
    const [a] = p.activities;
    expect(a.location?.id).to.equal('sf');
    expect(a.venue?.location?.id).to.equal('sf');
    expect(a.sectors.map((s) => s.id)).to.deep.equal(['life']);
    expect(a.contacts.map((c) => c.name)).to.deep.equal(['An Peeters']);
    expect(a.status).to.equal('confirmed');
    expect(p.sectors[0].color).to.equal('#2e7d32');
    expect(p.locations[0].name).to.deep.equal({ und: 'San Francisco' });
    expect(p.mission.contacts.map((c) => c.id)).to.deep.equal(['press-1']);
    expect(p.mission).to.deep.include({ defaultLanguage: 'en', dayChange: '00:00', startDate: '2025-10-05' });
    expect(p.mission.languages).to.deep.equal(['en', 'fr']);
  });
});

describe('parseFeed: time rules', () => {
  const one = (patch: Json) => parseFeed(feedWith(activity(patch)));

  it('falls back from the activity zone to the location, the venue location and the mission', () => {
    const feed = feedWith(
      activity({ id: 'own', location: 'sf', timeZone: 'Europe/Brussels' }), // 09:00 CEST = 07:00 UTC
      activity({ id: 'loc', location: 'bru', venue: undefined }),
      activity({ id: 'ven', location: undefined, venue: 'v1' }), // venue v1 is in sf
      activity({ id: 'mis', location: undefined, venue: undefined }),
    );
    const byId = new Map(parseFeed(feed).programme!.activities.map((a) => [a.id, a]));
    expect(byId.get('own')!.start).to.equal(Date.UTC(2025, 9, 6, 7));
    expect(byId.get('loc')!.start).to.equal(Date.UTC(2025, 9, 6, 7));
    expect(byId.get('ven')!.start).to.equal(Date.UTC(2025, 9, 6, 16));
    expect(byId.get('mis')!.timeZone).to.equal('America/Los_Angeles');
  });

  it('skips a wall time in the spring-forward gap with a plain error', () => {
    const r = one({ start: '2025-03-09T02:30', end: '2025-03-09T04:00' });
    expect(r.programme!.activities).to.have.length(0);
    expect(r.errors).to.deep.equal([
      {
        path: 'activities[0].start',
        message: 'This wall time does not exist in America/Los_Angeles: clocks jump from 02:00 to 03:00 on 2025-03-09.',
      },
    ]);
  });

  it('keeps an ambiguous fall-back wall time at the earlier instant, with a warning', () => {
    const r = one({ start: '2025-11-02T01:30', end: '2025-11-02T03:00' });
    expect(r.errors).to.deep.equal([]);
    expect(r.programme!.activities[0].start).to.equal(Date.UTC(2025, 10, 2, 8, 30)); // 01:30 PDT
    expect(paths(r.warnings)).to.deep.equal(['activities[0].start']);
    expect(r.warnings[0].message).to.contain('occurs twice').and.contain('UTC-07:00').and.contain('-08:00');
  });

  it('an offset disambiguates the overlap without a warning', () => {
    const r = one({ start: '2025-11-02T01:30-08:00', end: '2025-11-02T03:00' });
    expect(r.warnings).to.deep.equal([]);
    expect(r.programme!.activities[0].start).to.equal(Date.UTC(2025, 10, 2, 9, 30)); // 01:30 PST
  });

  it('keeps an instant whose offset disagrees with the zone, with a warning', () => {
    const r = one({ start: '2025-10-06T09:00+02:00', end: '2025-10-06T10:30' });
    expect(r.errors).to.deep.equal([]);
    expect(r.programme!.activities[0].start).to.equal(Date.UTC(2025, 9, 6, 7));
    expect(r.warnings).to.have.length(1);
    expect(r.warnings[0].path).to.equal('activities[0].start');
    expect(r.warnings[0].message).to.contain('+02:00').and.contain('UTC-07:00').and.contain('00:00 on 2025-10-06');
  });

  it('accepts Z (a UTC instant, not a local offset) and matching offsets silently', () => {
    const r = one({ start: '2025-10-06T16:00Z', end: '2025-10-06T10:30-07:00' });
    expect(r.warnings).to.deep.equal([]);
    expect(r.programme!.activities[0].end - r.programme!.activities[0].start).to.equal(90 * 60_000);
  });

  it('skips an activity whose end is not after its start, or whose times are bad', () => {
    expect(paths(one({ end: '2025-10-06T09:00' }).errors)).to.deep.equal(['activities[0].end']);
    expect(paths(one({ start: '2025-02-30T09:00' }).errors)).to.deep.equal(['activities[0].start']);
    expect(paths(one({ start: 900 }).errors)).to.deep.equal(['activities[0].start']);
    expect(paths(one({ end: undefined }).errors)).to.deep.equal(['activities[0].end']);
    expect(one({ end: '2025-10-06T08:00' }).programme!.activities).to.have.length(0);
  });

  it('allows overnight and multi-day activities', () => {
    const r = one({ start: '2025-10-06T21:00', end: '2025-10-08T02:00' });
    expect(r.errors).to.deep.equal([]);
    expect(r.programme!.activities[0].end).to.equal(Date.UTC(2025, 9, 8, 9));
  });

  it('skips an activity with an unknown time zone', () => {
    const r = one({ timeZone: 'Europe/Brusels' });
    expect(r.programme!.activities).to.have.length(0);
    expect(r.errors).to.deep.equal([
      { path: 'activities[0].timeZone', message: 'Unknown time zone "Europe/Brusels".' },
    ]);
  });

  it('sorts by start, then end, then id', () => {
    const feed = feedWith(
      activity({ id: 'c', start: '2025-10-06T09:00', end: '2025-10-06T10:00' }),
      activity({ id: 'b', start: '2025-10-06T09:00', end: '2025-10-06T10:00' }),
      activity({ id: 'a', start: '2025-10-06T09:00', end: '2025-10-06T11:00' }),
      activity({ id: 'd', start: '2025-10-06T08:00', end: '2025-10-06T12:00' }),
    );
    expect(parseFeed(feed).programme!.activities.map((a) => a.id)).to.deep.equal(['d', 'b', 'c', 'a']);
  });
});

describe('parseFeed: items and references', () => {
  const one = (patch: Json) => parseFeed(feedWith(activity(patch)));

  it('skips the later of two duplicate ids, naming both paths', () => {
    const r = parseFeed(feedWith(activity(), activity({ title: 'Second' })));
    expect(r.programme!.activities.map((a) => a.title)).to.deep.equal([{ en: 'Biotech seminar' }]);
    expect(r.errors).to.deep.equal([
      {
        path: 'activities[1].id',
        message: 'Duplicate id "a-001": activities[0] already uses it; this one was skipped.',
      },
    ]);
  });

  it('skips items that are not objects or have no id', () => {
    const r = parseFeed({ ...feedWith(activity(), 'x', activity({ id: '  ' })), sectors: 'all' });
    expect(paths(r.errors)).to.deep.equal(['sectors', 'activities[0].sectors[0]', 'activities[1]', 'activities[2].id']);
  });

  it('keeps an activity without an unknown location or venue, with an error', () => {
    const r = one({ location: 'la', venue: 'nowhere' });
    const a = r.programme!.activities[0];
    expect(a.location).to.equal(undefined);
    expect(a.venue).to.equal(undefined);
    expect(a.start).to.equal(Date.UTC(2025, 9, 6, 16)); // mission zone
    expect(r.errors).to.deep.equal([
      { path: 'activities[0].location', message: 'Unknown location "la"; the reference was dropped.' },
      { path: 'activities[0].venue', message: 'Unknown venue "nowhere"; the reference was dropped.' },
    ]);
  });

  it('drops unknown sector and contact references (error), keeping the rest', () => {
    const r = one({ sectors: ['ict', 'life', 'life'], contacts: ['press-1', 'press-2'] });
    expect(r.programme!.activities[0].sectors.map((s) => s.id)).to.deep.equal(['life']);
    expect(r.programme!.activities[0].contacts.map((c) => c.id)).to.deep.equal(['press-1']);
    expect(paths(r.errors)).to.deep.equal(['activities[0].sectors[0]', 'activities[0].contacts[1]']);
  });

  it('reports unknown mission contacts and venue locations', () => {
    const feed = smallFeed() as { mission: Json; venues: Json[] };
    feed.mission.contacts = ['nobody'];
    feed.venues[0].location = 'la';
    const r = parseFeed(feed);
    expect(paths(r.errors)).to.deep.equal(['venues[0].location', 'mission.contacts[0]']);
    expect(r.programme!.mission.contacts).to.deep.equal([]);
  });

  it('skips a location with an unknown zone and says so where it is referenced', () => {
    const feed = smallFeed() as { locations: Json[]; activities: Json[] };
    feed.locations[1].timeZone = 'Mars/Olympus';
    feed.activities = [activity({ location: 'bru', venue: undefined })];
    const r = parseFeed(feed);
    expect(r.errors).to.deep.equal([
      { path: 'locations[1].timeZone', message: 'Unknown time zone "Mars/Olympus".' },
      {
        path: 'activities[0].location',
        message: 'The location "bru" was skipped (see locations[1]); the reference was dropped.',
      },
    ]);
  });

  it('defaults an unknown type and status with a warning, skips a missing title', () => {
    const r = one({ type: 'party', status: 'maybe' });
    expect(r.programme!.activities[0]).to.deep.include({ type: 'other', status: 'confirmed' });
    expect(paths(r.warnings)).to.deep.equal(['activities[0].type', 'activities[0].status']);
    const untitled = one({ title: '' });
    expect(untitled.programme!.activities).to.have.length(0);
    expect(paths(untitled.errors)).to.deep.equal(['activities[0].title']);
    expect(one({ type: 'Reception', status: 'cancelled' }).programme!.activities[0]).to.deep.include({
      type: 'reception',
      status: 'cancelled',
    });
  });

  it('drops a javascript: URL with an error and keeps the activity', () => {
    const r = one({ url: 'javascript:alert(1)' });
    expect(r.programme!.activities).to.have.length(1);
    expect(r.programme!.activities[0].url).to.equal(undefined);
    expect(paths(r.errors)).to.deep.equal(['activities[0].url']);
    expect(one({ url: 'mailto:info@example.be' }).programme!.activities[0].url).to.equal('mailto:info@example.be');
  });

  it('drops bad contact fields and venue URLs that are not http(s)', () => {
    const feed = smallFeed() as { contacts: Json[]; venues: Json[]; sectors: Json[] };
    feed.contacts[0] = {
      id: 'press-1',
      name: 'An',
      phones: ['+32 2 501 87 16', 'call me'],
      email: 'nope',
      url: 'ftp://x',
    };
    feed.venues[0].url = 'mailto:a@b.be';
    feed.sectors[0].color = 'red;background:url(x)';
    const r = parseFeed(feed);
    expect(paths(r.errors)).to.deep.equal([
      'venues[0].url',
      'sectors[0].color',
      'contacts[0].phones[1]',
      'contacts[0].url',
      'contacts[0].email',
    ]);
    expect(r.programme!.contacts[0]).to.deep.equal({ id: 'press-1', name: 'An', phones: ['+32 2 501 87 16'] });
    expect(r.programme!.sectors[0].color).to.equal(undefined);
  });
});

describe('parseFeed: mission', () => {
  const withMission = (patch: Json) => {
    const feed = smallFeed() as { mission: Json };
    feed.mission = { ...feed.mission, ...patch };
    return parseFeed(feed);
  };

  it('reads languages, default language and day change', () => {
    const r = withMission({ languages: ['NL-be', 'fr', 'x y'], defaultLanguage: 'FR', dayChange: '04:00' });
    expect(r.programme!.mission).to.deep.include({ defaultLanguage: 'fr', dayChange: '04:00' });
    expect(r.programme!.mission.languages).to.deep.equal(['nl-be', 'fr']);
    expect(paths(r.errors)).to.deep.equal(['mission.languages[2]']);
  });

  it('defaults the language to the first one seen when English is not offered', () => {
    const feed = {
      version: 1,
      mission: { id: 'm', title: { nl: 'Missie', fr: 'Mission' }, timeZone: 'UTC' },
      activities: [
        { id: 'a', title: { fr: 'Séminaire', de: 'Seminar' }, start: '2025-10-06T09:00', end: '2025-10-06T10:00' },
      ],
    };
    expect(parseFeed(feed).programme!.mission.defaultLanguage).to.equal('nl');
    expect(parseFeed(feed).programme!.mission.languages).to.deep.equal(['nl', 'fr', 'de']);
    // English is the default whenever it is offered.
    expect(withMission({ title: { nl: 'Missie', fr: 'Mission' } }).programme!.mission).to.deep.include({
      defaultLanguage: 'en',
    });
    expect(withMission({ title: { nl: 'Missie', fr: 'Mission' } }).programme!.mission.languages).to.deep.equal([
      'nl',
      'fr',
      'en',
    ]);
  });

  it('drops bad dates, day change and URL with errors', () => {
    const r = withMission({
      startDate: '2025-10-32',
      endDate: '2025-10-04',
      dayChange: '24:00',
      url: 'data:text/html,x',
    });
    expect(paths(r.errors)).to.deep.equal(['mission.startDate', 'mission.dayChange', 'mission.url']);
    expect(r.programme!.mission).to.deep.include({ dayChange: '00:00', endDate: '2025-10-04' });
    expect(paths(withMission({ endDate: '2025-10-04' }).errors)).to.deep.equal(['mission.endDate']);
  });
});

describe('parseFeed: unusable feeds', () => {
  const refused = (json: unknown) => {
    const r = parseFeed(json);
    expect(r.programme).to.equal(undefined);
    expect(r.errors).to.have.length(1);
    return r.errors[0];
  };
  const mission = (patch: Json) => ({ ...smallFeed(), mission: { ...(smallFeed().mission as Json), ...patch } });

  it('refuses non-objects, missing or other versions', () => {
    expect(refused(null).path).to.equal('$');
    expect(refused([smallFeed()]).message).to.equal('The feed must be a JSON object, found a list.');
    expect(refused({ ...smallFeed(), version: undefined }).path).to.equal('version');
    expect(refused({ ...smallFeed(), version: 2 }).message).to.equal(
      'Unsupported feed version 2; this reader understands version 1.',
    );
    expect(refused({ ...smallFeed(), version: '1' }).path).to.equal('version');
  });

  it('refuses a feed without a usable mission', () => {
    expect(refused({ version: 1 }).path).to.equal('mission');
    expect(refused(mission({ id: '' })).path).to.equal('mission.id');
    expect(refused(mission({ title: { en: 3 } })).path).to.equal('mission.title');
    expect(refused(mission({ timeZone: undefined })).path).to.equal('mission.timeZone');
    expect(refused(mission({ timeZone: 'Europe/Brusels' }))).to.deep.equal({
      path: 'mission.timeZone',
      message: 'Unknown time zone "Europe/Brusels".',
    });
  });

  it('accepts a minimal feed and canonicalises the zone spelling', () => {
    const r = parseFeed({ version: 1, mission: { id: 'm', title: 'M', timeZone: 'europe/brussels' } });
    expect(r.errors).to.deep.equal([]);
    expect(r.programme!.mission.timeZone).to.equal('Europe/Brussels');
    expect(r.programme!.activities).to.deep.equal([]);
  });
});

describe('parseFeed: dates no time zone can show', () => {
  it('skips, with an error at its path, an activity that starts or ends outside 0100-01-03 … 9999-12-28 (UTC)', () => {
    const result = parseFeed(
      feedWith(
        activity({ id: 'late', start: '9999-12-28T12:00Z', end: '9999-12-29T00:00:01Z' }),
        activity({ id: 'last', start: '9999-12-28T10:00Z', end: '9999-12-28T23:59Z' }),
        activity({ id: 'first', start: '0100-01-03T00:00Z', end: '0100-01-03T01:00Z' }),
        activity({ id: 'early', start: '0100-01-02T23:00Z', end: '0100-01-03T01:00Z' }),
        activity({ id: 'wall', start: '9999-12-31T09:00', end: '9999-12-31T10:00' }),
      ),
    );
    expect(result.programme!.activities.map((a) => a.id)).to.deep.equal(['first', 'last']);
    expect(paths(result.errors)).to.deep.equal([
      'activities[0].end',
      'activities[3].start',
      'activities[4].start',
      'activities[4].end',
    ]);
    expect(result.errors[0].message).to.contain('outside the dates a programme can show');
  });
});
