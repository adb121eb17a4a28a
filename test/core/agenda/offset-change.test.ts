import { expect } from '@open-wc/testing';
import { currentGap, offsetChanges } from '../../../src/core/agenda/offset-change.js';
import { addDays } from '../../../src/core/time/format.js';

const LA = 'America/Los_Angeles';
const BXL = 'Europe/Brussels';
const range = (from: string, n: number) => Array.from({ length: n }, (_, i) => addDays(from, i));

describe('offsetChanges', () => {
  it('reports the two autumn 2025 switches between Los Angeles and Brussels', () => {
    const days = range('2025-10-24', 11); // 24 Oct – 3 Nov
    expect(offsetChanges(days, LA, BXL)).to.deep.equal([
      { date: '2025-10-26', before: 540, after: 480 },
      { date: '2025-11-02', before: 480, after: 540 },
    ]);
    expect(offsetChanges(days, BXL, LA)).to.deep.equal([
      { date: '2025-10-26', before: -540, after: -480 },
      { date: '2025-11-02', before: -480, after: -540 },
    ]);
  });

  it('reports the change on the next listed day when days are skipped, and sorts the days', () => {
    expect(offsetChanges(['2025-11-05', '2025-10-20', '2025-10-28', '2025-10-28'], LA, BXL)).to.deep.equal([
      { date: '2025-10-28', before: 540, after: 480 },
      { date: '2025-11-05', before: 480, after: 540 },
    ]);
  });

  it('sees half-hour DST (Lord Howe) and nothing where zones move together or not at all', () => {
    expect(offsetChanges(range('2025-10-03', 4), 'UTC', 'Australia/Lord_Howe')).to.deep.equal([
      { date: '2025-10-05', before: 630, after: 660 },
    ]);
    expect(offsetChanges(range('2025-10-20', 14), BXL, 'Europe/London')).to.deep.equal([]);
    expect(offsetChanges(range('2025-10-20', 14), 'Asia/Kathmandu', 'UTC')).to.deep.equal([]);
    expect(offsetChanges([], LA, BXL)).to.deep.equal([]);
  });
});

describe('currentGap', () => {
  it('is offset(B) − offset(A) at the instant', () => {
    expect(currentGap(Date.UTC(2025, 9, 6, 16), LA, BXL)).to.equal(540);
    expect(currentGap(Date.UTC(2025, 9, 28, 16), LA, BXL)).to.equal(480);
    expect(currentGap(Date.UTC(2025, 9, 6), 'Asia/Kolkata', 'Asia/Kathmandu')).to.equal(15);
    expect(currentGap(Date.UTC(2025, 9, 6), 'Pacific/Chatham', LA)).to.equal(-1245); // −7:00 − (+13:45)
  });
});
