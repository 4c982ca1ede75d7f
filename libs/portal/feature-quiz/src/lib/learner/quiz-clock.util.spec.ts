import { dueWarning, formatRemaining, remainingMs, serverClock } from './quiz-clock.util';

describe('quiz clock', () => {
  it('counts down to the server deadline even when the device clock is ten minutes fast', () => {
    const localNow = Date.parse('2026-03-01T08:10:00.000Z');
    const clock = serverClock('2026-03-01T08:00:00.000Z', localNow);

    expect(remainingMs('2026-03-01T08:30:00.000Z', clock, localNow)).toBe(30 * 60_000);
    expect(remainingMs('2026-03-01T08:30:00.000Z', clock, localNow + 29 * 60_000)).toBe(60_000);
    expect(remainingMs('2026-03-01T08:30:00.000Z', clock, localNow + 31 * 60_000)).toBe(0);
  });

  it('writes the time left as minutes and seconds, rounding up', () => {
    expect(formatRemaining(30 * 60_000)).toBe('30:00');
    expect(formatRemaining(61_001)).toBe('01:02');
    expect(formatRemaining(0)).toBe('00:00');
    expect(formatRemaining(90 * 60_000)).toBe('1:30:00');
  });

  it('warns at five minutes and at one minute left', () => {
    expect(dueWarning(6 * 60_000)).toBeNull();
    expect(dueWarning(5 * 60_000)).toBe(5);
    expect(dueWarning(2 * 60_000)).toBe(5);
    expect(dueWarning(60_000)).toBe(1);
    expect(dueWarning(0)).toBeNull();
  });
});
