import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { insertDataset } from './insert-dataset';
import { buildNetwork, type NetworkPlan, type TownshipPlan } from './network';
import { Random } from './random';

const TOWNSHIPS: [suffix: string, name: string, street: boolean, villages: string[]][] = [
  ['001', '东大街街道', true, ['东关社区', '新华社区', '海藏社区']],
  ['002', '西大街街道', true, ['西关社区', '北关社区']],
  ['101', '黄羊镇', false, ['黄羊村', '广场村', '新店村', '上庄村']],
  ['102', '武南镇', false, ['武南村', '白塔村', '中路村']],
  ['103', '清源镇', false, ['清源村', '发展村', '蔡家村']],
  ['104', '永昌镇', false, ['永昌村', '石碑村', '白云村']],
  ['105', '双城镇', false, ['双城村', '南湖村']],
  ['106', '高坝镇', false, ['高坝村', '蜻蜓村', '同新村']],
];

/**
 * The demo county: 凉州区 (武威市, the seeds' Wuwei) with its streets, towns and villages.
 * Region names follow the real county; village lists and all people are invented.
 */
export function demoPlan(): NetworkPlan {
  const townships: TownshipPlan[] = TOWNSHIPS.map(([suffix, name, street, villages]) => ({
    code: `620602${suffix}`,
    name,
    street,
    villages: villages.map((v, i) => ({
      code: `620602${suffix}${street ? String(i + 1).padStart(3, '0') : String(200 + i + 1)}`,
      name: v,
      community: street,
    })),
  }));
  return {
    province: { code: '62', name: '甘肃省' },
    prefecture: { code: '6206', name: '武威市' },
    counties: [{ code: '620602', name: '凉州区', shortName: '凉州区', latitude: 37.928, longitude: 102.641, townships }],
    mediatorCount: 186,
    gridUnitsPerVillage: 2,
  };
}

/** Loads the demo county when the database has no regions; returns whether it did. */
export async function seedDemoDataIfEmpty(orm: MikroORM): Promise<boolean> {
  const em = orm.em.fork();
  const [{ count }] = await em.getConnection().execute<[{ count: number }]>('select count(*)::int as count from region');
  if (count > 0) return false;
  await insertDataset(em, buildNetwork(demoPlan(), new Random(20261123)));
  await seedDemoStaff(em);
  return true;
}

/** Development sign-ins (`devLogin(name: …)`) for each staff role, bound to demo records. */
export const DEMO_STAFF = [
  { login: 'admin', role: 'SYSTEM_ADMIN', name: '系统管理员' },
  { login: 'sifaju', role: 'JUSTICE_OFFICE', name: '凉州区司法局', region: '620602' },
  { login: 'huangyang-sifasuo', role: 'JUSTICE_OFFICE', name: '黄羊镇司法所', region: '620602101' },
  { login: 'huangyang-admin', role: 'COMMITTEE_ADMIN', name: '黄羊镇调委会主任', committee: '黄羊镇人民调解委员会' },
  { login: 'mediator', role: 'MEDIATOR', name: '黄羊镇调解员', committee: '黄羊镇人民调解委员会' },
  { login: 'grid', role: 'GRID_OFFICER', name: '黄羊村网格员', grid: '黄羊村一组' },
] as const;

async function seedDemoStaff(em: EntityManager) {
  const connection = em.getConnection();
  for (const staff of DEMO_STAFF) {
    const [user] = await connection.execute<[{ id: number }]>('insert into user_account (openid) values (?) returning id', [`dev:${staff.login}`]);
    const committee = 'committee' in staff ? staff.committee : null;
    await connection.execute(
      `insert into staff_assignment (role, display_name, user_id, region_code, committee_id, mediator_id, grid_unit_id, bound_at)
       select ?, ?, ?, ?, c.id,
         (select ms.mediator_id from membership ms where ms.committee_id = c.id and ? order by ms.mediator_id desc limit 1),
         (select g.id from grid_unit g where g.name = ?), now()
       from (select (select id from committee where name = ?) as id) c`,
      [staff.role, staff.name, user.id, 'region' in staff ? staff.region : null, staff.role === 'MEDIATOR', 'grid' in staff ? staff.grid : null, committee],
    );
  }
}
