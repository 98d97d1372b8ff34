import { Button, Picker, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { downloadReport, execute } from '../../../../api/client';
import { Chips } from '../../../../components/field';
import { MonthRange } from '../../../../components/month-range';
import { Empty, ErrorState, Page, RemoteView, Section } from '../../../../components/page';
import { addMonths, chinaMonthNow, formatAmount, percent, withSeparators } from '../../../../figures';
import { MediatorAssessmentQuery, SubsidiesQuery } from '../../../../graphql/oversight';
import { useAction } from '../../../../hooks/use-action';
import { useAddressChoice } from '../../../../hooks/use-address-choice';
import { useRemote } from '../../../../hooks/use-remote';
import { DIFFICULTY_LABEL, SUBSIDY_LEVEL_LABEL } from '../../../../labels';
import { go } from '../../../../navigation';
import { PAGE } from '../../../../page-paths';

type Tab = 'subsidies' | 'assessment' | 'monthly';
const TABS: { value: Tab; label: string }[] = [
  { value: 'subsidies', label: '以案定补' },
  { value: 'assessment', label: '半年考核' },
  { value: 'monthly', label: '统计月报' },
];
const TAB_VALUES = TABS.map((t) => t.value);

/** The last four half-years, newest first: 2026H2 → 2026年下半年. */
function recentHalves(): { value: string; label: string }[] {
  const now = chinaMonthNow();
  let year = Number(now.slice(0, 4));
  let second = Number(now.slice(5, 7)) > 6;
  const halves: { value: string; label: string }[] = [];
  for (let i = 0; i < 4; i++) {
    halves.push({ value: `${year}H${second ? 2 : 1}`, label: `${year}年${second ? '下' : '上'}半年` });
    if (second) second = false;
    else {
      second = true;
      year -= 1;
    }
  }
  return halves;
}

function Downloads({ path, name, busy, run }: { path: string; name: string; busy: boolean; run: ReturnType<typeof useAction>['run'] }) {
  return (
    <View className='row'>
      <Button className='btn btn--plain btn--small' disabled={busy} onClick={() => void run(() => downloadReport(path.replace('{format}', 'xlsx'), `${name}.xlsx`), '已下载')}>
        下载 Excel
      </Button>
      {process.env.TARO_ENV !== 'weapp' && (
        <Button className='btn btn--plain btn--small' disabled={busy} onClick={() => void run(() => downloadReport(path.replace('{format}', 'csv'), `${name}.csv`), '已下载')}>
          下载 CSV
        </Button>
      )}
    </View>
  );
}

/** 以案定补: every case of the period, paid or not and why, the mediators' totals, and the list to download. */
function Subsidies({ regionCode }: { regionCode: string }) {
  const [fromMonth, setFromMonth] = useState(`${chinaMonthNow().slice(0, 4)}-01`);
  const [toMonth, setToMonth] = useState(chinaMonthNow());
  const from = `${fromMonth}-01`;
  const to = `${addMonths(toMonth, 1)}-01`;
  const remote = useRemote(() => execute(SubsidiesQuery, { regionCode, from, to }), [regionCode, from, to]);
  const { busy, run } = useAction();
  return (
    <View>
      <MonthRange from={fromMonth} to={toMonth} onFrom={setFromMonth} onTo={setToMonth} />
      <RemoteView remote={remote}>
        {({ subsidies: s }) =>
          s.lines.length === 0 ? (
            <Empty text='这段时间没有可核算的案件' />
          ) : (
            <View>
              <View className='card'>
                <View className='muted'>补贴合计</View>
                <Text className='figure'>{formatAmount(s.total)}</Text>
                <View className='muted'>
                  {s.lines.length} 件案件，其中 {s.lines.filter((l) => l.eligible).length} 件予以补贴
                </View>
                <Downloads path={`/reports/subsidies.{format}?regionCode=${regionCode}&from=${from}&to=${to}`} name={`以案定补-${fromMonth}至${toMonth}`} busy={busy} run={run} />
              </View>
              <Section title='按调解员'>
                {s.byMediator.length === 0 && <View className='muted'>这段时间没有予以补贴的案件</View>}
                {s.byMediator.map((m) => (
                  <View key={m.mediatorId} className='kv'>
                    <Text className='kv__k'>{m.name}</Text>
                    <Text className='kv__v'>
                      {m.cases} 件 · {formatAmount(m.amount)}
                    </Text>
                  </View>
                ))}
              </Section>
              <Section title='逐案核算'>
                {s.lines.map((l) => (
                  <View key={l.caseId} className='list-item' onClick={() => void go(PAGE.committeeCase, { id: l.caseId })}>
                    <View className='row row--between'>
                      <Text className='list-item__title'>{l.number}</Text>
                      <Text className={`tag ${l.eligible ? 'tag--good' : 'tag--wait'}`}>{l.eligible ? `补贴 ${withSeparators(l.amount)} 元` : '不予补贴'}</Text>
                    </View>
                    <View className='muted'>
                      {l.mediatorName ?? '未指派调解员'} · {DIFFICULTY_LABEL[l.difficulty]}纠纷 · {SUBSIDY_LEVEL_LABEL[l.level]}标准
                    </View>
                    {l.reasons.map((r) => (
                      <View key={r} className='text-2'>
                        {r}
                      </View>
                    ))}
                  </View>
                ))}
              </Section>
            </View>
          )
        }
      </RemoteView>
    </View>
  );
}

/** 半年考核: the mediators of the region by score, each with what the score is made of. */
function Assessment({ regionCode }: { regionCode: string }) {
  const halves = recentHalves();
  const [half, setHalf] = useState(halves[0].value);
  const [open, setOpen] = useState<string | null>(null);
  const remote = useRemote(() => execute(MediatorAssessmentQuery, { regionCode, half }), [regionCode, half]);
  return (
    <View>
      <Chips options={halves} value={half} onChange={setHalf} />
      <RemoteView remote={remote}>
        {({ mediatorAssessment: rows }) =>
          rows.length === 0 ? (
            <Empty text='这半年没有调解员办理案件' />
          ) : (
            <View>
              {rows.map((m) => (
                <View key={m.mediatorId} className='list-item' onClick={() => setOpen(open === m.mediatorId ? null : m.mediatorId)}>
                  <View className='row row--between'>
                    <Text className='list-item__title'>{m.name}</Text>
                    <Text className='figure'>{m.score.toFixed(1)} 分</Text>
                  </View>
                  <View className='muted'>
                    办理 {m.cases} 件 · 办结 {m.closed} 件 · 成功率 {percent(m.successRate)} · 超期 {m.overdue} 件
                  </View>
                  <View className='muted'>
                    卷宗完整 {m.completeFiles}/{m.closed} · 当事人评分 {m.satisfaction === null || m.satisfaction === undefined ? '暂无' : m.satisfaction.toFixed(1)}
                  </View>
                  {m.removalReason && <View className='tag tag--danger'>已标记清退：{m.removalReason}</View>}
                  {open === m.mediatorId ? (
                    <View className='card' data-testid='assessment-breakdown'>
                      {m.breakdown.map((b) => (
                        <View key={b} className='text-2'>
                          {b}
                        </View>
                      ))}
                    </View>
                  ) : (
                    <Text className='muted'>点击查看得分构成</Text>
                  )}
                </View>
              ))}
            </View>
          )
        }
      </RemoteView>
    </View>
  );
}

/** 统计月报: one month's report by the statistical dispute types, on the dashboard and as a spreadsheet. */
function Monthly({ regionCode }: { regionCode: string }) {
  const [month, setMonth] = useState(chinaMonthNow());
  const { busy, run } = useAction();
  return (
    <View className='card'>
      <Picker mode='date' fields='month' value={month} onChange={(e) => setMonth(e.detail.value.slice(0, 7))}>
        <View className='picker'>月份 {month}</View>
      </Picker>
      <View className='muted'>按统计报表的纠纷类型列出当月受理、调解成功、司法确认和涉及金额。</View>
      <Button className='btn btn--plain btn--small' onClick={() => void go('packages/justice/pages/dashboard/index', { regionCode, from: month, to: month })}>
        在看板上查看该月
      </Button>
      <Downloads path={`/reports/monthly.{format}?regionCode=${regionCode}&month=${month}`} name={`统计月报-${month}`} busy={busy} run={run} />
    </View>
  );
}

/** 报表与考核 for a justice office: 以案定补 per case, the half-year assessment, the monthly report. */
export default function Reports() {
  const { params } = useRouter();
  const regionCode = params.regionCode ?? '';
  // The tab stays in the address: a reload, or a link to 统计月报, opens that tab.
  const [tab, setTab] = useAddressChoice<Tab>('tab', TAB_VALUES);
  if (!regionCode) return <ErrorState message='您的账号没有绑定行政区划' />;
  return (
    <Page>
      <Chips options={TABS} value={tab} onChange={setTab} />
      <Text className='page-title'>{TABS.find((t) => t.value === tab)?.label}</Text>
      {tab === 'subsidies' && <Subsidies regionCode={regionCode} />}
      {tab === 'assessment' && <Assessment regionCode={regionCode} />}
      {tab === 'monthly' && <Monthly regionCode={regionCode} />}
    </Page>
  );
}
