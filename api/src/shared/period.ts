import { FIRST_YEAR, isCalendarDate, LAST_YEAR } from './china-time';
import { type FieldProblem, UserInputError } from './errors';

/** A reporting period [from, to) of real calendar dates (China days), `from` before `to`; BAD_USER_INPUT naming each field otherwise. */
export function checkPeriod(input: { from: string; to: string }): { from: string; to: string } {
  const problems: FieldProblem[] = [];
  for (const field of ['from', 'to'] as const) {
    if (!isCalendarDate(input[field])) problems.push({ field, reason: `须为 ${FIRST_YEAR}–${LAST_YEAR} 年间真实存在的日期，格式 YYYY-MM-DD` });
  }
  if (problems.length === 0 && input.from >= input.to) problems.push({ field: 'to', reason: '结束日期须晚于开始日期' });
  if (problems.length) throw new UserInputError(problems);
  return { from: input.from, to: input.to };
}

/** "2026-03" → the period of that month; BAD_USER_INPUT on `field` otherwise. */
export function monthPeriod(month: string, field = 'month'): { from: string; to: string } {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  const year = Number(match?.[1]);
  if (!match || year < FIRST_YEAR || year > LAST_YEAR) throw new UserInputError({ field, reason: `月份格式为 YYYY-MM（${FIRST_YEAR}–${LAST_YEAR} 年）` });
  const m = Number(match[2]);
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${month}-01`, to: `${next}-01` };
}

/** "2026H1" → January to June; "2026H2" → July to December. */
export function halfYearPeriod(half: string, field = 'half'): { from: string; to: string } {
  const match = /^(\d{4})H([12])$/.exec(half);
  const year = Number(match?.[1]);
  if (!match || year < FIRST_YEAR || year > LAST_YEAR) throw new UserInputError({ field, reason: `格式为 2026H1 或 2026H2（${FIRST_YEAR}–${LAST_YEAR} 年）` });
  return match[2] === '1' ? { from: `${year}-01-01`, to: `${year}-07-01` } : { from: `${year}-07-01`, to: `${year + 1}-01-01` };
}
