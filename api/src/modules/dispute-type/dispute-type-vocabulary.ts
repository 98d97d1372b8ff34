/**
 * The dispute types of the monthly statistical report (domain §7, 15 types) plus finance and
 * insurance for the industry committees. Codes are stable identifiers; labels are what people read.
 */
export const DISPUTE_TYPE_VOCABULARY = [
  { code: 'MARRIAGE_FAMILY', label: '婚姻家庭' },
  { code: 'NEIGHBOURHOOD', label: '邻里' },
  { code: 'HOUSING_HOMESTEAD', label: '房屋宅基地' },
  { code: 'CONTRACT', label: '合同' },
  { code: 'PRODUCTION_BUSINESS', label: '生产经营' },
  { code: 'DAMAGES', label: '损害赔偿' },
  { code: 'LAND_FOREST', label: '山林土地' },
  { code: 'LAND_ACQUISITION', label: '征地拆迁' },
  { code: 'ENVIRONMENT', label: '环境污染' },
  { code: 'LABOUR', label: '劳动争议' },
  { code: 'CONSUMER', label: '消费' },
  { code: 'MEDICAL', label: '医疗' },
  { code: 'TRAFFIC', label: '道路交通事故' },
  { code: 'PROPERTY_MANAGEMENT', label: '物业' },
  { code: 'FINANCE', label: '金融' },
  { code: 'INSURANCE', label: '保险' },
  { code: 'OTHER', label: '其他' },
] as const;

export type DisputeTypeCode = (typeof DISPUTE_TYPE_VOCABULARY)[number]['code'];
