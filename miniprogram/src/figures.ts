/**
 * Numbers as a justice office reads them: amounts in 元 / 万元 / 亿元 with separators, rates as
 * percentages, and each figure against the period before (环比) and the same period a year
 * earlier (同比). Pure functions, no Taro: the tests import them.
 */

/** 1234567 → "1,234,567". */
export function withSeparators(n: number): string {
  const [whole, fraction] = String(Math.abs(n)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

const trimmed = (value: number, digits: number) => String(Number(value.toFixed(digits)));

/** "15000.00" → "1.5 万元"; "3300.50" → "3,300.5 元"; "250000000" → "2.5 亿元". */
export function formatAmount(yuan: string | number | null | undefined): string {
  const value = Number(yuan ?? 0);
  if (!Number.isFinite(value)) return '—';
  if (Math.abs(value) >= 1e8) return `${trimmed(value / 1e8, 2)} 亿元`;
  if (Math.abs(value) >= 1e4) return `${trimmed(value / 1e4, 2)} 万元`;
  return `${withSeparators(Number(trimmed(value, 2)))} 元`;
}

export const percent = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);

export type FigureKind = 'count' | 'amount' | 'rate' | 'days';

/**
 * How a figure moved against a base period: counts and amounts by relative change, rates by
 * percentage points, days by the difference. Null when there is nothing to compare with.
 */
export function change(current: number | string | null | undefined, base: number | string | null | undefined, kind: FigureKind): string | null {
  if (current === null || current === undefined || base === null || base === undefined) return null;
  const [now, then] = [Number(current), Number(base)];
  if (!Number.isFinite(now) || !Number.isFinite(then)) return null;
  const sign = (d: number) => (d > 0 ? '+' : d < 0 ? '−' : '');
  if (kind === 'rate') {
    const points = Math.round((now - then) * 1000) / 10;
    return points === 0 ? '持平' : `${sign(points)}${Math.abs(points).toFixed(1)} 个百分点`;
  }
  if (kind === 'days') {
    const days = Math.round((now - then) * 10) / 10;
    return days === 0 ? '持平' : `${sign(days)}${Math.abs(days)} 天`;
  }
  if (then === 0) return now === 0 ? '持平' : null;
  const relative = Math.round(((now - then) / then) * 1000) / 10;
  return relative === 0 ? '持平' : `${sign(relative)}${Math.abs(relative).toFixed(1)}%`;
}

/** This month in China (YYYY-MM), whatever the device's time zone. */
export const chinaMonthNow = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);

/** "2026-03" plus n months (n may be negative). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/**
 * The whole months [fromMonth, toMonth] as dates [from, to), with the equally long period just
 * before it (环比) and the same months a year earlier (同比).
 */
export function comparisonPeriods(fromMonth: string, toMonth: string) {
  const months = (Number(toMonth.slice(0, 4)) - Number(fromMonth.slice(0, 4))) * 12 + Number(toMonth.slice(5, 7)) - Number(fromMonth.slice(5, 7)) + 1;
  const day = (month: string) => `${month}-01`;
  return {
    from: day(fromMonth),
    to: day(addMonths(toMonth, 1)),
    previousFrom: day(addMonths(fromMonth, -months)),
    previousTo: day(fromMonth),
    lastYearFrom: day(addMonths(fromMonth, -12)),
    lastYearTo: day(addMonths(toMonth, -11)),
  };
}
