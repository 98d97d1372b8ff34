import { addMonths, change, comparisonPeriods, formatAmount, percent, withSeparators } from '../miniprogram/src/figures';

/** What the dashboard prints: amounts, rates and the comparisons with earlier periods. */
describe('figures as a justice office reads them', () => {
  it('writes amounts in 元, 万元 and 亿元 with separators', () => {
    expect(formatAmount('15000.00')).toBe('1.5 万元');
    expect(formatAmount('3300.50')).toBe('3,300.5 元');
    expect(formatAmount('0')).toBe('0 元');
    expect(formatAmount('123456.78')).toBe('12.35 万元');
    expect(formatAmount(250_000_000)).toBe('2.5 亿元');
    expect(formatAmount('not a number')).toBe('—');
    expect(withSeparators(1234567)).toBe('1,234,567');
    expect(withSeparators(-9876.5)).toBe('-9,876.5');
    expect(percent(0.6)).toBe('60.0%');
    expect(percent(null)).toBe('—');
  });

  it('compares counts by relative change, rates by percentage points, days by the difference', () => {
    expect(change(12, 10, 'count')).toBe('+20.0%');
    expect(change(9, 12, 'count')).toBe('−25.0%');
    expect(change(5, 5, 'count')).toBe('持平');
    expect(change(3, 0, 'count')).toBeNull(); // nothing to compare with
    expect(change(0, 0, 'count')).toBe('持平');
    expect(change('3300.50', '1650.25', 'amount')).toBe('+100.0%');
    expect(change(0.6, 0.5, 'rate')).toBe('+10.0 个百分点');
    expect(change(0.42, 0.5, 'rate')).toBe('−8.0 个百分点');
    expect(change(null, 0.5, 'rate')).toBeNull();
    expect(change(8.6, 10.1, 'days')).toBe('−1.5 天');
  });

  it('takes the period before and the same months a year earlier, across year ends', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-03', -15)).toBe('2024-12');
    expect(comparisonPeriods('2026-01', '2026-03')).toEqual({
      from: '2026-01-01', to: '2026-04-01', previousFrom: '2025-10-01', previousTo: '2026-01-01', lastYearFrom: '2025-01-01', lastYearTo: '2025-04-01',
    });
    expect(comparisonPeriods('2026-12', '2026-12')).toEqual({
      from: '2026-12-01', to: '2027-01-01', previousFrom: '2026-11-01', previousTo: '2026-12-01', lastYearFrom: '2025-12-01', lastYearTo: '2026-01-01',
    });
  });
});
