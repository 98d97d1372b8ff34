/**
 * A tiny tagged template for composing SQL with bound values. Values become `?` placeholders
 * (what MikroORM/knex `execute` expects); `toPg()` renders `$n` for plain `pg`, so the
 * benchmark's raw server runs exactly the same statements. Arrays are bound as one PostgreSQL
 * array literal (use `= any(?::int[])`), because knex would expand a JS array into a list.
 */
export class Sql {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
  ) {}

  /** `?`-placeholder text for knex / MikroORM. */
  get text(): string {
    return this.strings.join('?');
  }

  /** `$1`-placeholder text for node-postgres. */
  toPg(): { text: string; values: unknown[] } {
    let text = this.strings[0] ?? '';
    for (let i = 1; i < this.strings.length; i++) text += `$${i}${this.strings[i]}`;
    return { text, values: [...this.values] };
  }
}

type SqlValue = Sql | string | number | boolean | null | Date | readonly (string | number)[];

export function sql(strings: TemplateStringsArray, ...values: SqlValue[]): Sql {
  const outStrings: string[] = [strings[0] ?? ''];
  const outValues: unknown[] = [];
  values.forEach((value, i) => {
    const next = strings[i + 1] ?? '';
    if (value instanceof Sql) {
      // Inline a fragment: glue its first/last string to ours.
      outStrings[outStrings.length - 1] += value.strings[0] ?? '';
      for (let k = 1; k < value.strings.length; k++) outStrings.push(value.strings[k] ?? '');
      outValues.push(...value.values);
      outStrings[outStrings.length - 1] += next;
    } else {
      outValues.push(Array.isArray(value) ? pgArrayLiteral(value) : value);
      outStrings.push(next);
    }
  });
  return new Sql(outStrings, outValues);
}

/** Trusted SQL text (identifiers, keywords chosen by code, never by input). */
export function raw(text: string): Sql {
  return new Sql([text], []);
}

export function join(parts: Sql[], separator: string): Sql {
  if (parts.length === 0) return raw('');
  return parts.slice(1).reduce((acc, part) => sql`${acc}${raw(separator)}${part}`, parts[0]);
}


function pgArrayLiteral(values: readonly (string | number)[]): string {
  return `{${values.map((v) => (typeof v === 'number' ? String(v) : `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
}

/** Escapes LIKE wildcards so user text matches literally. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
