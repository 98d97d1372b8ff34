import { registerEnumType } from 'type-graphql';
import { describedBy } from '../../shared/labels';

export enum LanguageKind {
  COMMON = 'COMMON',
  DIALECT = 'DIALECT',
  MINORITY = 'MINORITY',
  /** Written in by a committee, outside the vocabulary. */
  OTHER = 'OTHER',
}
export const LANGUAGE_KIND_LABEL: Record<LanguageKind, string> = { COMMON: '通用语言', DIALECT: '方言', MINORITY: '少数民族语言', OTHER: '其他' };
registerEnumType(LanguageKind, { name: 'LanguageKind', description: '语言类别', valuesConfig: describedBy(LANGUAGE_KIND_LABEL) });

export interface LanguageEntry {
  /** The name stored on mediators and shown on cards. */
  label: string;
  kind: LanguageKind;
  /** Other names people type or say for the same language: 汉语 and 国语 are 普通话 here. */
  aliases: readonly string[];
}

/**
 * The languages a mediator can mediate in, as one vocabulary: a filter for 汉语 finds those who
 * speak 普通话, a dialect (凉州话) or a minority language is its own entry. A name outside the
 * vocabulary is kept as written (a committee may add a local dialect) and filters exactly.
 */
export const LANGUAGE_VOCABULARY: readonly LanguageEntry[] = [
  { label: '普通话', kind: LanguageKind.COMMON, aliases: ['汉语', '国语', '中文', '官话', '国家通用语言'] },
  { label: '凉州话', kind: LanguageKind.DIALECT, aliases: ['武威话', '武威方言', '凉州方言'] },
  { label: '兰州话', kind: LanguageKind.DIALECT, aliases: ['兰州方言'] },
  { label: '西北方言', kind: LanguageKind.DIALECT, aliases: ['甘肃话', '甘肃方言'] },
  { label: '维吾尔语', kind: LanguageKind.MINORITY, aliases: ['维语', '维吾尔话'] },
  { label: '哈萨克语', kind: LanguageKind.MINORITY, aliases: ['哈语'] },
  { label: '蒙古语', kind: LanguageKind.MINORITY, aliases: ['蒙语', '蒙古话'] },
  { label: '藏语', kind: LanguageKind.MINORITY, aliases: ['藏话', '安多藏语'] },
  { label: '东乡语', kind: LanguageKind.MINORITY, aliases: [] },
  { label: '土族语', kind: LanguageKind.MINORITY, aliases: ['土语'] },
];

const BY_NAME = new Map<string, string>(LANGUAGE_VOCABULARY.flatMap((l) => [[l.label, l.label] as const, ...l.aliases.map((a) => [a, l.label] as const)]));

/** The vocabulary's name for a language however it was written (汉语 → 普通话); anything else as written. */
export const canonicalLanguage = (name: string): string => BY_NAME.get(name.trim()) ?? name.trim();
