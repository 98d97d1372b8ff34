import { registerEnumType } from 'type-graphql';

export enum RegionLevel {
  PROVINCE = 'PROVINCE',
  PREFECTURE = 'PREFECTURE',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
}

/** Code length of each level in the national division code format. */
export const REGION_CODE_LENGTH: Record<RegionLevel, number> = {
  PROVINCE: 2,
  PREFECTURE: 4,
  COUNTY: 6,
  TOWNSHIP: 9,
  VILLAGE: 12,
};

registerEnumType(RegionLevel, {
  name: 'RegionLevel',
  description: '行政区划层级',
  valuesConfig: {
    PROVINCE: { description: '省' },
    PREFECTURE: { description: '市（州）' },
    COUNTY: { description: '县（区）' },
    TOWNSHIP: { description: '乡镇（街道）' },
    VILLAGE: { description: '村（社区）' },
  },
});
