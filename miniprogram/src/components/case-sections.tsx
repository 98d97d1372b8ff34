// The parts of a case page that residents and staff both see.
import { Button, Text, View } from '@tarojs/components';
import { EvidenceGallery } from './evidence-gallery';
import type { CaseDetailQuery } from '../gql/graphql';
import { AGREEMENT_KIND_LABEL, EVENT_LABEL, formatDate, formatDateTime, JUDICIAL_RESULT_LABEL, PARTY_ROLE_LABEL, SESSION_MODE_LABEL, TERM_PERFORMANCE_LABEL } from '../labels';
import Taro from '@tarojs/taro';
import { Section } from './page';
import { go } from '../navigation';

export type CaseDetail = CaseDetailQuery['case'];

export function Kv({ k, v }: { k: string; v: string | null | undefined }) {
  if (!v) return null;
  return (
    <View className='kv'>
      <Text className='kv__k'>{k}</Text>
      <Text className='kv__v'>{v}</Text>
    </View>
  );
}

export function CaseFacts({ c }: { c: CaseDetail }) {
  return (
    <Section title='纠纷情况'>
      <Kv k='案号' v={c.number} />
      {c.backfilledAt && <Kv k='补录' v={`${formatDate(c.backfilledAt)} 按台账补录${c.ledgerNumber ? `（台账案号 ${c.ledgerNumber}）` : ''}`} />}
      <Kv k='纠纷类型' v={c.disputeType.label} />
      <Kv k='承办调委会' v={c.committee.name} />
      {c.parties.map((p) => (
        <Kv key={p.id} k={PARTY_ROLE_LABEL[p.role]} v={`${p.name}${p.isMe ? '（我）' : ''}${p.agentName ? `，代理人 ${p.agentName}` : ''}${p.phone ? ` ${p.phone}` : ''}`} />
      ))}
      <Kv k='涉及金额' v={c.amountInvolved ? `${c.amountInvolved} 元` : null} />
      <Kv k='发生地点' v={c.place} />
      <View className='field'>
        <Text className='field__label'>事情经过</Text>
        <Text className='pre'>{c.facts}</Text>
      </View>
      <View className='field'>
        <Text className='field__label'>请求事项</Text>
        <Text className='pre'>{c.claims}</Text>
      </View>
      {c.parties
        .filter((p) => p.statement)
        .map((p) => (
          <View key={`statement-${p.id}`} className='field'>
            <Text className='field__label'>
              {PARTY_ROLE_LABEL[p.role]}
              {p.name}
              {p.isMe ? '（我）' : ''}的陈述 · {formatDateTime(p.statementAt)}
            </Text>
            <Text className='pre'>{p.statement}</Text>
          </View>
        ))}
      {c.evidence.length > 0 && <Kv k='证据材料' v={c.evidence.map((e) => e.fileName).join('、')} />}
      <EvidenceGallery evidence={c.evidence} />
    </Section>
  );
}

export function NextSession({ c }: { c: CaseDetail }) {
  const upcoming = c.sessions.filter((s) => !s.recordedAt);
  if (!upcoming.length && !c.sessions.length) return null;
  return (
    <Section title='调解安排'>
      {c.sessions.map((s) => (
        <View key={s.id}>
          <View className='kv'>
            <Text className='kv__k'>{formatDateTime(s.scheduledAt)}</Text>
            <Text className='kv__v'>
              {SESSION_MODE_LABEL[s.mode]} · {s.place}
              {s.recordedAt ? '（已记录）' : ''}
            </Text>
          </View>
          {s.meetingUrl && !s.recordedAt && (
            <View className='card'>
              <View className='muted' style={{ wordBreak: 'break-all' }}>视频会议链接：{s.meetingUrl}</View>
              {/* A mini-program cannot open an outside page: the link is copied, to open in 腾讯会议 or the browser. */}
              <Button className='btn btn--plain btn--small' onClick={() => void Taro.setClipboardData({ data: s.meetingUrl ?? '' })}>
                复制会议链接
              </Button>
            </View>
          )}
        </View>
      ))}
    </Section>
  );
}

export function AgreementSection({ c, children }: { c: CaseDetail; children?: React.ReactNode }) {
  const a = c.agreement;
  if (!a) return null;
  return (
    <Section title={AGREEMENT_KIND_LABEL[a.kind]}>
      <Text className='pre'>{a.factsAndResponsibilities}</Text>
      {a.terms.map((t) => (
        <View key={t.id} className='term'>
          <Text className='term__text'>
            {t.seq}. {t.content}（{t.method}，{t.performBy} 前）
          </Text>
          {/* Performance is tracked once the agreement is in force; a draft's terms have none yet. */}
          {a.sealedAt && <Text className={`tag ${t.performance === 'PERFORMED' ? 'tag--good' : t.performance === 'PENDING' ? 'tag--wait' : 'tag--danger'}`}>{TERM_PERFORMANCE_LABEL[t.performance]}</Text>}
          {t.performanceNote && <View className='muted'>{t.performanceNote}</View>}
        </View>
      ))}
      {a.version > 1 && <Kv k='版本' v={`第 ${a.version} 稿（此前各稿的确认已作废）`} />}
      {a.kind === 'WRITTEN' && <Kv k='当事人确认' v={a.confirmedBy.length ? a.confirmedBy.join('、') : '尚无'} />}
      <Kv k='协议状态' v={a.sealedAt ? `${a.status.label}（${formatDate(a.sealedAt)}）` : a.status.label} />
      {a.kind === 'WRITTEN' && a.sealedAt && (
        <Kv
          k='司法确认'
          v={a.judicialResult ? `${JUDICIAL_RESULT_LABEL[a.judicialResult]}${a.judicialReference ? `（${a.judicialReference}）` : ''}` : a.judicialAppliedOn ? `已于 ${a.judicialAppliedOn} 向${a.judicialCourt}申请` : `可在 ${a.judicialDeadline} 前共同向人民法院申请`}
        />
      )}
      {a.kind === 'WRITTEN' && (
        <Button className='btn btn--plain btn--small' onClick={() => void go('pages/agreement/index', { id: c.id })}>
          查看调解协议书
        </Button>
      )}
      {children}
    </Section>
  );
}

export function Timeline({ c }: { c: CaseDetail }) {
  return (
    <Section title='办理进度'>
      {[...c.timeline].reverse().map((e) => (
        <View key={e.id} className='timeline__item'>
          <Text>{EVENT_LABEL[e.action] ?? e.action}</Text>
          {e.audience !== 'EVERYONE' && <Text className='tag tag--wait'>{e.audience === 'STAFF' ? '仅工作人员可见' : '仅本人和工作人员可见'}</Text>}
          <View className='muted'>{formatDateTime(e.at)}</View>
          {e.note && <View className='text-2 pre'>{e.note}</View>}
        </View>
      ))}
    </Section>
  );
}
