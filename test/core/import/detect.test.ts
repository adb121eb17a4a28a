import { expect } from '@open-wc/testing';
import { detectFormat, importProgramme } from '../../../src/core/import/index.js';

const mission = { version: 1, mission: { id: 'm', title: 'M', timeZone: 'Europe/Brussels' }, activities: [] };

describe('detectFormat', () => {
  it('recognises each format from its content', () => {
    expect(detectFormat(JSON.stringify(mission))).to.equal('mission');
    expect(detectFormat('{"schedule": {"conference": {"title": "x"}}}')).to.equal('frab-json');
    expect(detectFormat('\uFEFF<?xml version="1.0"?>\n<!-- c --><!DOCTYPE schedule>\n<schedule/>')).to.equal(
      'frab-xml',
    );
    expect(detectFormat('  <schedule><conference/></schedule>')).to.equal('frab-xml');
  });

  it('says unknown for anything else', () => {
    for (const text of ['', 'hello', '{"schedule": 1}', '[1, 2]', '{', '<html></html>', '<?xml version="1.0"?>']) {
      expect(detectFormat(text), text).to.equal('unknown');
    }
  });
});

describe('importProgramme', () => {
  it('passes our own feed to the validator unchanged', () => {
    const result = importProgramme(JSON.stringify(mission));
    expect(result.format).to.equal('mission');
    expect(result.programme!.mission.id).to.equal('m');
  });

  it('refuses unknown and garbage input as a whole, with one clear error', () => {
    const cases: unknown[] = ['', 'not a feed', '{"a": 1}', '<html/>', 42, null, [], { foo: 'bar' }];
    for (const input of cases) {
      const result = importProgramme(input);
      expect(result.programme, String(input)).to.equal(undefined);
      expect(result.format).to.equal('unknown');
      expect(result.errors).to.have.length(1);
      expect(result.errors[0].path).to.equal('$');
      expect(result.errors[0].message).to.match(/^Not a programme this reader knows: expected a mission-agenda feed/);
    }
    expect(importProgramme('{oops').errors[0].message).to.contain('The text is neither XML nor JSON');
  });

  it('honours a forced format', () => {
    expect(importProgramme('{"schedule": {}}', { format: 'frab-json' }).errors[0].message).to.match(/^Not a frab/);
    expect(importProgramme('<schedule>', { format: 'frab-xml' }).errors[0].message).to.match(/^Not well-formed XML/);
    expect(importProgramme({}, { format: 'frab-xml' }).errors[0].message).to.equal(
      'A schedule.xml must be given as text.',
    );
    expect(importProgramme('{"schedule": {}}', { format: 'mission' }).errors[0].path).to.equal('version');
  });

  it('never throws, whatever the input', () => {
    const inputs = [
      '<',
      '<<<',
      '<a',
      '{"schedule":{"conference":{"days":[{"rooms":{"x":[{}, 1, null]}}]}}}',
      undefined,
    ];
    for (const input of inputs) expect(() => importProgramme(input)).not.to.throw();
    const broken = importProgramme(
      '{"schedule":{"conference":{"title":"t","days":[{"rooms":{"x":[{"title":"a"}]}}]}}}',
    );
    expect(broken.errors[0].path).to.equal('schedule.conference.days[0].rooms.x[0].date');
  });
});
