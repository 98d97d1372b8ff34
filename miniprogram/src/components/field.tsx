import { Input, Text, Textarea, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';

export function Field({ label, required, error, children }: PropsWithChildren<{ label: string; required?: boolean; error?: string | null }>) {
  return (
    <View className={`field ${error ? 'field--invalid' : ''}`}>
      <Text className={`field__label ${required ? 'field__label--required' : ''}`}>{label}</Text>
      {children}
      {error && <View className='field__error'>{error}</View>}
    </View>
  );
}

type TextProps = { label: string; value: string; onChange: (v: string) => void; placeholder?: string; required?: boolean; error?: string | null; maxlength?: number };

export function TextField({ label, value, onChange, placeholder, required, error, maxlength, type }: TextProps & { type?: 'text' | 'number' | 'digit' }) {
  return (
    <Field label={label} required={required} error={error}>
      <Input className='input' type={type ?? 'text'} value={value} placeholder={placeholder} maxlength={maxlength ?? 200} onInput={(e) => onChange(e.detail.value)} />
    </Field>
  );
}

export function TextAreaField({ label, value, onChange, placeholder, required, error, maxlength }: TextProps) {
  return (
    <Field label={label} required={required} error={error}>
      <Textarea className='textarea' value={value} placeholder={placeholder} maxlength={maxlength ?? 2000} autoHeight onInput={(e) => onChange(e.detail.value)} />
    </Field>
  );
}

export function Chips<T extends string>({ options, value, onChange }: { options: { value: T; label: string }[]; value: T | T[] | null; onChange: (v: T) => void }) {
  const on = (v: T) => (Array.isArray(value) ? value.includes(v) : value === v);
  return (
    <View className='row wrap'>
      {options.map((o) => (
        <Text key={o.value} className={`chip ${on(o.value) ? 'chip--on' : ''}`} onClick={() => onChange(o.value)}>
          {o.label}
        </Text>
      ))}
    </View>
  );
}
