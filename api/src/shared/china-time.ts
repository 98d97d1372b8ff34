/**
 * Calendar days as people in China count them (UTC+8, no daylight saving): an agreement sealed at
 * 00:30 Beijing time on the 24th was sealed on the 24th, though it is still the 23rd in UTC.
 */
export const chinaDate = (instant: Date): string => new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** A YYYY-MM-DD `days` later (or earlier). */
export const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Whole days from one YYYY-MM-DD to another. */
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** "2026-12-02 09:00" in China time, for text a person reads (timeline notes, messages). */
export const chinaDateTime = (instant: Date): string => new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** The years the product deals with: nothing of a mediation happens before 2000 or after 2099. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2099;

/** A real calendar date written YYYY-MM-DD (no 30 February, no year 0000), within FIRST_YEAR–LAST_YEAR. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (y < FIRST_YEAR || y > LAST_YEAR) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
