import { UserInputError } from './errors';

/** GraphQL IDs arrive as strings; ours are positive integers. */
export function parseId(value: string | number, field: string): number {
  const id = typeof value === 'number' ? value : /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) {
    throw new UserInputError({ field, reason: '不是有效的编号' });
  }
  return id;
}
