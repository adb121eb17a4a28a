import { expect } from '@open-wc/testing';
import schema from '../../../mission-agenda.schema.json';
import { parseFeed } from '../../../src/core/feed/validate.js';
import { requireCommonJs } from './commonjs.js';
import { activity, feedWith } from './feeds.js';

type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };
type AjvClass = new (options: object) => { compile(schema: object): Validate };

describe('activities[].missionDay', () => {
  it('is kept on the activity when it is a date', () => {
    const result = parseFeed(
      feedWith(activity({ start: '2025-10-07T01:30', end: '2025-10-07T02:00', missionDay: '2025-10-06' })),
    );
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([]);
    expect(result.programme!.activities[0].missionDay).to.equal('2025-10-06');
    expect(parseFeed(feedWith(activity())).programme!.activities[0]).not.to.have.property('missionDay');
  });

  it('is dropped with an error when it is not a date, and the activity kept', () => {
    for (const bad of ['2025-02-30', '6 Oct', 20251006, '2025-10-06T00:00']) {
      const result = parseFeed(feedWith(activity({ missionDay: bad })));
      expect(result.programme!.activities).to.have.length(1);
      expect(result.programme!.activities[0]).not.to.have.property('missionDay');
      expect(result.errors).to.have.length(1);
      expect(result.errors[0].path).to.equal('activities[0].missionDay');
      expect(result.errors[0].message).to.match(
        /^Expected a date such as "2025-10-06", found .*; the activity is listed under the day of its start\.$/,
      );
    }
  });

  it('is kept with a warning when it is more than a day away from the start', () => {
    const result = parseFeed(feedWith(activity({ missionDay: '2025-10-04' })));
    expect(result.programme!.activities[0].missionDay).to.equal('2025-10-04');
    expect(result.warnings).to.deep.equal([
      {
        path: 'activities[0].missionDay',
        message:
          'The mission day 2025-10-04 is more than a day away from the start (2025-10-06 in America/Los_Angeles); it was kept.',
      },
    ]);
    expect(parseFeed(feedWith(activity({ missionDay: '2025-10-05' }))).warnings).to.deep.equal([]);
  });

  it('is described by the JSON Schema', async () => {
    const Ajv = ((await requireCommonJs('ajv/dist/2020')) as { default: AjvClass }).default;
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    expect(validate(feedWith(activity({ missionDay: '2025-10-06' })))).to.equal(true);
    expect(validate(feedWith(activity({ missionDay: '6 Oct' })))).to.equal(false);
  });
});
