import type { CountyPlan, NetworkPlan, TownshipPlan } from './network';

/** Committees every county has regardless of size (guidance, centre, 6 industry, 4 rooms, 2 studios, park, market, enterprise). */
export const FIXED_COMMITTEES_PER_COUNTY = 17;
const TOWNSHIPS_PER_COUNTY = 10;
const VILLAGES_PER_TOWNSHIP = 10;

export interface ScaleOptions {
  mediators: number;
  committees: number;
}

/**
 * A synthetic network of the requested size in the fictional province 99 (codes in the real
 * format). Exactly `committees` committees when it is above one county's fixed set.
 */
export function scalePlan({ mediators, committees }: ScaleOptions): NetworkPlan {
  const counties: CountyPlan[] = [];
  let remaining = Math.max(committees, FIXED_COMMITTEES_PER_COUNTY);
  for (let c = 0; remaining > 0; c++) {
    const prefecture = Math.floor(c / 99) + 1;
    const code = `99${String(prefecture).padStart(2, '0')}${String((c % 99) + 1).padStart(2, '0')}`;
    remaining -= FIXED_COMMITTEES_PER_COUNTY;
    const townships: TownshipPlan[] = [];
    for (let t = 0; t < TOWNSHIPS_PER_COUNTY && remaining > 0; t++) {
      remaining -= 1;
      const villages = Math.min(VILLAGES_PER_TOWNSHIP, remaining);
      remaining -= villages;
      const tCode = `${code}${String(100 + t + 1)}`;
      townships.push({
        code: tCode,
        name: `第${t + 1}镇`,
        street: t === 0,
        villages: Array.from({ length: villages }, (_, v) => ({ code: `${tCode}${String(200 + v + 1)}`, name: `第${v + 1}村`, community: t === 0 })),
      });
    }
    counties.push({ code, name: `示例县${c + 1}`, shortName: `示例县${c + 1}`, latitude: 36 + (c % 10) * 0.3, longitude: 100 + (c % 7) * 0.4, townships });
  }
  const prefectures = new Set(counties.map((c) => c.code.slice(0, 4)));
  return {
    province: { code: '99', name: '示例省' },
    // One prefecture row per block of 99 counties; buildNetwork adds the first, the rest follow.
    prefecture: { code: [...prefectures][0], name: '示例市1' },
    extraPrefectures: [...prefectures].slice(1).map((code, i) => ({ code, name: `示例市${i + 2}` })),
    counties,
    mediatorCount: mediators,
    gridUnitsPerVillage: 1,
  };
}
