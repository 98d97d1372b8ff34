import { registerEnumType } from 'type-graphql';
import { describedBy } from '../../shared/labels';

export enum Sex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

export enum Employment {
  FULL_TIME = 'FULL_TIME',
  PART_TIME = 'PART_TIME',
}

/** 调解员的职业背景 (domain §3). */
export enum MediatorBackground {
  LAWYER = 'LAWYER',
  LEGAL_WORKER = 'LEGAL_WORKER',
  RETIRED_CADRE = 'RETIRED_CADRE',
  VILLAGE_CADRE = 'VILLAGE_CADRE',
  TEACHER = 'TEACHER',
  DOCTOR = 'DOCTOR',
  VETERAN = 'VETERAN',
  RETURNING_GRADUATE = 'RETURNING_GRADUATE',
  MIGRANT_WORKER = 'MIGRANT_WORKER',
  RESPECTED_ELDER = 'RESPECTED_ELDER',
  OTHER = 'OTHER',
}

export const SEX_LABEL: Record<Sex, string> = { MALE: '男', FEMALE: '女' };
export const EMPLOYMENT_LABEL: Record<Employment, string> = { FULL_TIME: '专职', PART_TIME: '兼职' };
export const BACKGROUND_LABEL: Record<MediatorBackground, string> = {
  LAWYER: '律师',
  LEGAL_WORKER: '基层法律服务工作者',
  RETIRED_CADRE: '退休干部',
  VILLAGE_CADRE: '村（社区）干部',
  TEACHER: '教师',
  DOCTOR: '医生',
  VETERAN: '退役军人',
  RETURNING_GRADUATE: '返乡大学生',
  MIGRANT_WORKER: '外出务工人员',
  RESPECTED_ELDER: '乡贤',
  OTHER: '其他',
};

registerEnumType(Sex, { name: 'Sex', description: '性别', valuesConfig: describedBy(SEX_LABEL) });
registerEnumType(Employment, { name: 'Employment', description: '专职或兼职', valuesConfig: describedBy(EMPLOYMENT_LABEL) });
registerEnumType(MediatorBackground, {
  name: 'MediatorBackground',
  description: '职业背景',
  valuesConfig: describedBy(BACKGROUND_LABEL),
});
