/**
 * The server's clock as seen from this device: the offset is measured once when the attempt loads, so the
 * countdown follows the server's deadline even when the device clock is wrong.
 */
export interface ServerClock {
  /** serverNow − local now, in milliseconds, when the attempt was loaded. */
  readonly offsetMs: number;
}

export function serverClock(serverNow: string, localNow = Date.now()): ServerClock {
  return { offsetMs: Date.parse(serverNow) - localNow };
}

/** Milliseconds left until the deadline by the server's clock (never below 0). */
export function remainingMs(deadlineAt: string, clock: ServerClock, localNow = Date.now()): number {
  return Math.max(0, Date.parse(deadlineAt) - (localNow + clock.offsetMs));
}

/** `mm:ss`, or `h:mm:ss` from an hour up; rounded up so that 0:00 means the time is really up. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (value: number) => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

/** The warnings read out to screen readers, in minutes left. */
export const TIME_WARNINGS_MINUTES = [5, 1] as const;

/** The warning due now (the smallest threshold already reached), or null while none is. */
export function dueWarning(ms: number): (typeof TIME_WARNINGS_MINUTES)[number] | null {
  return [...TIME_WARNINGS_MINUTES].reverse().find((minutes) => ms > 0 && ms <= minutes * 60_000) ?? null;
}
