import { Button, Picker, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { execute } from '../../../../api/client';
import { Backlog } from '../../../../components/backlog';
import { Empty, Page, RemoteView, Section } from '../../../../components/page';
import { RegionChildrenQuery, RegionDetailQuery } from '../../../../graphql/network';
import { StatisticsQuery } from '../../../../graphql/oversight';
import { useRemote } from '../../../../hooks/use-remote';
import { go } from '../../../../navigation';

const percent = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);
const monthNow = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
const addMonths = (month: string, n: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
};

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

/** 统计看板 for a justice office: the seeds' figures for a region over a period of whole months. */
export default function Dashboard() {
  const { params } = useRouter();
  const [regionCode, setRegionCode] = useState(params.regionCode || '');
  const [fromMonth, setFromMonth] = useState(`${monthNow().slice(0, 4)}-01`);
  const [toMonth, setToMonth] = useState(monthNow());
  const region = useRemote(async () => {
    const [{ region: r }, { regions: children }] = await Promise.all([execute(RegionDetailQuery, { code: regionCode }), execute(RegionChildrenQuery, { parentCode: regionCode })]);
    return { r, children };
  }, [regionCode]);
  // Whole months: [first day of fromMonth, first day of the month after toMonth).
  const stats = useRemote(
    () => execute(StatisticsQuery, { regionCode, from: `${fromMonth}-01`, to: `${addMonths(toMonth, 1)}-01` }),
    [regionCode, fromMonth, toMonth],
  );
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
        <View className='row' style={{ marginTop: '16px' }}>
          <Picker mode='date' fields='month' value={fromMonth} end={toMonth} onChange={(e) => setFromMonth(e.detail.value.slice(0, 7))}>
            <View className='picker'>自 {fromMonth}</View>
          </Picker>
          <Picker mode='date' fields='month' value={toMonth} start={fromMonth} onChange={(e) => setToMonth(e.detail.value.slice(0, 7))}>
            <View className='picker'>至 {toMonth}</View>
          </Picker>
        </View>
      </View>
      <Backlog regionCode={regionCode} title='积压情况（当前）' />
      <View className='row' style={{ marginBottom: '24px' }}>
        <Button className='btn btn--plain btn--small' onClick={() => void go('packages/justice/pages/cases/index', { regionCode })}>
          辖区案件列表
        </Button>
        <Button className='btn btn--plain btn--small' onClick={() => void go('packages/justice/pages/cases/index', { regionCode, overdue: 1 })}>
          超期案件
        </Button>
      </View>
      <RemoteView remote={stats}>
        {({ statistics: s }) => (
          <View>
            <View className='grid' style={{ marginBottom: '24px' }}>
              {[
                ['受理', String(s.accepted)],
                ['调解成功', String(s.successful)],
                ['调解成功率', percent(s.successRate)],
                ['涉及金额（元）', s.amountInvolved],
                ['司法确认', String(s.judicialConfirmations)],
                ['协议履行率', percent(s.fulfilmentRate)],
                ['回访满意率', percent(s.satisfactionRate)],
                ['平均办结天数', s.averageDaysToClose === null || s.averageDaysToClose === undefined ? '—' : String(s.averageDaysToClose)],
                ['超期', String(s.overdue)],
              ].map(([k, v]) => (
                <View key={k} className='grid__cell'>
                  <View className='muted'>{k}</View>
                  <Text className='figure'>{v}</Text>
                </View>
              ))}
            </View>
            {s.accepted === 0 ? (
              <Empty text='这段时间没有受理的案件' />
            ) : (
              <View>
                <Section title='每月受理与成功'>
                  <Bars rows={s.byMonth.map((m) => ({ label: m.month, value: m.accepted, note: `${m.successful}/${m.accepted}` }))} />
                </Section>
                <Section title='纠纷类型'>
                  <Bars rows={s.byDisputeType.map((t) => ({ label: t.label, value: t.count, note: `${t.count}（${percent(t.share)}）` }))} />
                </Section>
                <Section title='案件来源'>
                  <Bars rows={s.byChannel.map((t) => ({ label: t.label, value: t.count, note: `${t.count}（${percent(t.share)}）` }))} />
                </Section>
                <Section title='办案最多的调解员'>
                  {s.byMediator.map((m) => (
                    <View key={m.mediatorId} className='kv' onClick={() => void go('pages/mediator/index', { id: m.mediatorId })}>
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
