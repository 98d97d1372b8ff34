import { Button, Picker, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { execute } from '../../../../api/client';
import { Backlog } from '../../../../components/backlog';
import { MonthRange } from '../../../../components/month-range';
import { Empty, Page, RemoteView, Section } from '../../../../components/page';
import { RegionChildrenQuery, RegionDetailQuery } from '../../../../graphql/network';
import { StatisticsQuery } from '../../../../graphql/oversight';
import { useRemote } from '../../../../hooks/use-remote';
import { go } from '../../../../navigation';
import { change, chinaMonthNow, comparisonPeriods, type FigureKind, formatAmount, percent, withSeparators } from '../../../../figures';
import type { HeadlineFiguresFragment } from '../../../../gql/graphql';
import { PAGE } from '../../../../page-paths';


/** Horizontal bars: one visual for shares by type, by source and per month. */
function Bars({ rows }: { rows: { label: string; value: number; note?: string }[] }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <View>
      {rows.map((r) => (
        <View key={r.label} className='bar'>
          <Text className='bar__label'>{r.label}</Text>
          <View className='bar__track'>
            <View className='bar__fill' style={{ width: `${(r.value / max) * 100}%` }} />
          </View>
          <Text>{r.note ?? r.value}</Text>
        </View>
      ))}
    </View>
  );
}

type Headline = keyof HeadlineFiguresFragment;
const count = (v: unknown) => withSeparators(Number(v ?? 0));
const HEADLINES: { label: string; key: Exclude<Headline, '__typename' | ' $fragmentName'>; kind: FigureKind; show: (v: unknown) => string }[] = [
  { label: '受理', key: 'accepted', kind: 'count', show: count },
  { label: '调解成功', key: 'successful', kind: 'count', show: count },
  { label: '调解成功率', key: 'successRate', kind: 'rate', show: (v) => percent(v as number | null) },
  { label: '涉及金额', key: 'amountInvolved', kind: 'amount', show: (v) => formatAmount(v as string) },
  { label: '司法确认', key: 'judicialConfirmations', kind: 'count', show: count },
  { label: '协议履行率', key: 'fulfilmentRate', kind: 'rate', show: (v) => percent(v as number | null) },
  { label: '回访满意率', key: 'satisfactionRate', kind: 'rate', show: (v) => percent(v as number | null) },
  { label: '平均办结天数', key: 'averageDaysToClose', kind: 'days', show: (v) => (v === null || v === undefined ? '—' : `${v as number} 天`) },
  { label: '超期', key: 'overdue', kind: 'count', show: count },
];

/** 统计看板 for a justice office: the seeds' figures for a region over a period of whole months. */
export default function Dashboard() {
  const { params } = useRouter();
  const [regionCode, setRegionCode] = useState(params.regionCode || '');
  // A period may come with the link (the monthly report opens one month here).
  const [fromMonth, setFromMonth] = useState(params.from || `${chinaMonthNow().slice(0, 4)}-01`);
  const [toMonth, setToMonth] = useState(params.to || chinaMonthNow());
  const region = useRemote(async () => {
    const [{ region: r }, { regions: children }] = await Promise.all([execute(RegionDetailQuery, { code: regionCode }), execute(RegionChildrenQuery, { parentCode: regionCode })]);
    return { r, children };
  }, [regionCode]);
  // Whole months: [first day of fromMonth, first day of the month after toMonth).
  const stats = useRemote(() => execute(StatisticsQuery, { regionCode, ...comparisonPeriods(fromMonth, toMonth) }), [regionCode, fromMonth, toMonth]);
  if (!regionCode) return <Empty text='您的账号没有绑定行政区划' />;
  return (
    <Page>
      <View className='card'>
        <RemoteView remote={region}>
          {({ r, children }) => (
            <View>
              <View className='row row--between'>
                <Text className='card__title'>{r.name}</Text>
                {regionCode !== params.regionCode && (
                  <Text className='muted' onClick={() => setRegionCode(params.regionCode ?? '')}>
                    回到本级
                  </Text>
                )}
              </View>
              {children.length > 0 && (
                <Picker mode='selector' range={children.map((c) => c.name)} onChange={(e) => setRegionCode(children[Number(e.detail.value)]?.code ?? regionCode)}>
                  <View className='picker'>查看下级：选择{children[0]?.level === 'VILLAGE' ? '村（社区）' : '地区'}</View>
                </Picker>
              )}
            </View>
          )}
        </RemoteView>
        <MonthRange from={fromMonth} to={toMonth} onFrom={setFromMonth} onTo={setToMonth} style={{ marginTop: '16px' }} />
      </View>
      <Backlog regionCode={regionCode} title='积压情况（当前）' />
      <View className='row wrap' style={{ marginBottom: '24px' }}>
        <Button className='btn btn--plain btn--small' onClick={() => void go('packages/justice/pages/cases/index', { regionCode })}>
          辖区案件列表
        </Button>
        <Button className='btn btn--plain btn--small' onClick={() => void go('packages/justice/pages/cases/index', { regionCode, overdue: 1 })}>
          超期案件
        </Button>
        <Button className='btn btn--plain btn--small' onClick={() => void go('packages/justice/pages/reports/index', { regionCode })}>
          报表与考核
        </Button>
      </View>
      <RemoteView remote={stats}>
        {({ statistics: s, previous, lastYear }) => (
          <View>
            <View className='grid' style={{ marginBottom: '24px' }}>
              {HEADLINES.map(({ label, key, kind, show }) => {
                const versus = [
                  ['环比', change(s[key], previous[key], kind)],
                  ['同比', change(s[key], lastYear[key], kind)],
                ].filter(([, d]) => d !== null);
                return (
                  <View key={label} className='grid__cell'>
                    <View className='muted'>{label}</View>
                    <Text className='figure'>{show(s[key])}</Text>
                    {versus.length > 0 && <View className='muted'>{versus.map(([k, d]) => `${k} ${d}`).join(' · ')}</View>}
                  </View>
                );
              })}
            </View>
            {s.accepted === 0 ? (
              <Empty text='这段时间没有受理的案件' />
            ) : (
              <View>
                <Section title='每月受理与成功'>
                  <Bars rows={s.byMonth.map((m) => ({ label: m.month, value: m.accepted, note: `${m.successful}/${m.accepted}` }))} />
                </Section>
                <Section title='每月调解成功率'>
                  <Bars rows={s.byMonth.map((m) => ({ label: m.month, value: m.accepted ? m.successful / m.accepted : 0, note: percent(m.accepted ? m.successful / m.accepted : null) }))} />
                </Section>
                {s.byArea.length > 0 && (
                  <Section title='下级地区并列'>
                    <View className='table' data-testid='by-area'>
                      <View className='table__row table__head'>
                        <Text className='table__name'>地区</Text>
                        <Text>受理</Text>
                        <Text>成功率</Text>
                        <Text>超期</Text>
                        <Text>涉及金额</Text>
                      </View>
                      {s.byArea.map((a) => (
                        <View key={a.regionCode} className='table__row' onClick={() => setRegionCode(a.regionCode)}>
                          <Text className='table__name'>{a.name}</Text>
                          <Text>{withSeparators(a.accepted)}</Text>
                          <Text>{percent(a.successRate)}</Text>
                          <Text className={a.overdue > 0 ? 'text-danger' : ''}>{a.overdue}</Text>
                          <Text>{formatAmount(a.amountInvolved)}</Text>
                        </View>
                      ))}
                    </View>
                  </Section>
                )}
                <Section title='纠纷类型'>
                  <Bars rows={s.byDisputeType.map((t) => ({ label: t.label, value: t.count, note: `${t.count}（${percent(t.share)}）` }))} />
                </Section>
                <Section title='案件来源'>
                  <Bars rows={s.byChannel.map((t) => ({ label: t.label, value: t.count, note: `${t.count}（${percent(t.share)}）` }))} />
                </Section>
                <Section title='办案最多的调解员'>
                  {s.byMediator.map((m) => (
                    <View key={m.mediatorId} className='kv' onClick={() => void go(PAGE.mediatorProfile, { id: m.mediatorId })}>
                      <Text className='kv__k'>{m.name}</Text>
                      <Text className='kv__v'>
                        {m.cases} 件 · 成功率 {percent(m.successRate)}
                      </Text>
                    </View>
                  ))}
                </Section>
              </View>
            )}
            <Text className='muted' onClick={() => void go('packages/committee/pages/warnings/index', { regionCode })}>
              查看本地区矛盾纠纷预警 ›
            </Text>
          </View>
        )}
      </RemoteView>
    </Page>
  );
}
