import type { MikroORM } from '@mikro-orm/postgresql';
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
    mediatorCount: 60,
    gridUnitsPerVillage: 2,
  };
}

/** Loads the demo county when the database has no regions; returns whether it did. */
export async function seedDemoDataIfEmpty(orm: MikroORM): Promise<boolean> {
  const em = orm.em.fork();
  const [{ count }] = (await em.getConnection().execute('select count(*)::int as count from region')) as [{ count: number }];
  if (count > 0) return false;
  await insertDataset(em, buildNetwork(demoPlan(), new Random(20261123)));
  return true;
}
