import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { execute } from '../../api/client';
import { Chips, TextAreaField } from '../../components/field';
import { Page } from '../../components/page';
import { Stars } from '../../components/stars';
import type { TermPerformance } from '../../gql/graphql';
import { AnswerFollowUpMutation } from '../../graphql/cases';
import { useAction } from '../../hooks/use-action';
import { toast } from '../../navigation';

const PERFORMED: { value: TermPerformance; label: string }[] = [
  { value: 'PERFORMED', label: '已履行' },
  { value: 'PARTLY_PERFORMED', label: '部分履行' },
  { value: 'NOT_PERFORMED', label: '未履行' },
];
const FLARED = [
  { value: 'no', label: '没有' },
  { value: 'yes', label: '又有矛盾了' },
];

/** 回访: was the agreement performed, has the dispute flared up again, how satisfied are you. */
export default function FollowUp() {
  const { params } = useRouter();
  const [performed, setPerformed] = useState<TermPerformance | null>(null);
  const [flared, setFlared] = useState<string | null>(null);
  const [satisfaction, setSatisfaction] = useState(0);
  const [note, setNote] = useState('');
  const { busy, run } = useAction();
  const submit = async () => {
    if (!flared || !satisfaction) return void toast('请回答是否再起矛盾，并打分');
    const answered = await run(
      () =>
        execute(AnswerFollowUpMutation, {
          followUpId: params.followUpId ?? '',
          input: { channel: 'SELF', performed, flaredUp: flared === 'yes', satisfaction, note: note.trim() || null },
        }),
      '感谢您的反馈',
    );
    if (answered) void Taro.navigateBack();
  };
  return (
    <Page>
      <View className='card'>
        <Text className='field__label'>调解协议履行了吗？（口头协议或未达成协议可不选）</Text>
        <Chips options={PERFORMED} value={performed} onChange={(v) => setPerformed(performed === v ? null : v)} />
        <Text className='field__label field__label--required'>纠纷有没有再起？</Text>
        <Chips options={FLARED} value={flared} onChange={setFlared} />
        <Stars label='对调解工作满意吗' value={satisfaction} onChange={setSatisfaction} />
        <TextAreaField label='其他情况（可不填）' value={note} onChange={setNote} maxlength={500} />
        {(flared === 'yes' || performed === 'NOT_PERFORMED' || (satisfaction > 0 && satisfaction <= 2)) && (
          <View className='banner banner--info'>调委会会尽快联系您，上门回访或再次调解，也可以指导您申请司法确认。</View>
        )}
      </View>
      <Button className='btn' disabled={busy} onClick={() => void submit()}>
        提交回访
      </Button>
    </Page>
  );
}
