import type { Pool } from 'pg';
import { committeePage } from '../modules/committee/committee.queries';
import { mediatorMenuPage, specialtiesOfMediators } from '../modules/mediator/mediator.queries';
import { membersOfCommittees, membershipsOfMediators } from '../modules/membership/membership.queries';
import type { Sql } from '../shared/sql';

/**
 * The benchmark's two requests, each as a GraphQL query for the API and as a hand-written
 * handler for the raw `node:http` + `pg` ceiling that runs the very same SQL (built by the same
 * query functions) and writes byte-for-byte the same JSON.
 */
export interface Scenario {
  name: string;
  description: string;
  graphql: { query: string; variables: Record<string, unknown> };
  raw(pool: Pool): Promise<string>;
  /** Share of the raw server's throughput the issue asks for. */
  target: number;
}

const rows = async <T>(pool: Pool, query: Sql) => (await pool.query(query.toPg())).rows as T[];

function group<T extends Record<string, unknown>>(items: T[], key: keyof T) {
  const map = new Map<unknown, T[]>();
  for (const item of items) {
    const list = map.get(item[key]);
    if (list) list.push(item);
    else map.set(item[key], [item]);
  }
  return map;
}

export function scenarios(regionCode: string): Scenario[] {
  return [
    {
      name: 'a',
      description: 'mediator menu: 20 mediators of a county with specialties and committee names',
      target: 0.6,
      graphql: {
        query: `query Menu($region: String) { mediators(first: 20, filter: { regionCode: $region }) { nodes {
          id name grade specialties { code label } memberships { role committee { id name } } } } }`,
        variables: { region: regionCode },
      },
      async raw(pool) {
        const page = await rows<{ id: number; name: string; grade: number }>(pool, mediatorMenuPage({ regionCode }, 'RELEVANCE', undefined, 21));
        const nodes = page.slice(0, 20);
        const ids = nodes.map((m) => m.id);
        const [specialties, memberships] = await Promise.all([
          rows<{ mediatorId: number; code: string; label: string }>(pool, specialtiesOfMediators(ids)),
          rows<{ mediatorId: number; role: string; id: number; name: string }>(pool, membershipsOfMediators(ids)),
        ]);
        const specialtiesBy = group(specialties, 'mediatorId');
        const membershipsBy = group(memberships, 'mediatorId');
        return JSON.stringify({
          data: {
            mediators: {
              nodes: nodes.map((m) => ({
                id: String(m.id),
                name: m.name,
                grade: m.grade,
                specialties: (specialtiesBy.get(m.id) ?? []).map((s) => ({ code: s.code, label: s.label })),
                memberships: (membershipsBy.get(m.id) ?? []).map((ms) => ({ role: ms.role, committee: { id: String(ms.id), name: ms.name } })),
              })),
            },
          },
        });
      },
    },
    {
      name: 'b',
      description: '50 committees, each with its first 10 members',
      target: 0.4,
      graphql: {
        query: `query Committees { committees(first: 50) { nodes { id name members(first: 10) { role mediator { id name } } } } }`,
        variables: {},
      },
      async raw(pool) {
        const page = await rows<{ id: number; name: string }>(pool, committeePage({}, undefined, 51));
        const nodes = page.slice(0, 50);
        const members = await rows<{ committeeId: number; role: string; id: number; name: string }>(
          pool,
          membersOfCommittees(nodes.map((c) => c.id), 10),
        );
        const membersBy = group(members, 'committeeId');
        return JSON.stringify({
          data: {
            committees: {
              nodes: nodes.map((c) => ({
                id: String(c.id),
                name: c.name,
                members: (membersBy.get(c.id) ?? []).map((m) => ({ role: m.role, mediator: { id: String(m.id), name: m.name } })),
              })),
            },
          },
        });
      },
    },
  ];
}
