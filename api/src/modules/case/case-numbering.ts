import type { EntityManager } from '@mikro-orm/postgresql';
import type { CaseInput } from './case.inputs';

/** "黄羊镇人民调解委员会" → "黄羊镇" for the case number. */
export function committeeShortName(name: string) {
  return name.replace(/(人民调解委员会|调解委员会|调委会)$/, '') || name;
}

/** The next number of a committee's cases in a year: gapless, taken under the counter row's lock. */
async function nextCaseNumber(tx: EntityManager, committeeId: number, year: number): Promise<number> {
  const [row] = await tx.getConnection().execute<[{ last_number: number }]>(
    `insert into case_number_counter (committee_id, year, last_number) values (?, ?, 1)
     on conflict (committee_id, year) do update set last_number = case_number_counter.last_number + 1
     returning last_number`,
    [committeeId, year],
    'all',
    tx.getTransactionContext(),
  );
  return row.last_number;
}

/**
 * What every new case takes from its filing, and its number — （2026）黄羊镇调字第0007号, gapless per
 * committee and year — for a case filed now and one recorded from a ledger (补录) alike.
 */
export async function newCaseFields(tx: EntityManager, committee: { id: number; name: string }, year: number, input: CaseInput, createdBy: number) {
  const seq = await nextCaseNumber(tx, committee.id, year);
  return {
    number: `（${year}）${committeeShortName(committee.name)}调字第${String(seq).padStart(4, '0')}号`,
    numberCommittee: committee.id,
    numberYear: year,
    numberSeq: seq,
    committee: committee.id,
    disputeType: input.disputeType,
    facts: input.facts.trim(),
    claims: input.claims.trim(),
    amountInvolved: input.amountInvolved ?? undefined,
    // At least everyone named as a party (a resident filing for themselves names no applicant).
    peopleInvolved: Math.max(input.peopleInvolved, Math.max(1, input.applicants.length) + input.respondents.length),
    region: input.regionCode,
    place: input.place ?? undefined,
    latitude: input.latitude ?? undefined,
    longitude: input.longitude ?? undefined,
    createdBy,
    idempotencyKey: input.idempotencyKey,
  };
}
