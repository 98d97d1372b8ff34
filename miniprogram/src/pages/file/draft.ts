import Taro from '@tarojs/taro';
import { newIdempotencyKey } from '../../api/idempotency';
import type { PickedRegion } from '../../components/region-picker';

/** What a resident has typed so far; kept on the device so closing the app loses nothing. */
export interface FilingDraft {
  /** One per submission, kept with the draft: a retried submit never files twice. */
  idempotencyKey: string;
  step: number;
  disputeType: string | null;
  facts: string;
  claims: string;
  amountInvolved: string;
  peopleInvolved: string;
  applicantName: string;
  applicantPhone: string;
  /** The language or dialect the applicant would rather be mediated in (optional). */
  applicantLanguage?: string;
  respondentName: string;
  respondentPhone: string;
  region: PickedRegion | null;
  place: string;
  latitude: number | null;
  longitude: number | null;
  photos: string[];
}

const KEY = 'tiaojie.filingDraft';


export const emptyDraft = (): FilingDraft => ({
  idempotencyKey: newIdempotencyKey(),
  step: 0,
  disputeType: null,
  facts: '',
  claims: '',
  amountInvolved: '',
  peopleInvolved: '2',
  applicantName: '',
  applicantPhone: '',
  respondentName: '',
  respondentPhone: '',
  region: null,
  place: '',
  latitude: null,
  longitude: null,
  photos: [],
});

export const loadDraft = (): FilingDraft => ({ ...emptyDraft(), ...((Taro.getStorageSync<Partial<FilingDraft>>(KEY)) || {}) });
export const saveDraft = (draft: FilingDraft) => Taro.setStorageSync(KEY, draft);
export const discardDraft = () => Taro.removeStorageSync(KEY);

/** Problems per step, in the words shown next to the field. */
export function problemsOf(d: FilingDraft, step: number): Record<string, string> {
  const p: Record<string, string> = {};
  if (step === 0 && !d.disputeType) p.disputeType = '请选择纠纷类型';
  if (step === 1) {
    if (d.facts.trim().length < 10) p.facts = '请用至少 10 个字说明事情经过';
    if (!d.claims.trim()) p.claims = '请写明您希望怎样解决';
    if (d.amountInvolved && !/^\d{1,12}(\.\d{1,2})?$/.test(d.amountInvolved)) p.amountInvolved = '金额请填数字，最多两位小数';
    if (!/^\d{1,5}$/.test(d.peopleInvolved) || Number(d.peopleInvolved) < 2) p.peopleInvolved = '涉及人数至少 2 人';
  }
  if (step === 2) {
    if (d.applicantName.trim().length < 2) p.applicantName = '请填写您的姓名（至少 2 个字）';
    if (d.applicantPhone && !/^1\d{10}$/.test(d.applicantPhone)) p.applicantPhone = '请填写 11 位手机号';
    if (d.applicantLanguage && d.applicantLanguage.trim().length === 1) p.applicantLanguage = '请填写语言或方言的全称，如 维吾尔语';
    if (d.respondentName.trim().length < 2) p.respondentName = '请填写对方姓名或单位名称（至少 2 个字）';
    if (d.respondentPhone && !/^1\d{10}$/.test(d.respondentPhone)) p.respondentPhone = '请填写 11 位手机号';
  }
  if (step === 3 && !d.region) p.region = '请选择纠纷发生地';
  return p;
}

/** Where each API input path is on the form, and on which step. */
const API_FIELDS: [RegExp, keyof FilingDraft, number][] = [
  [/^input\.disputeType/, 'disputeType', 0],
  [/^input\.facts/, 'facts', 1],
  [/^input\.claims/, 'claims', 1],
  [/^input\.amountInvolved/, 'amountInvolved', 1],
  [/^input\.peopleInvolved/, 'peopleInvolved', 1],
  [/^input\.applicants\.\d+\.name/, 'applicantName', 2],
  [/^input\.applicants\.\d+\.phone/, 'applicantPhone', 2],
  [/^input\.applicants\.\d+\.language/, 'applicantLanguage', 2],
  [/^input\.respondents\.\d+\.name/, 'respondentName', 2],
  [/^input\.respondents\.\d+\.phone/, 'respondentPhone', 2],
  [/^input\.(regionCode|place|latitude|longitude)/, 'region', 3],
];

/** The API's problems placed on the form's fields, and the first step that has one. */
export function placeProblems(problems: { field: string; reason: string }[]): { byField: Record<string, string>; step: number | null } {
  const byField: Record<string, string> = {};
  let step: number | null = null;
  for (const problem of problems) {
    const found = API_FIELDS.find(([pattern]) => pattern.test(problem.field));
    if (!found) continue;
    byField[found[1]] ??= problem.reason;
    step = step === null ? found[2] : Math.min(step, found[2]);
  }
  return { byField, step };
}
