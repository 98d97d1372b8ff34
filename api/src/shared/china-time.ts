/**
 * Calendar days as people in China count them (UTC+8, no daylight saving): an agreement sealed at
 * 00:30 Beijing time on the 24th was sealed on the 24th, though it is still the 23rd in UTC.
 */
export const chinaDate = (instant: Date): string => new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** A YYYY-MM-DD `days` later (or earlier). */
export const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Whole days from one YYYY-MM-DD to another. */
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
