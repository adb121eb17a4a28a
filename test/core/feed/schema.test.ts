import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import schema from '../../../mission-agenda.schema.json';
import demoFeed from '../../../demo/feeds/bem-west-coast-2025.json';
import { parseFeed } from '../../../src/core/feed/validate.js';
import { requireCommonJs } from './commonjs.js';
import { activity, feedWith, smallFeed, type Json } from './feeds.js';

type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };
type AjvClass = new (options: object) => { compile(schema: object): Validate };

let validate: Validate;

before(async () => {
  const Ajv = ((await requireCommonJs('ajv/dist/2020')) as { default: AjvClass }).default;
  validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
});

/** Feeds the reader takes without a single error or warning. */
function validFeeds(): [string, unknown][] {
  const full = smallFeed() as { mission: Json };
  full.mission = {
    ...full.mission,
    description: { en: 'Six days', nl: 'Zes dagen' },
    defaultLanguage: 'en',
    languages: ['en', 'fr', 'nl'],
    dayChange: '04:00',
    url: 'https://www.belgianeconomicmission.be/',
  };
  return [
    ['the small feed', smallFeed()],
    ['a feed with every mission field', full],
    ['a minimal feed', { version: 1, mission: { id: 'm', title: 'M', timeZone: 'UTC' } }],
    [
      'offsets, Z, overnight, links, statuses and a single phone',
      {
        ...feedWith(
          activity({ id: 'z', start: '2025-10-06T16:00Z', end: '2025-10-06T10:30-07:00', url: 'tel:+3225018716' }),
          activity({
            id: 'o',
            start: '2025-10-06T21:00',
            end: '2025-10-07T01:00',
            type: 'reception',
            status: 'tentative',
          }),
          activity({ id: 'm', location: 'bru', venue: undefined, url: 'mailto:info@example.be', description: 'Plain' }),
        ),
        contacts: [{ id: 'press-1', name: 'An', phones: '+32 2 501 87 16', role: { en: 'Press' } }],
      },
    ],
    [
      'extra properties (forward compatibility)',
      { ...smallFeed(), generator: 'x', mission: { ...(smallFeed().mission as Json), x: 1 } },
    ],
    ['the demo feed', demoFeed],
  ];
}

/** Feeds the reader refuses as a whole (and the schema rejects too). */
const refusedFeeds: [string, unknown][] = [
  ['null', null],
  ['a list', [smallFeed()]],
  ['a string', '{"version":1}'],
  ['no version', { ...smallFeed(), version: undefined }],
  ['version 2', { ...smallFeed(), version: 2 }],
  ['version "1"', { ...smallFeed(), version: '1' }],
  ['no mission', { version: 1 }],
  ['a mission without id', { version: 1, mission: { title: 'M', timeZone: 'UTC' } }],
  ['a mission with an empty title', { version: 1, mission: { id: 'm', title: ' ', timeZone: 'UTC' } }],
  ['a mission with an empty title map', { version: 1, mission: { id: 'm', title: {}, timeZone: 'UTC' } }],
  ['a mission without time zone', { version: 1, mission: { id: 'm', title: 'M' } }],
  ['a mission with a numeric time zone', { version: 1, mission: { id: 'm', title: 'M', timeZone: 7 } }],
];

describe('mission-agenda.schema.json agrees with parseFeed', () => {
  for (const [name, feed] of validFeeds()) {
    it(`accepts ${name}, which parses without issues`, () => {
      const result = parseFeed(JSON.parse(JSON.stringify(feed)));
      expect(result.errors, 'errors').to.deep.equal([]);
      expect(result.warnings, 'warnings').to.deep.equal([]);
      expect(validate(feed), JSON.stringify(validate.errors)).to.equal(true);
    });
  }

  for (const [name, feed] of refusedFeeds) {
    it(`rejects ${name}, which the reader refuses`, () => {
      expect(parseFeed(feed).programme).to.equal(undefined);
      expect(validate(feed)).to.equal(false);
    });
  }

  it('whatever the schema accepts, the reader does not refuse (unless the zone name is unknown)', () => {
    const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('UTC', 'x', 2, '', {}, []));
    const key = fc.constantFrom('version', 'mission', 'id', 'title', 'timeZone', 'en', 'activities');
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 4 }), (edits) => {
        const feed = smallFeed() as Json & { mission: Json };
        for (const [k, shared] of edits) {
          const v: unknown = structuredClone(shared); // constants are shared between edits: never alias them
          if (k === 'version' || k === 'mission' || k === 'activities') feed[k] = v as never;
          else if (typeof feed.mission === 'object' && feed.mission !== null) (feed.mission as Json)[k] = v;
        }
        const json = JSON.parse(JSON.stringify(feed));
        if (!validate(json)) return;
        const result = parseFeed(json);
        if (!result.programme) expect(result.errors[0].path).to.equal('mission.timeZone');
      }),
      { numRuns: 400 },
    );
  });

  it('describes every property for editor help', () => {
    const missing: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (typeof node !== 'object' || node === null) return;
      const properties = (node as { properties?: Record<string, { description?: string; $ref?: string }> }).properties;
      for (const [name, prop] of Object.entries(properties ?? {})) {
        const target = prop.$ref ? (schema.$defs as Record<string, { description?: string }>)[prop.$ref.slice(8)] : {};
        if (!prop.description && !target?.description) missing.push(`${path}.${name}`);
      }
      for (const [k, child] of Object.entries(node)) visit(child, `${path}.${k}`);
    };
    visit(schema, '$');
    expect(missing).to.deep.equal([]);
  });
});
