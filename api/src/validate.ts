import { validate, type ValidationError } from 'class-validator';
import { getNamedType } from 'graphql';
import type { ValidatorFn } from 'type-graphql';
import { type FieldProblem, UserInputError } from './shared/errors';

/**
 * class-validator on every input, reported as BAD_USER_INPUT with the full path of each field
 * (`input.grade`, `filter.search`), so a client can point at the box that is wrong.
 */
export const validateInput: ValidatorFn = async (value, type, { info }) => {
  if (value === null || value === undefined || typeof value !== 'object' || typeof type !== 'function') return;
  const values = Array.isArray(value) ? value : [value];
  const problems: FieldProblem[] = [];
  const field = info.parentType.getFields()[info.fieldName];
  // An @Arg('input') is prefixed with its argument name; an @Args() class's properties are the arguments.
  const argName = field?.args.find((a) => getNamedType(a.type).name === type.name)?.name;
  for (const item of values) {
    trimStrings(item);
    const errors = await validate(item as object, { forbidUnknownValues: false, validationError: { target: false, value: false } });
    collect(errors, argName ?? '', problems);
  }
  if (problems.length) throw new UserInputError(problems);
};

/**
 * What is stored is what is checked: leading and trailing white space goes before the length
 * rules run, so twenty spaces are not "facts" and a name is stored as the person meant it.
 */
function trimStrings(value: unknown) {
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  for (const [key, v] of Object.entries(record)) {
    if (typeof v === 'string') record[key] = v.trim();
    else if (Array.isArray(v)) v.forEach((item, i) => (typeof item === 'string' ? (v[i] = item.trim()) : trimStrings(item)));
    else if (v && typeof v === 'object' && !(v instanceof Date)) trimStrings(v);
  }
}

function collect(errors: ValidationError[], prefix: string, out: FieldProblem[]) {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    for (const message of Object.values(error.constraints ?? {})) out.push({ field: path, reason: message });
    if (error.children?.length) collect(error.children, path, out);
  }
}
