import { registerEnumType } from 'type-graphql';
import { describedBy } from '../../shared/labels';

export enum GridUnitKind {
  VILLAGE_GROUP = 'VILLAGE_GROUP',
  ESTATE = 'ESTATE',
  BUILDING = 'BUILDING',
  MARKET = 'MARKET',
  OTHER = 'OTHER',
}

export enum GridOfficerRole {
  GRID_OFFICER = 'GRID_OFFICER',
  INFORMATION_OFFICER = 'INFORMATION_OFFICER',
  MEDIATOR = 'MEDIATOR',
}

export const GRID_UNIT_KIND_LABEL: Record<GridUnitKind, string> = {
  VILLAGE_GROUP: '村民小组',
  ESTATE: '小区',
  BUILDING: '楼栋',
  MARKET: '市场',
  OTHER: '其他',
};

export const GRID_OFFICER_ROLE_LABEL: Record<GridOfficerRole, string> = {
  GRID_OFFICER: '网格员',
  INFORMATION_OFFICER: '信息员',
  MEDIATOR: '调解员',
};

registerEnumType(GridUnitKind, { name: 'GridUnitKind', description: '网格类型', valuesConfig: describedBy(GRID_UNIT_KIND_LABEL) });
registerEnumType(GridOfficerRole, { name: 'GridOfficerRole', description: '网格人员职责', valuesConfig: describedBy(GRID_OFFICER_ROLE_LABEL) });
