import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { execute, uploadEvidence } from '../../api/client';
import { AppError, messageOf } from '../../api/errors';
import { Chips, Field, TextAreaField, TextField } from '../../components/field';
import { Page, RemoteView } from '../../components/page';
import { PhotoPicker } from '../../components/photo-picker';
import { RegionPicker } from '../../components/region-picker';
import { FileCaseMutation, MyOpenCaseAgainstQuery } from '../../graphql/cases';
import { MeQuery } from '../../graphql/identity';
import { DisputeTypesQuery } from '../../graphql/network';
import { useRemote } from '../../hooks/use-remote';
import { confirmDialog, go, toast } from '../../navigation';
import { CASE_STATUS_LABEL } from '../../labels';
import { discardDraft, type FilingDraft, loadDraft, placeProblems, problemsOf, saveDraft } from './draft';
import { askForCaseUpdates } from '../../subscribe';
import { PAGE } from '../../page-paths';

const STEPS = ['纠纷类型', '事情经过', '当事人', '发生地点', '证据材料', '确认提交'];
const MAX_PHOTOS = 9;

/** 申请调解: a step-by-step form whose draft survives closing the app. */
export default function FileCase() {
  const [draft, setDraft] = useState<FilingDraft>(loadDraft);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [submitting, setSubmitting] = useState<string | null>(null);
  // The phone the resident bound (masked): used for them unless they type another.
  const [boundPhone, setBoundPhone] = useState<string | null>(null);
  const types = useRemote(() => execute(DisputeTypesQuery), []);
  // Before sending: an open case of mine against the same respondent would make this a duplicate.
  const respondentName = draft.step === 5 ? draft.respondentName.trim() : '';
  const duplicate = useRemote(
    async () => (respondentName ? (await execute(MyOpenCaseAgainstQuery, { respondentName })).myOpenCaseAgainst : null),
    [respondentName],
  );

  // The privacy guide comes before anything personal is collected.
  useDidShow(() => {
    execute(MeQuery)
      .then(({ me }) => {
        if (me.needsPrivacyConsent) void Taro.redirectTo({ url: `/pages/privacy/index?next=${encodeURIComponent('/pages/file/index')}` });
        else {
          if (!draft.applicantName && me.realName) update({ applicantName: me.realName });
          setBoundPhone(me.phone ?? null);
        }
      })
      .catch(() => undefined);
  });
  useEffect(() => saveDraft(draft), [draft]);
  // A message goes as soon as its field is right (new ones wait for 下一步).
  useEffect(() => {
    setProblems((shown) => {
      const keys = Object.keys(shown);
      if (keys.length === 0) return shown;
      const still = problemsOf(draft, draft.step);
      return Object.fromEntries(keys.filter((k) => still[k]).map((k) => [k, still[k]]));
    });
  }, [draft]);

  const update = (patch: Partial<FilingDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const next = () => {
    const found = problemsOf(draft, draft.step);
    setProblems(found);
    if (Object.keys(found).length === 0) update({ step: draft.step + 1 });
  };

  const chooseLocation = async () => {
    try {
      const picked = await Taro.chooseLocation({});
      update({ place: picked.address || picked.name, latitude: picked.latitude, longitude: picked.longitude });
    } catch {
      void toast('未选择位置，可以直接填写地址');
    }
  };

  const submit = async () => {
    // Asked within the tap itself, as WeChat requires; the answer does not hold up the filing.
    void askForCaseUpdates();
    setSubmitting('正在提交申请…');
    let caseId: string | null = null;
    try {
      const filed = await execute(FileCaseMutation, {
        input: {
          idempotencyKey: draft.idempotencyKey,
          disputeType: draft.disputeType as string,
          facts: draft.facts.trim(),
          claims: draft.claims.trim(),
          amountInvolved: draft.amountInvolved || null,
          peopleInvolved: Number(draft.peopleInvolved),
          regionCode: (draft.region as { code: string }).code,
          place: draft.place.trim() || null,
          latitude: draft.latitude,
          longitude: draft.longitude,
          applicants: [{ name: draft.applicantName.trim(), phone: draft.applicantPhone || null, language: draft.applicantLanguage?.trim() || null }],
          respondents: [{ name: draft.respondentName.trim(), phone: draft.respondentPhone || null }],
        },
      });
      caseId = filed.fileCase.id;
      for (const [i, photo] of draft.photos.entries()) {
        await uploadEvidence(caseId, photo, `证据照片${i + 1}`, (percent) => setSubmitting(`正在上传证据 ${i + 1}/${draft.photos.length}：${percent}%`));
      }
      discardDraft();
      void Taro.showToast({ title: '已提交', icon: 'success' });
      void Taro.redirectTo({ url: `/${PAGE.partyCase}?id=${caseId}` });
    } catch (e) {
      if (caseId) {
        // The case is filed; only a photo failed. It can be added from the case page.
        discardDraft();
        void confirmDialog('申请已提交', `${messageOf(e)}。可以在案件详情中补充证据。`, false).then(() =>
          Taro.redirectTo({ url: `/${PAGE.partyCase}?id=${caseId}` }),
        );
      } else {
        void toast(messageOf(e));
        // Bad input goes back to the step and field it is about.
        const placed = placeProblems(e instanceof AppError ? e.problems : []);
        if (placed.step !== null) {
          setProblems(placed.byField);
          update({ step: placed.step });
        }
      }
    } finally {
      setSubmitting(null);
    }
  };

  const step = draft.step;
  return (
    <Page>
      <Text className='page-title'>
        第 {step + 1} 步（共 {STEPS.length} 步）：{STEPS[step]}
      </Text>
      <View className='steps' aria-hidden>
        {STEPS.map((s, i) => (
          <Text key={s} className={`steps__item ${i <= step ? 'steps__item--on' : ''}`}>
            {s}
          </Text>
        ))}
      </View>
      <View className='card'>
        {step === 0 && (
          <Field label='纠纷类型' required error={problems.disputeType}>
            <RemoteView remote={types}>
              {({ disputeTypes }) => (
                <Chips options={disputeTypes.map((t) => ({ value: t.code, label: t.label }))} value={draft.disputeType} onChange={(v) => update({ disputeType: v })} />
              )}
            </RemoteView>
          </Field>
        )}
        {step === 1 && (
          <View>
            <TextAreaField label='事情经过' required value={draft.facts} onChange={(facts) => update({ facts })} placeholder='什么时间、在哪里、发生了什么，双方争议在哪里' error={problems.facts} />
            <TextAreaField label='您的请求' required value={draft.claims} onChange={(claims) => update({ claims })} placeholder='希望对方怎么做，例如：赔偿损失、恢复通行' error={problems.claims} />
            <TextField label='涉及金额（元，可不填）' type='digit' value={draft.amountInvolved} onChange={(amountInvolved) => update({ amountInvolved })} error={problems.amountInvolved} />
            <TextField label='涉及人数' type='number' value={draft.peopleInvolved} onChange={(peopleInvolved) => update({ peopleInvolved })} error={problems.peopleInvolved} />
          </View>
        )}
        {step === 2 && (
          <View>
            <TextField label='您的姓名' required value={draft.applicantName} onChange={(applicantName) => update({ applicantName })} error={problems.applicantName} />
            <TextField
              label={boundPhone ? `您的手机号（不填则用已绑定的 ${boundPhone}）` : '您的手机号（可不填）'}
              type='number'
              maxlength={11}
              value={draft.applicantPhone}
              onChange={(applicantPhone) => update({ applicantPhone })}
              error={problems.applicantPhone}
            />
            <TextField
              label='您习惯用的语言或方言（可不填）'
              value={draft.applicantLanguage ?? ''}
              onChange={(applicantLanguage) => update({ applicantLanguage })}
              placeholder='例如：普通话、凉州话、维吾尔语'
              error={problems.applicantLanguage}
            />
            <TextField label='对方姓名或单位' required value={draft.respondentName} onChange={(respondentName) => update({ respondentName })} error={problems.respondentName} />
            <TextField label='对方手机号（可不填）' type='number' maxlength={11} value={draft.respondentPhone} onChange={(respondentPhone) => update({ respondentPhone })} error={problems.respondentPhone} />
            <Text className='muted'>手机号加密保存，仅承办工作人员可见部分号码。</Text>
          </View>
        )}
        {step === 3 && (
          <View>
            <Field label='纠纷发生地' required error={problems.region}>
              <RegionPicker value={draft.region} onChange={(region) => update({ region })} />
            </Field>
            <TextField label='详细地点（可不填）' value={draft.place} onChange={(place) => update({ place })} placeholder='例如：黄羊村一组' />
            {process.env.TARO_ENV === 'weapp' && (
              <Button className='btn btn--plain btn--small' onClick={() => void chooseLocation()}>
                在地图上选择位置
              </Button>
            )}
          </View>
        )}
        {step === 4 && <PhotoPicker label={`证据照片（可不传，最多 ${MAX_PHOTOS} 张）`} photos={draft.photos} max={MAX_PHOTOS} onChange={(photos) => update({ photos })} />}
        {step === 5 && duplicate.data && (
          <View className='banner banner--warn' data-testid='duplicate-filing'>
            您已有一件针对“{respondentName}”的案件正在办理（{duplicate.data.number}，{CASE_STATUS_LABEL[duplicate.data.status]}）。再次提交会重复申请，可以先查看该案件的进度。
            <Text className='link' onClick={() => void go(PAGE.partyCase, { id: duplicate.data?.id })}>
              查看该案件
            </Text>
          </View>
        )}
        {step === 5 && (
          <View>
            {[
              ['纠纷类型', types.data?.disputeTypes.find((t) => t.code === draft.disputeType)?.label ?? ''],
              ['事情经过', draft.facts],
              ['您的请求', draft.claims],
              ['涉及金额', draft.amountInvolved ? `${draft.amountInvolved} 元` : '未填'],
              ['申请人', draft.applicantName],
              ['被申请人', draft.respondentName],
              ['发生地', `${draft.region?.path.join('') ?? ''}${draft.place}`],
              ['证据照片', `${draft.photos.length} 张`],
            ].map(([k, v]) => (
              <View key={k} className='kv'>
                <Text className='kv__k'>{k}</Text>
                <Text className='kv__v'>{v}</Text>
              </View>
            ))}
          </View>
        )}
      </View>
      {submitting && <View className='banner banner--info'>{submitting}</View>}
      <View className='actions'>
        {step < 5 ? (
          <Button className='btn' onClick={next}>
            下一步
          </Button>
        ) : (
          <Button className='btn' disabled={!!submitting} onClick={() => void submit()}>
            提交申请
          </Button>
        )}
        {step > 0 && (
          <Button className='btn btn--plain' disabled={!!submitting} onClick={() => update({ step: step - 1 })}>
            上一步
          </Button>
        )}
      </View>
    </Page>
  );
}
