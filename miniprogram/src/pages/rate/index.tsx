import { Button, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { execute } from '../../api/client';
import { Chips, TextAreaField } from '../../components/field';
import { Page } from '../../components/page';
import { Stars } from '../../components/stars';
import { RateCaseMutation } from '../../graphql/cases';
import { useAction } from '../../hooks/use-action';
import { toast } from '../../navigation';

const TAGS = ['公正', '耐心', '专业', '及时', '讲理', '态度好'].map((t) => ({ value: t, label: t }));

/** 群众评价: the outcome and the mediator, once per party after closure. */
export default function Rate() {
  const { params } = useRouter();
  const [outcome, setOutcome] = useState(0);
  const [mediator, setMediator] = useState(0);
  const [tags, setTags] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  const { busy, run } = useAction();
  const submit = async () => {
    if (!outcome || !mediator) return void toast('请为调解结果和调解员打分');
    const rated = await run(
      () => execute(RateCaseMutation, { caseId: params.id ?? '', input: { outcomeScore: outcome, mediatorScore: mediator, tags, comment: comment.trim() || null } }),
      '感谢您的评价',
    );
    if (rated) void Taro.navigateBack();
  };
  return (
    <Page>
      <View className='card'>
        <Stars label='对调解结果' value={outcome} onChange={setOutcome} />
        <Stars label='对调解员' value={mediator} onChange={setMediator} />
        <Chips options={TAGS} value={tags} onChange={(t) => setTags(tags.includes(t) ? tags.filter((x) => x !== t) : [...tags, t])} />
        <TextAreaField label='想说的话（可不填）' value={comment} onChange={setComment} maxlength={500} />
      </View>
      <Button className='btn' disabled={busy} onClick={() => void submit()}>
        提交评价
      </Button>
    </Page>
  );
}
