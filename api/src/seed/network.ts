import { CommitteeKind, HostInstitution } from '../modules/committee/committee-kind';
import { DISPUTE_TYPE_VOCABULARY, type DisputeTypeCode } from '../modules/dispute-type/dispute-type-vocabulary';
import { GridOfficerRole, GridUnitKind } from '../modules/grid/grid-enums';
import { Employment, MediatorBackground, Sex } from '../modules/mediator/mediator-enums';
import { MembershipRole } from '../modules/membership/membership-role';
import { RegionLevel } from '../modules/region/region-level';
import { BACKGROUND_NOTES, chineseName, MINORITY_SPEAKERS, mobileLikeWorkPhone } from './people';
import type { Random } from './random';

/** Rows keyed by column name, ready for a bulk insert. */
export interface NetworkDataset {
  region: Record<string, unknown>[];
  committee: Record<string, unknown>[];
  committee_dispute_type: Record<string, unknown>[];
  mediator: Record<string, unknown>[];
  mediator_specialty: Record<string, unknown>[];
  membership: Record<string, unknown>[];
  grid_unit: Record<string, unknown>[];
  grid_officer: Record<string, unknown>[];
}

export interface VillagePlan {
  code: string;
  name: string;
  community: boolean;
}

export interface TownshipPlan {
  code: string;
  name: string;
  street: boolean;
  villages: VillagePlan[];
}

export interface CountyPlan {
  code: string;
  name: string;
  /** Short name used in committee names, e.g. 凉州区. */
  shortName: string;
  latitude: number;
  longitude: number;
  townships: TownshipPlan[];
}

export interface NetworkPlan {
  province?: { code: string; name: string };
  prefecture?: { code: string; name: string };
  /** Further prefectures of the province; a county's parent is the prefecture its code starts with. */
  extraPrefectures?: { code: string; name: string }[];
  counties: CountyPlan[];
  mediatorCount: number;
  /** Grid units per village committee. */
  gridUnitsPerVillage: number;
}

const INDUSTRY: { name: string; types: DisputeTypeCode[] }[] = [
  { name: '道路交通事故纠纷人民调解委员会', types: ['TRAFFIC', 'INSURANCE', 'DAMAGES'] },
  { name: '医疗纠纷人民调解委员会', types: ['MEDICAL'] },
  { name: '劳动争议人民调解委员会', types: ['LABOUR'] },
  { name: '物业纠纷人民调解委员会', types: ['PROPERTY_MANAGEMENT'] },
  { name: '金融纠纷人民调解委员会', types: ['FINANCE', 'INSURANCE'] },
  { name: '消费纠纷人民调解委员会', types: ['CONSUMER'] },
];

const ROOMS: { name: string; host: HostInstitution; hostName: string }[] = [
  { name: '人民法院诉前调解室', host: HostInstitution.COURT, hostName: '人民法院' },
  { name: '公安派出所警调对接调解室', host: HostInstitution.POLICE_STATION, hostName: '公安局城关派出所' },
  { name: '信访局访调对接调解室', host: HostInstitution.PETITION_BUREAU, hostName: '信访局' },
  { name: '人民检察院检调对接调解室', host: HostInstitution.PROCURATORATE, hostName: '人民检察院' },
];

const GENERAL_TYPES: DisputeTypeCode[] = [
  'MARRIAGE_FAMILY', 'NEIGHBOURHOOD', 'HOUSING_HOMESTEAD', 'CONTRACT', 'PRODUCTION_BUSINESS', 'DAMAGES',
  'LAND_FOREST', 'LAND_ACQUISITION', 'ENVIRONMENT', 'LABOUR', 'CONSUMER', 'OTHER',
];

/** Members a committee of each kind gets in a generated network (a director first, then the rest). */
export const SEATS: Record<CommitteeKind, number> = {
  VILLAGE: 3, COMMUNITY: 3, TOWNSHIP: 7, STREET: 7, COUNTY_GUIDANCE: 3, ONE_STOP_CENTER: 9, INDUSTRY: 4,
  DISPATCHED_ROOM: 3, PERSONAL_STUDIO: 2, PARK: 3, MARKET: 3, ENTERPRISE: 3,
};

/** What village and community mediators mostly handle (小事不出村). */
const VILLAGE_TYPES: DisputeTypeCode[] = ['MARRIAGE_FAMILY', 'NEIGHBOURHOOD', 'HOUSING_HOMESTEAD', 'LAND_FOREST', 'DAMAGES', 'CONTRACT', 'PROPERTY_MANAGEMENT'];

/**
 * Home committees in seat order: every committee's first seat (its director) before any second
 * seat, and so on, so that a network with fewer mediators than seats still gives each committee one.
 */
function seatOrder(committeeIds: number[], seats: (id: number) => number): number[] {
  const order: number[] = [];
  const most = Math.max(0, ...committeeIds.map(seats));
  for (let round = 0; round < most; round++) for (const id of committeeIds) if (seats(id) > round) order.push(id);
  return order;
}

/**
 * A mediator's specialties from their home committee: an industry committee's own types; the
 * county centre's members between them every type (each takes the next three), so a case of any
 * type finds a specialist at the top of the chain; villages mostly family and neighbourhood matters.
 */
function specialtiesFor(kind: CommitteeKind, committeeTypes: DisputeTypeCode[], position: number, random: Random): Set<DisputeTypeCode> {
  if (kind === CommitteeKind.ONE_STOP_CENTER) {
    return new Set([0, 1, 2].map((k) => ALL_TYPES[(position * 3 + k) % ALL_TYPES.length]));
  }
  if (committeeTypes.length) return new Set([...committeeTypes.slice(0, 2), random.pick(GENERAL_TYPES)]);
  if (kind === CommitteeKind.VILLAGE || kind === CommitteeKind.COMMUNITY) return new Set(random.sample(VILLAGE_TYPES, random.int(2, 3)));
  return new Set(random.sample(GENERAL_TYPES, random.int(2, 3)));
}

const ALL_TYPES = DISPUTE_TYPE_VOCABULARY.map((d) => d.code);

const HOURS = ['周一至周五 8:30-12:00，14:30-18:00', '周一至周六 9:00-17:30', '工作日 8:00-18:00，节假日预约'];

/**
 * Builds a whole mediation network from a plan: the region tree, every committee kind, mediators
 * with memberships, specialties and languages, and grid units. Deterministic for a given Random.
 */
export function buildNetwork(plan: NetworkPlan, random: Random): NetworkDataset {
  const data: NetworkDataset = {
    region: [], committee: [], committee_dispute_type: [], mediator: [], mediator_specialty: [], membership: [], grid_unit: [], grid_officer: [],
  };
  if (plan.province) data.region.push({ code: plan.province.code, name: plan.province.name, level: RegionLevel.PROVINCE, parent_code: null });
  if (plan.prefecture) {
    data.region.push({ code: plan.prefecture.code, name: plan.prefecture.name, level: RegionLevel.PREFECTURE, parent_code: plan.province?.code ?? null });
  }
  for (const extra of plan.extraPrefectures ?? []) {
    data.region.push({ code: extra.code, name: extra.name, level: RegionLevel.PREFECTURE, parent_code: plan.province?.code ?? null });
  }
  const prefectureOf = (countyCode: string) =>
    [plan.prefecture, ...(plan.extraPrefectures ?? [])].find((p) => p && countyCode.startsWith(p.code))?.code ?? null;

  let committeeId = 0;
  const committeeTypes = new Map<number, DisputeTypeCode[]>();
  const committeeLevel = new Map<number, 'county' | 'township' | 'village'>();
  const addCommittee = (row: Record<string, unknown>, level: 'county' | 'township' | 'village', types: DisputeTypeCode[] = []) => {
    const id = ++committeeId;
    data.committee.push({ id, service_hours: random.pick(HOURS), ...row });
    committeeTypes.set(id, types);
    committeeLevel.set(id, level);
    for (const code of types) data.committee_dispute_type.push({ committee_id: id, dispute_type_code: code });
    return id;
  };
  const near = (lat: number, lon: number, spread: number) => ({
    latitude: Number((lat + (random.next() - 0.5) * spread).toFixed(6)),
    longitude: Number((lon + (random.next() - 0.5) * spread).toFixed(6)),
  });
  const phone = () => mobileLikeWorkPhone(random);

  for (const county of plan.counties) {
    data.region.push({ code: county.code, name: county.name, level: RegionLevel.COUNTY, parent_code: prefectureOf(county.code) });
    const seat = `${county.name}人民政府附近`;
    const guidance = addCommittee(
      { name: `${county.shortName}人民调解工作指导委员会`, kind: CommitteeKind.COUNTY_GUIDANCE, region_code: county.code, parent_id: null,
        address: `${county.name}司法局`, phone: phone(), ...near(county.latitude, county.longitude, 0.02),
        introduction: '指导全区人民调解工作，统筹调度重大疑难纠纷。' },
      'county',
    );
    const center = addCommittee(
      { name: `${county.shortName}矛盾纠纷联调中心`, kind: CommitteeKind.ONE_STOP_CENTER, region_code: county.code, parent_id: guidance,
        address: `${county.name}综治中心一楼`, phone: phone(), ...near(county.latitude, county.longitude, 0.02),
        introduction: '一站式接待、一揽子调处、全链条解决，“中心吹哨、部门报到”。' },
      'county',
    );
    for (const industry of INDUSTRY) {
      addCommittee(
        { name: `${county.shortName}${industry.name}`, kind: CommitteeKind.INDUSTRY, region_code: county.code, parent_id: guidance,
          address: `${seat}`, phone: phone(), ...near(county.latitude, county.longitude, 0.04) },
        'county', industry.types,
      );
    }
    for (const room of ROOMS) {
      addCommittee(
        { name: `${county.shortName}${room.name}`, kind: CommitteeKind.DISPATCHED_ROOM, region_code: county.code, parent_id: center,
          host_institution: room.host, host_name: `${county.shortName}${room.hostName}`, address: `${county.shortName}${room.hostName}内`,
          phone: phone(), ...near(county.latitude, county.longitude, 0.04) },
        'county',
      );
    }
    const firstTownship = county.townships[0];
    const studioRegion = firstTownship?.code ?? county.code;
    for (const studio of ['老王说理室', '马有信调解室']) {
      addCommittee(
        { name: studio, kind: CommitteeKind.PERSONAL_STUDIO, region_code: studioRegion, parent_id: center,
          address: `${firstTownship?.name ?? county.name}`, phone: phone(), ...near(county.latitude, county.longitude, 0.05),
          introduction: '以调解员个人命名的调解工作室，群众信得过、找得到。' },
        'township',
      );
    }
    addCommittee({ name: `${county.shortName}工业园区人民调解委员会`, kind: CommitteeKind.PARK, region_code: county.code, parent_id: guidance,
      address: `${county.shortName}工业园区管委会`, phone: phone(), ...near(county.latitude, county.longitude, 0.08) }, 'county', ['LABOUR', 'CONTRACT', 'PRODUCTION_BUSINESS']);
    addCommittee({ name: `${county.shortName}农产品批发市场人民调解委员会`, kind: CommitteeKind.MARKET, region_code: county.code, parent_id: guidance,
      address: `${county.shortName}农产品批发市场`, phone: phone(), ...near(county.latitude, county.longitude, 0.06) }, 'county', ['CONSUMER', 'CONTRACT']);
    addCommittee({ name: `${county.shortName}供电公司人民调解委员会`, kind: CommitteeKind.ENTERPRISE, region_code: county.code, parent_id: guidance,
      address: `${county.shortName}供电公司`, phone: phone(), ...near(county.latitude, county.longitude, 0.03) }, 'county', ['CONTRACT', 'DAMAGES']);

    for (const township of county.townships) {
      data.region.push({ code: township.code, name: township.name, level: RegionLevel.TOWNSHIP, parent_code: county.code });
      const tLoc = near(county.latitude, county.longitude, 0.4);
      const townshipCommittee = addCommittee(
        { name: `${township.name}人民调解委员会`, kind: township.street ? CommitteeKind.STREET : CommitteeKind.TOWNSHIP,
          region_code: township.code, parent_id: guidance, address: `${township.name}${township.street ? '办事处' : '人民政府'}司法所`,
          phone: phone(), ...tLoc },
        'township',
      );
      for (const village of township.villages) {
        data.region.push({ code: village.code, name: village.name, level: RegionLevel.VILLAGE, parent_code: township.code });
        const villageCommittee = addCommittee(
          { name: `${village.name}人民调解委员会`, kind: village.community ? CommitteeKind.COMMUNITY : CommitteeKind.VILLAGE,
            region_code: village.code, parent_id: townshipCommittee, address: `${township.name}${village.name}${village.community ? '党群服务中心' : '村委会'}`,
            phone: phone(), ...near(tLoc.latitude, tLoc.longitude, 0.05) },
          'village',
        );
        for (let g = 1; g <= plan.gridUnitsPerVillage; g++) {
          data.grid_unit.push({
            id: data.grid_unit.length + 1,
            name: village.community ? `${village.name}第${g}网格` : `${village.name}${['一', '二', '三', '四', '五'][g - 1] ?? g}组`,
            kind: village.community ? GridUnitKind.ESTATE : GridUnitKind.VILLAGE_GROUP,
            region_code: village.code,
            committee_id: villageCommittee,
          });
        }
      }
    }
  }

  // Mediators: every committee gets a director first, then seats by its kind (a committee has 3 to 9
  // members by law; a township's is larger than a village's). Some also serve a committee above.
  const committeeIds = data.committee.map((c) => c.id as number);
  const kindOf = new Map(data.committee.map((c) => [c.id as number, c.kind as CommitteeKind]));
  const members = new Map<number, number>();
  const join = (mediatorId: number, committeeId: number) => {
    const count = members.get(committeeId) ?? 0;
    members.set(committeeId, count + 1);
    data.membership.push({
      committee_id: committeeId,
      mediator_id: mediatorId,
      role: count === 0 ? MembershipRole.DIRECTOR : count === 1 ? MembershipRole.DEPUTY_DIRECTOR : random.chance(0.3) ? MembershipRole.MEMBER : MembershipRole.MEDIATOR,
    });
  };
  const homeCommittee = seatOrder(committeeIds, (id) => SEATS[kindOf.get(id) as CommitteeKind]);
  const higher = committeeIds.filter((id) => committeeLevel.get(id) !== 'village');
  const positionInHome = new Map<number, number>();
  for (let i = 0; i < plan.mediatorCount; i++) {
    const id = i + 1;
    // Each minority-language speaker once (names stay unique), spread over the first committees.
    const minority = i % 10 === 3 && i / 10 < MINORITY_SPEAKERS.length ? MINORITY_SPEAKERS[(i / 10) | 0] : undefined;
    const sex = minority?.sex ?? (random.chance(0.62) ? Sex.MALE : Sex.FEMALE);
    const background = random.pick(Object.values(MediatorBackground));
    const home = homeCommittee[i % homeCommittee.length];
    const position = positionInHome.get(home) ?? 0;
    positionInHome.set(home, position + 1);
    const level = committeeLevel.get(home);
    const specialties = specialtiesFor(kindOf.get(home) as CommitteeKind, committeeTypes.get(home) ?? [], position, random);
    const grade = level === 'county' ? random.int(1, 2) : level === 'township' ? random.int(2, 3) : random.int(3, 4);
    const name = minority ? minority.name : chineseName(random, sex);
    const languages = minority ? [...minority.languages] : random.chance(0.35) ? ['普通话', '凉州话'] : ['普通话'];
    const note = random.pick(BACKGROUND_NOTES[background] ?? ['']) || null;
    data.mediator.push({
      id,
      name,
      photo_url: `/media/mediators/${id}.svg`,
      sex,
      ethnicity: minority?.ethnicity ?? (random.chance(0.04) ? '回族' : random.chance(0.03) ? '藏族' : '汉族'),
      background,
      background_note: note,
      languages,
      employment: level === 'village' && random.chance(0.8) ? Employment.PART_TIME : random.chance(0.5) ? Employment.FULL_TIME : Employment.PART_TIME,
      grade,
      certificate_no: `TJ${String(620000 + (id % 10000)).padStart(6, '0')}${String(id).padStart(6, '0')}`,
      bio: `从事人民调解工作${random.int(2, 30)}年，${random.pick(['善于倾听，讲理又讲情', '熟悉农村风俗习惯，群众信得过', '法律功底扎实，依法依规化解纠纷', '耐心细致，“事心双解”', '擅长用群众语言说理释法'])}。`,
      in_expert_pool: level === 'county' && random.chance(0.3),
      contact_phone: mobileLikeWorkPhone(random),
    });
    for (const code of specialties) data.mediator_specialty.push({ mediator_id: id, dispute_type_code: code });
    join(id, home);
    if (level !== 'county' && random.chance(0.2) && higher.length) {
      const second = random.pick(higher);
      if (second !== home) join(id, second);
    }
  }

  const mediatorsByCommittee = new Map<number, number[]>();
  for (const m of data.membership) {
    const list = mediatorsByCommittee.get(m.committee_id as number) ?? [];
    list.push(m.mediator_id as number);
    mediatorsByCommittee.set(m.committee_id as number, list);
  }
  let officerId = 0;
  for (const unit of data.grid_unit) {
    const local = mediatorsByCommittee.get(unit.committee_id as number) ?? [];
    data.grid_officer.push({ id: ++officerId, grid_unit_id: unit.id, name: chineseName(random, random.chance(0.5) ? Sex.MALE : Sex.FEMALE), role: GridOfficerRole.GRID_OFFICER, mediator_id: null });
    if (random.chance(0.6)) {
      data.grid_officer.push({ id: ++officerId, grid_unit_id: unit.id, name: chineseName(random, random.chance(0.5) ? Sex.MALE : Sex.FEMALE), role: GridOfficerRole.INFORMATION_OFFICER, mediator_id: null });
    }
    const mediator = local.length ? random.pick(local) : undefined;
    if (mediator && random.chance(0.5)) {
      const name = data.mediator[mediator - 1]?.name as string;
      data.grid_officer.push({ id: ++officerId, grid_unit_id: unit.id, name, role: GridOfficerRole.MEDIATOR, mediator_id: mediator });
    }
  }
  return data;
}
