import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { execute, uploadEvidence } from '../api/client';
import { AppError, messageOf } from '../api/errors';
import type { CaseChannel } from '../gql/graphql';
import { RegisterCaseMutation } from '../graphql/cases';
import { DisputeTypesQuery, RegionPathQuery } from '../graphql/network';
import { useRemote } from '../hooks/use-remote';
import { CASE_CHANNEL_LABEL } from '../labels';
import { confirmDialog, toast } from '../navigation';
import { Chips, Field, TextAreaField, TextField } from './field';
import { RemoteView, Section } from './page';
import { PhotoPicker } from './photo-picker';
import { newIdempotencyKey } from '../api/idempotency';
import { type PickedRegion, RegionPicker } from './region-picker';
import { whereAmI } from '../location';

const MAX_PHOTOS = 9;
const REFERRALS: CaseChannel[] = ['COURT_REFERRAL', 'POLICE_REFERRAL', 'PETITION_REFERRAL', 'PROCURATORATE_REFERRAL'];

interface Form {
  channel: CaseChannel;
  referralNumber: string;
  disputeType: string | null;
  facts: string;
  claims: string;
  peopleInvolved: string;
  amountInvolved: string;
  applicantName: string;
  applicantPhone: string;
  respondentName: string;
  respondentPhone: string;
  /** More people on either side (a group dispute): names separated by 、. */
  otherApplicants: string;
  otherRespondents: string;
  region: PickedRegion | null;
  place: string;
  latitude: number | null;
  longitude: number | null;
  photos: string[];
}

/** Where each problem the API names is shown on the form. */
const API_FIELDS: [RegExp, keyof Form][] = [
  [/^input\.referralNumber/, 'referralNumber'],
  [/^input\.disputeType/, 'disputeType'],
  [/^input\.facts/, 'facts'],
  [/^input\.claims/, 'claims'],
  [/^input\.amountInvolved/, 'amountInvolved'],
  [/^input\.peopleInvolved/, 'peopleInvolved'],
  [/^input\.applicants\.0\.name|^input\.applicants$/, 'applicantName'],
  [/^input\.applicants\.0\.phone/, 'applicantPhone'],
  [/^input\.applicants\.\d+/, 'otherApplicants'],
  [/^input\.respondents\.0\.name|^input\.respondents$/, 'respondentName'],
  [/^input\.respondents\.0\.phone/, 'respondentPhone'],
  [/^input\.respondents\.\d+/, 'otherRespondents'],
  [/^input\.(regionCode|place|latitude|longitude|committeeId)/, 'region'],
];

function problemsOf(f: Form): Partial<Record<keyof Form, string>> {
  const p: Partial<Record<keyof Form, string>> = {};
  if (REFERRALS.includes(f.channel) && f.referralNumber.trim().length < 2) p.referralNumber = '委派、移送的案件请填写文号';
  if (!f.disputeType) p.disputeType = '请选择纠纷类型';
  if (f.facts.trim().length < 10) p.facts = '请用至少 10 个字记录事情经过';
  if (!f.claims.trim()) p.claims = '请记录当事人希望怎样解决';
  if (f.amountInvolved && !/^\d{1,12}(\.\d{1,2})?$/.test(f.amountInvolved)) p.amountInvolved = '金额请填数字，最多两位小数';
  if (!/^\d{1,5}$/.test(f.peopleInvolved) || Number(f.peopleInvolved) < 2) p.peopleInvolved = '涉及人数至少 2 人';
  if (f.applicantName.trim().length < 2) p.applicantName = '请填写申请人姓名（至少 2 个字）';
  if (f.applicantPhone && !/^1\d{10}$/.test(f.applicantPhone)) p.applicantPhone = '请填写 11 位手机号';
  if (f.respondentName.trim().length < 2) p.respondentName = '请填写被申请人姓名或单位（至少 2 个字）';
  if (f.respondentPhone && !/^1\d{10}$/.test(f.respondentPhone)) p.respondentPhone = '请填写 11 位手机号';
  if (namesIn(f.otherApplicants).some((n) => n.length < 2)) p.otherApplicants = '每个姓名至少 2 个字，用顿号分开';
  if (namesIn(f.otherRespondents).some((n) => n.length < 2)) p.otherRespondents = '每个姓名或单位至少 2 个字，用顿号分开';
  if (!f.region) p.region = '请选择纠纷发生地';
  return p;
}

/** Names typed in one box, separated by 、 (or commas, semicolons, new lines) — not spaces, which a unit's name may hold. */
const namesIn = (text: string) => text.split(/[、，,；;\n]+/).map((n) => n.trim()).filter(Boolean);

/** The names of a region and those above it, top down, as the region picker shows them. */
async function regionPath(code: string): Promise<PickedRegion | null> {
  const { region } = await execute(RegionPathQuery, { code });
  return region ? { code: region.code, path: [...region.ancestors.map((a) => a.name), region.name] } : null;
}

/**
 * Staff register a case on someone's behalf — a walk-in at the committee (来访登记), a report from a
 * grid officer on the spot (网格上报), a referral — with the parties, the place and photos. A retried
 * submit keeps its idempotency key, so a bad connection never registers a case twice.
 */
export function RegisterCaseForm({
  channels,
  committeeId,
  defaultRegionCode,
  submitLabel,
  onRegistered,
}: {
  channels: CaseChannel[];
  /** The committee that takes the case; null lets the API route it by place and type. */
  committeeId: string | null;
  defaultRegionCode: string | null;
  submitLabel: string;
  onRegistered: (caseId: string) => void;
}) {
  const types = useRemote(() => execute(DisputeTypesQuery), []);
  const [key] = useState(newIdempotencyKey);
  const [form, setForm] = useState<Form>({
    channel: channels[0], referralNumber: '', disputeType: null, facts: '', claims: '', peopleInvolved: '2', amountInvolved: '',
    applicantName: '', applicantPhone: '', respondentName: '', respondentPhone: '', otherApplicants: '', otherRespondents: '', region: null, place: '', latitude: null, longitude: null, photos: [],
  });
  const [problems, setProblems] = useState<Partial<Record<keyof Form, string>>>({});
  const [submitting, setSubmitting] = useState<string | null>(null);
  const update = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));

  // A message goes as soon as its field is right.
  useEffect(() => {
    setProblems((shown) => {
      const keys = Object.keys(shown) as (keyof Form)[];
      if (keys.length === 0) return shown;
      const still = problemsOf(form);
      const kept = keys.filter((k) => still[k]);
      return kept.length === keys.length ? shown : Object.fromEntries(kept.map((k) => [k, still[k]]));
    });
  }, [form]);

  useEffect(() => {
    if (!defaultRegionCode) return;
    regionPath(defaultRegionCode)
      .then((region) => setForm((f) => (f.region ? f : { ...f, region })))
      .catch(() => undefined);
  }, [defaultRegionCode]);

  const locate = async () => {
    try {
      const here = await whereAmI();
      update({ latitude: Number(here.latitude.toFixed(6)), longitude: Number(here.longitude.toFixed(6)) });
      void toast('已记录当前位置');
    } catch {
      void toast('没有取得位置，可以只填写详细地点');
    }
  };

  const submit = async () => {
    const found = problemsOf(form);
    setProblems(found);
    if (Object.keys(found).length > 0) return void toast(Object.values(found)[0]);
    setSubmitting('正在登记…');
    let caseId: string | null = null;
    try {
      const done = await execute(RegisterCaseMutation, {
        input: {
          idempotencyKey: key,
          channel: form.channel,
          referralNumber: REFERRALS.includes(form.channel) ? form.referralNumber.trim() : null,
          committeeId,
          disputeType: form.disputeType as string,
          facts: form.facts.trim(),
          claims: form.claims.trim(),
          amountInvolved: form.amountInvolved || null,
          // At least everyone named (the API counts the same way).
          peopleInvolved: Math.max(Number(form.peopleInvolved), 2 + namesIn(form.otherApplicants).length + namesIn(form.otherRespondents).length),
          regionCode: (form.region as PickedRegion).code,
          place: form.place.trim() || null,
          latitude: form.latitude,
          longitude: form.longitude,
          applicants: [{ name: form.applicantName.trim(), phone: form.applicantPhone || null }, ...namesIn(form.otherApplicants).map((name) => ({ name }))],
          respondents: [{ name: form.respondentName.trim(), phone: form.respondentPhone || null }, ...namesIn(form.otherRespondents).map((name) => ({ name }))],
        },
      });
      caseId = done.registerCase.id;
      for (const [i, photo] of form.photos.entries()) {
        await uploadEvidence(caseId, photo, `现场照片${i + 1}`, (percent) => setSubmitting(`正在上传照片 ${i + 1}/${form.photos.length}：${percent}%`));
      }
      void Taro.showToast({ title: '已登记', icon: 'success' });
      onRegistered(caseId);
    } catch (e) {
      if (caseId) {
        const registered = caseId;
        // The case is registered; only a photo failed. It can be added from the case page.
        void confirmDialog('已登记', `${messageOf(e)}。可以在案件详情中补充照片。`, false).then(() => onRegistered(registered));
      } else {
        void toast(messageOf(e));
        const byField: Partial<Record<keyof Form, string>> = {};
        for (const problem of e instanceof AppError ? e.problems : []) {
          const placed = API_FIELDS.find(([pattern]) => pattern.test(problem.field));
          if (placed) byField[placed[1]] ??= problem.reason;
        }
        setProblems(byField);
      }
    } finally {
      setSubmitting(null);
    }
  };

  return (
    <View>
      <Section title='纠纷情况'>
        {channels.length > 1 && (
          <Field label='案件来源' required>
            <Chips options={channels.map((c) => ({ value: c, label: CASE_CHANNEL_LABEL[c] }))} value={form.channel} onChange={(channel) => update({ channel })} />
          </Field>
        )}
        {REFERRALS.includes(form.channel) && (
          <TextField label='委派、移送文号' required value={form.referralNumber} onChange={(referralNumber) => update({ referralNumber })} placeholder='例如：（2026）甘0602民诉前调123号' error={problems.referralNumber} />
        )}
        <Field label='纠纷类型' required error={problems.disputeType}>
          <RemoteView remote={types}>
            {({ disputeTypes }) => <Chips options={disputeTypes.map((t) => ({ value: t.code, label: t.label }))} value={form.disputeType} onChange={(disputeType) => update({ disputeType })} />}
          </RemoteView>
        </Field>
        <TextAreaField label='事情经过' required value={form.facts} onChange={(facts) => update({ facts })} placeholder='什么时间、在哪里、发生了什么，双方争议在哪里' error={problems.facts} />
        <TextAreaField label='当事人的请求' required value={form.claims} onChange={(claims) => update({ claims })} placeholder='当事人希望怎样解决，例如：赔偿损失、恢复通行' error={problems.claims} />
        <TextField label='涉及人数' type='number' value={form.peopleInvolved} onChange={(peopleInvolved) => update({ peopleInvolved })} error={problems.peopleInvolved} />
        <TextField label='涉及金额（元，可不填）' type='digit' value={form.amountInvolved} onChange={(amountInvolved) => update({ amountInvolved })} error={problems.amountInvolved} />
      </Section>
      <Section title='当事人'>
        <TextField label='申请人姓名' required placeholder='来访群众或纠纷一方的姓名' value={form.applicantName} onChange={(applicantName) => update({ applicantName })} error={problems.applicantName} />
        <TextField label='申请人手机号（可不填）' placeholder='申请人的 11 位手机号' type='number' maxlength={11} value={form.applicantPhone} onChange={(applicantPhone) => update({ applicantPhone })} error={problems.applicantPhone} />
        <TextField label='被申请人姓名或单位' required placeholder='纠纷另一方的姓名或单位名称' value={form.respondentName} onChange={(respondentName) => update({ respondentName })} error={problems.respondentName} />
        <TextField label='被申请人手机号（可不填）' placeholder='被申请人的 11 位手机号' type='number' maxlength={11} value={form.respondentPhone} onChange={(respondentPhone) => update({ respondentPhone })} error={problems.respondentPhone} />
        <TextField label='其他申请人（可不填）' placeholder='多人纠纷的其他申请人，用顿号分开' value={form.otherApplicants} onChange={(otherApplicants) => update({ otherApplicants })} error={problems.otherApplicants} />
        <TextField label='其他被申请人（可不填）' placeholder='多人纠纷的其他被申请人，用顿号分开' value={form.otherRespondents} onChange={(otherRespondents) => update({ otherRespondents })} error={problems.otherRespondents} />
        <Text className='muted'>手机号加密保存，只有承办工作人员能看到部分号码。</Text>
      </Section>
      <Section title='地点和照片'>
        <Field label='纠纷发生地' required error={problems.region}>
          <RegionPicker value={form.region} onChange={(region) => update({ region })} />
        </Field>
        <TextField label='详细地点（可不填）' value={form.place} onChange={(place) => update({ place })} placeholder='例如：黄羊村一组东头' />
        <View className='row row--between'>
          <Text className='muted'>{form.latitude !== null ? '已记录当前位置' : '可以记录所在位置，方便调委会上门'}</Text>
          <Button className='btn btn--plain btn--small' onClick={() => void locate()}>
            {form.latitude !== null ? '重新定位' : '记录当前位置'}
          </Button>
        </View>
        <PhotoPicker label={`现场照片（可不传，最多 ${MAX_PHOTOS} 张）`} photos={form.photos} max={MAX_PHOTOS} onChange={(photos) => update({ photos })} />
      </Section>
      {submitting && <View className='banner banner--info'>{submitting}</View>}
      <View className='actions'>
        <Button className='btn' disabled={!!submitting} onClick={() => void submit()}>
          {submitLabel}
        </Button>
      </View>
    </View>
  );
}
