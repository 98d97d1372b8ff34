/**
 * Text no person typed: NUL (PostgreSQL cannot store it), other control characters except tab and
 * line breaks, and lone UTF-16 surrogates (half of a character, which would be silently rewritten
 * on the way to the database). Returns why, or null when the text is fine.
 */
export function findUnsafeText(value: string): string | null {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value)) return '含有控制字符（如 \\u0000），请删除后重试';
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value)) return '含有不完整的字符（孤立的代理项），请重新输入';
  return null;
}

/** The longest text any field takes (a written agreement's facts and responsibilities). */
export const MAX_TEXT_LENGTH = 10_000;
