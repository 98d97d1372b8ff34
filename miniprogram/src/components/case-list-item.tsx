import { Text, View } from '@tarojs/components';
import type { CaseListItemFragment } from '../gql/graphql';
import { ACCEPTANCE_LABEL, CASE_STATUS_LABEL, CASE_STATUS_TONE, DEADLINE_LABEL, formatDate } from '../labels';

export function StatusTag({ status }: { status: CaseListItemFragment['status'] }) {
  return <Text className={`tag tag--${CASE_STATUS_TONE[status]}`}>{CASE_STATUS_LABEL[status]}</Text>;
}

export function CaseListItem({ c, onClick }: { c: CaseListItemFragment; onClick: () => void }) {
  const applicants = c.parties.filter((p) => p.role === 'APPLICANT').map((p) => p.name);
  const respondents = c.parties.filter((p) => p.role === 'RESPONDENT').map((p) => p.name);
  return (
    <View className='list-item' onClick={onClick}>
      <View className='row row--between'>
        <Text className='list-item__title'>{c.disputeType.label}纠纷</Text>
        <StatusTag status={c.status} />
      </View>
      <View className='text-2'>
        {applicants.join('、')} 与 {respondents.join('、')}
      </View>
      <View className='row row--between muted'>
        <Text>{c.number}</Text>
        <Text>
          {formatDate(c.createdAt)}
          {c.deadlineState && c.deadlineState !== 'ON_TIME' ? ` · ${DEADLINE_LABEL[c.deadlineState]}` : ''}
        </Text>
      </View>
      <View className='muted'>{c.committee.name}</View>
      {c.acceptanceState && c.acceptanceDueAt && (
        <View className={c.acceptanceState === 'OVERDUE' ? 'tag tag--danger' : 'muted'}>
          受理期限 {formatDate(c.acceptanceDueAt)}（{ACCEPTANCE_LABEL[c.acceptanceState]}）
        </View>
      )}
    </View>
  );
}
