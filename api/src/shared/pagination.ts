import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { UserInputError } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
/** Hard ceiling for any list: bigger requests are refused, not silently truncated. */
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: '分页信息', simpleResolvers: true })
export class PageInfo {
  @Field({ description: '是否还有下一页' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: '本页最后一项的游标，作为下一页的 after 参数' })
  endCursor!: string | null;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  /** Counted only when a client asks for it. */
  totalCount: () => Promise<number>;
}

/** A cursor-paginated list of T, named `<Name>Connection` in the schema. */
export function Connection<T extends object>(itemType: ClassType<T>) {
  @ObjectType({ simpleResolvers: true })
  abstract class ConnectionClass {
    @Field(() => [itemType])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: '符合条件的总数' })
    totalCount!: number;
  }
  return ConnectionClass;
}

export function checkPageSize(first: number | undefined | null, field = 'first'): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new UserInputError({ field, reason: `每页数量须在 1 到 ${MAX_PAGE_SIZE} 之间` });
  }
  return size;
}

/** Opaque keyset cursor: the sort key values of the last row, base64url JSON. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, shape: readonly ('string' | 'number')[], field = 'after') {
  if (cursor == null) return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (!Array.isArray(key) || key.length !== shape.length || key.some((v, i) => typeof v !== shape[i])) {
    throw new UserInputError({ field, reason: '游标无效，请从第一页重新加载' });
  }
  return key as (string | number)[];
}

/** Rows fetched with LIMIT size+1: the extra row only tells whether another page exists. */
export function toPage<T>(rows: T[], size: number, cursorOf: (row: T) => readonly (string | number)[], count: () => Promise<number>): Page<T> {
  const hasNextPage = rows.length > size;
  const nodes = hasNextPage ? rows.slice(0, size) : rows;
  const last = nodes[nodes.length - 1];
  let counted: Promise<number> | undefined;
  return {
    nodes,
    pageInfo: { hasNextPage, endCursor: last ? encodeCursor(cursorOf(last)) : null },
    totalCount: () => (counted ??= count()),
  };
}
