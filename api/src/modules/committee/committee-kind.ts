import { registerEnumType } from 'type-graphql';
import { describedBy } from '../../shared/labels';

/** Every kind of mediation committee in the network (domain §2). */
export enum CommitteeKind {
  VILLAGE = 'VILLAGE',
  COMMUNITY = 'COMMUNITY',
  TOWNSHIP = 'TOWNSHIP',
  STREET = 'STREET',
  COUNTY_GUIDANCE = 'COUNTY_GUIDANCE',
  ONE_STOP_CENTER = 'ONE_STOP_CENTER',
  INDUSTRY = 'INDUSTRY',
  DISPATCHED_ROOM = 'DISPATCHED_ROOM',
  PERSONAL_STUDIO = 'PERSONAL_STUDIO',
  PARK = 'PARK',
  MARKET = 'MARKET',
  ENTERPRISE = 'ENTERPRISE',
}

export const COMMITTEE_KIND_LABEL: Record<CommitteeKind, string> = {
  VILLAGE: '村人民调解委员会',
  COMMUNITY: '社区人民调解委员会',
  TOWNSHIP: '乡镇人民调解委员会',
  STREET: '街道人民调解委员会',
  COUNTY_GUIDANCE: '县级人民调解工作指导委员会',
  ONE_STOP_CENTER: '矛盾纠纷联调中心',
  INDUSTRY: '行业性专业性人民调解委员会',
  DISPATCHED_ROOM: '派驻调解室',
  PERSONAL_STUDIO: '个人调解工作室',
  PARK: '园区人民调解委员会',
  MARKET: '市场人民调解委员会',
  ENTERPRISE: '企业人民调解委员会',
};

/** Where a dispatched room (派驻调解室) sits. */
export enum HostInstitution {
  COURT = 'COURT',
  POLICE_STATION = 'POLICE_STATION',
  PETITION_BUREAU = 'PETITION_BUREAU',
  PROCURATORATE = 'PROCURATORATE',
}

export const HOST_INSTITUTION_LABEL: Record<HostInstitution, string> = {
  COURT: '人民法院',
  POLICE_STATION: '派出所',
  PETITION_BUREAU: '信访局',
  PROCURATORATE: '人民检察院',
};

registerEnumType(CommitteeKind, {
  name: 'CommitteeKind',
  description: '调委会类型',
  valuesConfig: describedBy(COMMITTEE_KIND_LABEL),
});

registerEnumType(HostInstitution, {
  name: 'HostInstitution',
  description: '派驻单位',
  valuesConfig: describedBy(HOST_INSTITUTION_LABEL),
});
