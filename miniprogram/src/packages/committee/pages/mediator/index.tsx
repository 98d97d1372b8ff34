import { Button, Image, Switch, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { execute, uploadMediatorPhoto } from '../../../../api/client';
import { AppError, messageOf } from '../../../../api/errors';
import { Chips, Field, TextAreaField, TextField } from '../../../../components/field';
import { ErrorState, Loading, Page, RemoteView, Section } from '../../../../components/page';
import { mediaUrl } from '../../../../components/mediator-card';
import { choosePhotos } from '../../../../media';
import type { Employment, MediatorBackground, Sex } from '../../../../gql/graphql';
import { AddMembershipMutation, CreateMediatorMutation, MediatorForEditQuery, SetMediatorActiveMutation, UpdateMediatorMutation } from '../../../../graphql/menu';
import { DisputeTypesQuery } from '../../../../graphql/network';
import { useAction } from '../../../../hooks/use-action';
import { useRemote } from '../../../../hooks/use-remote';
import { BACKGROUND_LABEL, EMPLOYMENT_LABEL, GRADE_LABEL, SEX_LABEL } from '../../../../labels';
import { toast } from '../../../../navigation';

interface Profile {
  name: string;
  sex: Sex | null;
  ethnicity: string;
  background: MediatorBackground | null;
  backgroundNote: string;
  grade: string | null;
  employment: Employment | null;
  specialtyCodes: string[];
  languages: string;
  certificateNo: string;
  contactPhone: string;
  bio: string;
  inExpertPool: boolean;
}

const EMPTY: Profile = {
  name: '', sex: null, ethnicity: '汉族', background: null, backgroundNote: '', grade: null, employment: null, specialtyCodes: [], languages: '普通话',
  certificateNo: '', contactPhone: '', bio: '', inExpertPool: false,
};
const options = <T extends string>(labels: Record<T, string>) => (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
const GRADES = ['1', '2', '3', '4'].map((value) => ({ value, label: GRADE_LABEL[Number(value)] }));
const FIELD_OF: Record<string, keyof Profile> = {
  'input.name': 'name', 'input.sex': 'sex', 'input.ethnicity': 'ethnicity', 'input.background': 'background', 'input.backgroundNote': 'backgroundNote',
  'input.grade': 'grade', 'input.employment': 'employment', 'input.specialtyCodes': 'specialtyCodes', 'input.languages': 'languages',
  'input.certificateNo': 'certificateNo', 'input.contactPhone': 'contactPhone', 'input.bio': 'bio',
};

function problemsOf(p: Profile): Partial<Record<keyof Profile, string>> {
  const found: Partial<Record<keyof Profile, string>> = {};
  if (p.name.trim().length < 2) found.name = '请填写姓名（至少 2 个字）';
  if (!p.sex) found.sex = '请选择性别';
  if (!p.background) found.background = '请选择职业背景';
  if (!p.grade) found.grade = '请选择等级';
  if (!p.employment) found.employment = '请选择专职或兼职';
  if (!p.languages.trim()) found.languages = '请至少填写一种语言，如 普通话';
  if (p.contactPhone && !/^(1\d{10}|0\d{2,3}-?\d{7,8})$/.test(p.contactPhone)) found.contactPhone = '请填写手机号或带区号的电话';
  return found;
}

/**
 * 调解员资料: what the menu shows of a mediator — specialties, languages, grade, background, a
 * word about them — kept by the committee admin; a new mediator joins this committee's menu.
 * 暂停接案 takes them off every menu until resumed.
 */
export default function EditMediator() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const committeeId = params.committeeId ?? '';
  const types = useRemote(() => execute(DisputeTypesQuery), []);
  const [profile, setProfile] = useState<Profile | null>(id ? null : EMPTY);
  const [active, setActive] = useState(true);
  const [photo, setPhoto] = useState<string | null>(null);
  const [problems, setProblems] = useState<Partial<Record<keyof Profile, string>>>({});
  const { busy, run } = useAction();
  // A profile that failed to load says why and offers to try again (it would otherwise stay on 加载中).
  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!id) return;
    setLoadError(null);
    execute(MediatorForEditQuery, { id })
      .then(({ mediator: m }) => {
        setActive(m.active);
        setPhoto(m.photoUrl ?? null);
        setProfile({
          name: m.name, sex: m.sex, ethnicity: m.ethnicity, background: m.background, backgroundNote: m.backgroundNote ?? '', grade: String(m.grade),
          employment: m.employment, specialtyCodes: m.specialties.map((s) => s.code), languages: m.languages.join('、'), certificateNo: m.certificateNo ?? '',
          contactPhone: m.contactPhone ?? '', bio: m.bio ?? '', inExpertPool: m.inExpertPool,
        });
      })
      .catch((e) => setLoadError(messageOf(e)));
  }, [id, attempt]);
  useEffect(() => {
    if (!profile) return;
    setProblems((shown) => {
      const still = problemsOf(profile);
      const kept = (Object.keys(shown) as (keyof Profile)[]).filter((k) => still[k]);
      return kept.length === Object.keys(shown).length ? shown : Object.fromEntries(kept.map((k) => [k, still[k]]));
    });
  }, [profile]);

  if (!profile) return loadError ? <ErrorState message={loadError} onRetry={() => setAttempt((n) => n + 1)} /> : <Loading />;
  const update = (patch: Partial<Profile>) => setProfile((p) => (p ? { ...p, ...patch } : p));
  const toggle = (code: string) => update({ specialtyCodes: profile.specialtyCodes.includes(code) ? profile.specialtyCodes.filter((c) => c !== code) : [...profile.specialtyCodes, code] });

  const save = async () => {
    const found = problemsOf(profile);
    setProblems(found);
    if (Object.keys(found).length) return void toast(Object.values(found)[0]);
    const input = {
      name: profile.name.trim(), sex: profile.sex as Sex, ethnicity: profile.ethnicity.trim() || '汉族', background: profile.background as MediatorBackground,
      backgroundNote: profile.backgroundNote.trim() || null, grade: Number(profile.grade), employment: profile.employment as Employment,
      specialtyCodes: profile.specialtyCodes, languages: profile.languages.split(/[、，,\s]+/).map((l) => l.trim()).filter(Boolean),
      certificateNo: profile.certificateNo.trim() || null, contactPhone: profile.contactPhone.trim() || null, bio: profile.bio.trim() || null, inExpertPool: profile.inExpertPool,
    };
    const done = await run(async () => {
      try {
        if (id) return await execute(UpdateMediatorMutation, { id, input });
        const created = await execute(CreateMediatorMutation, { input });
        await execute(AddMembershipMutation, { input: { committeeId, mediatorId: created.createMediator.id, role: 'MEDIATOR' } });
        return created;
      } catch (e) {
        // Bad input goes back to the field it is about.
        if (e instanceof AppError) setProblems(Object.fromEntries(e.problems.flatMap((p) => (FIELD_OF[p.field] ? [[FIELD_OF[p.field], p.reason]] : []))));
        throw e;
      }
    }, id ? '已保存' : '已加入本会名册');
    if (done) void Taro.navigateBack();
  };

  const changePhoto = async () => {
    let picked: string | undefined;
    try {
      [picked] = await choosePhotos(1);
    } catch {
      return; // cancelled
    }
    if (!picked) return;
    const file = picked;
    const url = await run(() => uploadMediatorPhoto(id, file), '照片已更换');
    if (url) setPhoto(url);
  };

  const setAvailability = async (on: boolean) => {
    const done = await run(() => execute(SetMediatorActiveMutation, { id, active: on }), on ? '已恢复接案' : '已暂停接案');
    if (done) setActive(done.setMediatorActive.active);
  };

  return (
    <Page>
      {id && (
        <Section title='照片'>
          <View className='row'>
            {photo ? <Image className='avatar' src={mediaUrl(photo)} mode='aspectFill' aria-label='调解员照片' /> : <Text className='muted'>还没有照片：当事人选择时只看到姓氏头像</Text>}
            <Button className='btn btn--plain btn--small' disabled={busy} onClick={() => void changePhoto()}>
              {photo ? '更换照片' : '上传照片'}
            </Button>
          </View>
          <View className='muted'>JPG 或 PNG，不超过 2 MB；当事人在调解员名册中看到的就是这张照片。</View>
        </Section>
      )}
      <View className='card'>
        <TextField label='姓名' required value={profile.name} onChange={(name) => update({ name })} error={problems.name} />
        <Field label='性别' required error={problems.sex}>
          <Chips options={options(SEX_LABEL)} value={profile.sex} onChange={(sex) => update({ sex })} />
        </Field>
        <TextField label='民族' value={profile.ethnicity} onChange={(ethnicity) => update({ ethnicity })} error={problems.ethnicity} />
        <Field label='等级' required error={problems.grade}>
          <Chips options={GRADES} value={profile.grade} onChange={(grade) => update({ grade })} />
        </Field>
        <Field label='专职或兼职' required error={problems.employment}>
          <Chips options={options(EMPLOYMENT_LABEL)} value={profile.employment} onChange={(employment) => update({ employment })} />
        </Field>
        <Field label='职业背景' required error={problems.background}>
          <Chips options={options(BACKGROUND_LABEL)} value={profile.background} onChange={(background) => update({ background })} />
        </Field>
        <TextField label='背景说明（可不填）' placeholder='例如：原镇司法所所长' value={profile.backgroundNote} onChange={(backgroundNote) => update({ backgroundNote })} error={problems.backgroundNote} />
      </View>
      <Section title='擅长领域'>
        <RemoteView remote={types}>
          {({ disputeTypes }) => <Chips options={disputeTypes.map((t) => ({ value: t.code, label: t.label }))} value={profile.specialtyCodes} onChange={toggle} />}
        </RemoteView>
        {problems.specialtyCodes && <View className='field__error'>{problems.specialtyCodes}</View>}
      </Section>
      <View className='card'>
        <TextField label='会说的语言和方言' required placeholder='用顿号分开，如 普通话、凉州话' value={profile.languages} onChange={(languages) => update({ languages })} error={problems.languages} />
        <TextField label='调解员证书编号（可不填）' value={profile.certificateNo} onChange={(certificateNo) => update({ certificateNo })} error={problems.certificateNo} />
        <TextField label='联系卡上的工作电话（可不填）' placeholder='手机号或 0935-2211001' value={profile.contactPhone} onChange={(contactPhone) => update({ contactPhone })} error={problems.contactPhone} />
        <TextAreaField label='个人简介' placeholder='调解经历、擅长化解的纠纷，让当事人了解和信任' value={profile.bio} onChange={(bio) => update({ bio })} error={problems.bio} />
        <View className='row row--between'>
          <Text>入选专家库</Text>
          <Switch className='switch' aria-label='入选专家库' checked={profile.inExpertPool} color='#b4282d' onChange={(e) => update({ inExpertPool: e.detail.value })} />
        </View>
      </View>
      <View className='actions'>
        <Button className='btn' disabled={busy} onClick={() => void save()}>
          {id ? '保存' : '加入本会名册'}
        </Button>
      </View>
      {id && (
        <Section title={active ? '正在接案' : '已暂停接案'}>
          <View className='muted'>暂停接案后，该调解员不出现在任何案件的可选名单中，已承办的案件不受影响。</View>
          <Button className='btn btn--plain' disabled={busy} onClick={() => void setAvailability(!active)}>
            {active ? '暂停接案' : '恢复接案'}
          </Button>
        </Section>
      )}
    </Page>
  );
}
