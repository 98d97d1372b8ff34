import { Button, Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { execute } from '../../api/client';
import { messageOf } from '../../api/errors';
import { RequestMediatorMutation } from '../../graphql/cases';
import { Chips } from '../../components/field';
import { MediatorCard } from '../../components/mediator-card';
import { Empty, Page } from '../../components/page';
import { PagedList } from '../../components/paged-list';
import type { MediatorSortOrder } from '../../gql/graphql';
import { DisputeTypesQuery, MediatorLanguagesQuery, MediatorMenuQuery } from '../../graphql/network';
import { usePages } from '../../hooks/use-pages';
import { useRemote } from '../../hooks/use-remote';
import { confirmDialog, go, toast } from '../../navigation';
import { PAGE } from '../../page-paths';

const GRADES = [
  { value: '1', label: '一级' },
  { value: '2', label: '二级' },
  { value: '3', label: '三级' },
  { value: '4', label: '四级' },
];
const SORTS: { value: MediatorSortOrder; label: string }[] = [
  { value: 'RELEVANCE', label: '综合' },
  { value: 'RATING', label: '评价最高' },
  { value: 'GRADE', label: '等级最高' },
];

/** 调解员名册 (点单式): filter by specialty, grade, language and committee; open a profile. */
export default function Mediators() {
  const { params } = useRouter();
  // What is typed (kept as typed: a controlled box without it loses characters in H5) and what is searched.
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  const [specialty, setSpecialty] = useState<string | null>(null);
  const [grade, setGrade] = useState<string | null>(null);
  const [language, setLanguage] = useState<string | null>(null);
  const [sort, setSort] = useState<MediatorSortOrder>('RELEVANCE');
  const [showFilters, setShowFilters] = useState(false);
  // Opened from the ranking page to name a mediator for a case (指名): a tap asks, then names.
  const pickFor = params.pickFor ?? null;
  const pick = async (mediatorId: string, name: string) => {
    if (!pickFor) return;
    const { confirm } = await confirmDialog(`指名${name}`, `请调委会安排${name}为本案调解员。调委会将安排或答复原因；对方看不到您指名了谁。`);
    if (!confirm) return;
    try {
      await execute(RequestMediatorMutation, { caseId: pickFor, mediatorId, reason: null });
      void toast('已指名，等待调委会答复', 'success');
      void Taro.redirectTo({ url: `/pages/rank/index?id=${pickFor}` });
    } catch (e) {
      void toast(messageOf(e));
    }
  };
  const types = useRemote(() => execute(DisputeTypesQuery), []);
  const languages = useRemote(() => execute(MediatorLanguagesQuery), []);
  const languageOptions = (languages.data?.mediatorLanguages ?? [])
    .filter((l) => l.mediatorCount > 0)
    .map((l) => ({ value: l.label, label: `${l.label}（${l.mediatorCount}）` }));
  const toggle = (current: string | null, value: string) => (current === value ? null : value);
  const list = usePages(
    async (after) =>
      (
        await execute(MediatorMenuQuery, {
          first: 20,
          after,
          sort,
          filter: {
            search: search.trim() || null,
            specialty,
            grades: grade ? [Number(grade)] : null,
            language,
            committeeId: params.committeeId ?? null,
          },
        })
      ).mediators,
    [search, specialty, grade, language, sort, params.committeeId],
  );
  return (
    <Page>
      {pickFor && <View className='banner banner--info'>点一位调解员，指名其为本案调解员。</View>}
      <View className='search-row'>
        <Input
          className='input'
          placeholder='搜索姓名、专长、语言'
          aria-label='搜索调解员'
          value={draft}
          confirmType='search'
          onInput={(e) => setDraft(e.detail.value)}
          onConfirm={() => setSearch(draft)}
        />
        <Button className='btn btn--small' onClick={() => setSearch(draft)}>
          搜索
        </Button>
      </View>
      {search.trim() !== '' && (
        <View className='row row--between muted'>
          <Text>搜索“{search.trim()}”的结果</Text>
          <Text
            className='link'
            onClick={() => {
              setDraft('');
              setSearch('');
            }}
          >
            清除
          </Text>
        </View>
      )}
      <View className='row row--between' style={{ margin: '16px 0' }}>
        <Chips options={SORTS} value={sort} onChange={setSort} />
        <Text className='muted' onClick={() => setShowFilters(!showFilters)}>
          {showFilters ? '收起筛选' : '筛选'}
        </Text>
      </View>
      {showFilters && (
        <View className='card'>
          <Text className='field__label'>擅长的纠纷</Text>
          <Chips options={(types.data?.disputeTypes ?? []).map((t) => ({ value: t.code, label: t.label }))} value={specialty} onChange={(v) => setSpecialty(toggle(specialty, v))} />
          <Text className='field__label'>等级</Text>
          <Chips options={GRADES} value={grade} onChange={(v) => setGrade(toggle(grade, v))} />
          <Text className='field__label'>语言（汉语即普通话）</Text>
          <Chips options={languageOptions} value={language} onChange={(v) => setLanguage(toggle(language, v))} />
        </View>
      )}
      <PagedList
        list={list}
        empty={<Empty text='没有符合条件的调解员，换个条件试试' />}
        render={(m) => <MediatorCard key={m.id} m={m} onClick={() => (pickFor ? void pick(m.id, m.name) : void go(PAGE.mediatorProfile, { id: m.id }))} />}
      />
    </Page>
  );
}
