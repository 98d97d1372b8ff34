import type { CombinedError } from '@urql/core';

/** What a person is shown when something fails: never raw error text, field paths or stack traces. */
export class AppError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field?: string,
    /** For bad input: every offending field (`input.facts`, …) and why, as the API named them. */
    readonly problems: { field: string; reason: string }[] = [],
  ) {
    super(message);
  }
}

export function toAppError(error: CombinedError): AppError {
  if (error.networkError && !error.graphQLErrors.length) return new AppError('网络不给力，请检查网络后重试', 'NETWORK');
  const first = error.graphQLErrors[0];
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
  const field = first?.extensions?.field as string | undefined;
  switch (code) {
    case 'BAD_USER_INPUT':
      return new AppError(typeof first?.extensions?.reason === 'string' ? first.extensions.reason : '填写的内容有误，请检查', code, field, (first?.extensions?.problems as AppError['problems']) ?? []);
    case 'UNAUTHENTICATED':
      return new AppError('请先登录', code);
    case 'FORBIDDEN':
      // The API's own words say what to do instead (e.g. bind the phone the filing gave); a bare refusal gets the general one.
      return new AppError(first?.message && /[\u4e00-\u9fa5]/.test(first.message) ? first.message : '您没有权限进行此操作', code);
    case 'NOT_FOUND':
      return new AppError('没有找到相关内容，可能已被删除或您无权查看', code);
    case 'CONFLICT':
      return new AppError(first?.message && /[\u4e00-\u9fa5]/.test(first.message) ? first.message : '案件状态已变化，请刷新后重试', code, field);
    case 'CONSENT_REQUIRED':
      return new AppError('请先阅读并同意隐私保护指引', code);
    case 'RATE_LIMITED':
      return new AppError('操作太频繁，请稍后再试', code);
    default:
      return new AppError('服务暂时不可用，请稍后再试', code);
  }
}

export const messageOf = (error: unknown) => (error instanceof AppError ? error.message : '出了点问题，请稍后再试');
