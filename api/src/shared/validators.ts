import { ValidateBy, type ValidationOptions } from 'class-validator';
import { FIRST_YEAR, isCalendarDate, LAST_YEAR } from './china-time';

/** A YYYY-MM-DD calendar date that exists, within the product's years. */
export function IsCalendarDate(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value),
        defaultMessage: () => `须为 ${FIRST_YEAR}–${LAST_YEAR} 年间真实存在的日期，格式 YYYY-MM-DD`,
      },
    },
    options,
  );
}

/** A moment in the product's years, and no more than `futureDays` from now. */
export function IsMomentWithin(window: { futureDays: number }, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isMomentWithin',
      validator: {
        validate: (value: unknown) =>
          value instanceof Date &&
          !Number.isNaN(value.getTime()) &&
          value.getTime() >= Date.UTC(FIRST_YEAR, 0, 1) &&
          value.getTime() <= Date.now() + window.futureDays * 86_400_000,
        defaultMessage: () => `须在 ${FIRST_YEAR} 年之后、${window.futureDays} 天之内`,
      },
    },
    options,
  );
}
