import { Text, View } from '@tarojs/components';

const WORDS = ['', '很不满意', '不满意', '一般', '满意', '很满意'];

/** Five tappable stars with the word for the chosen score. */
export function Stars({ value, onChange, label }: { value: number; onChange: (v: number) => void; label: string }) {
  return (
    <View className='field'>
      <Text className='field__label field__label--required'>{label}</Text>
      <View className='row wrap'>
        <View className='stars'>
          {/* Filled or hollow, not only coloured: the choice reads without colour too. */}
          {[1, 2, 3, 4, 5].map((n) => (
            <Text key={n} className={`star ${n <= value ? 'star--on' : ''}`} onClick={() => onChange(n)} aria-label={`${n} 星${n <= value ? '（已选）' : ''}`}>
              {n <= value ? '★' : '☆'}
            </Text>
          ))}
        </View>
        <Text className='muted'>{WORDS[value]}</Text>
      </View>
    </View>
  );
}
