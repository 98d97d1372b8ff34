import { DriverException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';

/** Stable error codes clients can switch on; messages are Chinese because people read them. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  RATE_LIMITED: 'RATE_LIMITED',
  CONSENT_REQUIRED: 'CONSENT_REQUIRED',
  UPSTREAM_UNAVAILABLE: 'UPSTREAM_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export interface FieldProblem {
  /** Path of the offending input, e.g. `input.grade` or `first`. */
  field: string;
  reason: string;
}

/** Bad input: names every offending field and why. Nothing was changed. */
export class UserInputError extends GraphQLError {
  constructor(problems: FieldProblem[] | FieldProblem) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(`输入有误：${list.map((p) => `${p.field}：${p.reason}`).join('；')}`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: list[0]?.field, reason: list[0]?.reason, problems: list },
    });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(what: string, id: string | number) {
    super(`未找到${what}（${id}）`, { extensions: { code: ErrorCode.NOT_FOUND, entity: what, id: String(id) } });
  }
}

export class ConflictError extends GraphQLError {
  constructor(message: string, field?: string) {
    super(message, { extensions: { code: ErrorCode.CONFLICT, ...(field ? { field } : {}) } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = '无权执行此操作') {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(reason?: 'TOKEN_EXPIRED' | 'TOKEN_INVALID') {
    super(reason === 'TOKEN_EXPIRED' ? '登录已过期，请重新登录' : '需要登录后才能执行此操作', {
      extensions: { code: ErrorCode.UNAUTHENTICATED, ...(reason ? { reason } : {}) },
    });
  }
}

/**
 * What a log line may say about a failure: its class and, for database errors, PostgreSQL's code,
 * constraint, table and column — never the message, which carries the statement with its values
 * (case facts, names), nor the detail (the offending key's value).
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: typeof error };
  const db = error as Error & { code?: unknown; constraint?: unknown; table?: unknown; column?: unknown; routine?: unknown; sqlState?: unknown };
  // MikroORM's exceptions, and pg's own errors from the plain-row reads.
  const fromDatabase = error instanceof DriverException || (typeof db.code === 'string' && 'severity' in error);
  if (fromDatabase) {
    return { error: error.constructor.name, code: db.code ?? db.sqlState, constraint: db.constraint, table: db.table, column: db.column, routine: db.routine };
  }
  return { error: error.constructor.name, message: error.message, stack: error.stack };
}
