import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_EVIDENCE_BYTES } from '../api/src/modules/case/evidence-upload';
import { startTestApi, type TestApi } from './support/api';

let api: TestApi;
let caseId: string;
let applicant: string;
const sql = <T = any>(text: string, params: unknown[] = []) => api.sql<T>(text, params);

// A tiny real PNG (1×1).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  applicant = await api.login('resident-file');
  const filed = await api.gql('mutation($input: CaseInput!) { fileCase(input: $input) { id version } }', {
    input: { idempotencyKey: randomUUID(), disputeType: 'HOUSING_HOMESTEAD', regionCode: '620602101201', facts: '两家宅基地界址不清，因修建围墙发生争执。', claims: '确认界址', respondents: [{ name: '冯某', phone: '13700001111' }] },
  }, applicant);
  caseId = filed.data.fileCase.id;
  const staff = await api.login('huangyang-sifasuo');
  const accepted = await api.gql(`mutation($id: ID!, $v: Int!) { performCaseAction(caseId: $id, action: ACCEPT, expectedVersion: $v, input: { fastTrack: true }) { case { fastTrack } } }`, { id: caseId, v: filed.data.fileCase.version }, staff);
  expect(accepted.data.performCaseAction.case.fastTrack).toBe(true);
});
afterAll(() => api.close());

function upload(token: string | null, file: Blob, name: string, field = 'file') {
  const form = new FormData();
  form.append(field, file, name);
  return fetch(api.server.url.replace('/graphql', `/cases/${caseId}/evidence`), { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
}

describe('evidence files', () => {
  it('stores a photo by content hash, once, and serves it back to those who may see the case', async () => {
    const res = await upload(applicant, new Blob([PNG], { type: 'image/png' }), '现场照片.png');
    expect(res.status).toBe(201);
    const saved = (await res.json()) as any;
    const sha = createHash('sha256').update(PNG).digest('hex');
    expect(saved).toMatchObject({ fileName: '现场照片.png', contentType: 'image/png', size: PNG.length, sha256: sha });
    const stored = path.join(api.config.evidenceDir, sha.slice(0, 2), sha);
    expect(readFileSync(stored).equals(PNG)).toBe(true);
    const again = (await (await upload(applicant, new Blob([PNG], { type: 'image/png' }), '再次上传.png')).json()) as any;
    expect(again.id).toBe(saved.id);
    const listed = await api.gql('query($id: ID!) { case(id: $id) { evidence { id fileName sha256 url } timeline { action note } } }', { id: caseId }, applicant);
    expect(listed.data.case.evidence).toEqual([{ id: saved.id, fileName: '现场照片.png', sha256: sha, url: `/cases/${caseId}/evidence/${saved.id}` }]);
    expect(listed.data.case.timeline.filter((e: any) => e.action === 'EVIDENCE_ADDED')).toEqual([{ action: 'EVIDENCE_ADDED', note: '现场照片.png' }]);

    const download = await fetch(api.server.url.replace('/graphql', `/cases/${caseId}/evidence/${saved.id}`), { headers: { authorization: `Bearer ${applicant}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await download.arrayBuffer()).equals(PNG)).toBe(true);
    const stranger = await fetch(api.server.url.replace('/graphql', `/cases/${caseId}/evidence/${saved.id}`), { headers: { authorization: `Bearer ${await api.login('nosy')}` } });
    expect(stranger.status).toBe(404);
  });

  it('answers 404, and stays up, when a stored file has gone missing from disk', async () => {
    const file = new Blob([Buffer.from('%PDF-1.4 lost')], { type: 'application/pdf' });
    const saved = (await (await upload(applicant, file, '丢失的文件.pdf')).json()) as any;
    const { rm } = await import('node:fs/promises');
    await rm(path.join(api.config.evidenceDir, saved.sha256.slice(0, 2), saved.sha256));
    const res = await fetch(api.server.url.replace('/graphql', `/cases/${caseId}/evidence/${saved.id}`), { headers: { authorization: `Bearer ${applicant}` } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: '未找到' });
    expect((await fetch(api.server.url.replace('/graphql', '/healthz'))).status).toBe(200);
  });

  it('refuses other types, oversized files, strangers and anonymous uploads, keeping nothing', async () => {
    const before = await sql('select count(*)::int as n from case_evidence');
    const script = await upload(applicant, new Blob(['#!/bin/sh'], { type: 'application/x-sh' }), 'run.sh');
    expect(script.status).toBe(400);
    expect(await script.json()).toEqual({ error: '只能上传图片、PDF、音频或视频文件', field: 'file' });
    const big = await upload(applicant, new Blob([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(MAX_EVIDENCE_BYTES)], { type: 'image/jpeg' }), 'big.jpg');
    expect(big.status).toBe(400);
    expect(((await big.json()) as any).error).toMatch(/不能超过 10 MB/);
    expect((await upload(await api.login('nosy'), new Blob([PNG], { type: 'image/png' }), 'x.png')).status).toBe(404);
    expect((await upload(null, new Blob([PNG], { type: 'image/png' }), 'x.png')).status).toBe(401);
    const notMultipart = await fetch(api.server.url.replace('/graphql', `/cases/${caseId}/evidence`), { method: 'POST', body: 'hello', headers: { authorization: `Bearer ${applicant}`, 'content-type': 'text/plain' } });
    expect(notMultipart.status).toBe(400);
    expect(await sql('select count(*)::int as n from case_evidence')).toEqual(before);
    const leftovers = (await import('node:fs')).readdirSync(api.config.evidenceDir).filter((f) => f.startsWith('.upload-'));
    expect(leftovers).toEqual([]);
    expect(existsSync(api.config.evidenceDir)).toBe(true);
  });
});

describe('the contact log', () => {
  it('keeps every contact with a party on the case timeline, written by staff only', async () => {
    const staff = await api.login('huangyang-sifasuo');
    const logged = await api.gql('mutation($id: ID!) { logContact(caseId: $id, channel: PHONE, partyName: "冯某", summary: "电话告知调解时间，对方表示愿意参加") }', { id: caseId }, staff);
    expect(logged.data.logContact).toBe('［电话］冯某：电话告知调解时间，对方表示愿意参加');
    const wrongParty = await api.gql('mutation($id: ID!) { logContact(caseId: $id, channel: VISIT, partyName: "路人", summary: "走访") }', { id: caseId }, staff);
    expect(wrongParty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partyName' });
    const byParty = await api.gql('mutation($id: ID!) { logContact(caseId: $id, channel: WECHAT, partyName: "冯某", summary: "我联系了对方") }', { id: caseId }, applicant);
    expect(byParty.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [event] = await sql("select note, actor_role from case_event where mediation_case_id = ? and action = 'CONTACT'", [Number(caseId)]);
    expect(event).toEqual({ note: '［电话］冯某：电话告知调解时间，对方表示愿意参加', actor_role: 'COMMITTEE' });
  });
});
