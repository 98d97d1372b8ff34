import { Button, Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { execute } from '../../../../api/client';
import { AppError } from '../../../../api/errors';
import { newIdempotencyKey } from '../../../../api/idempotency';
import { Chips, Field, TextField } from '../../../../components/field';
import { ErrorState, Loading, Page, RemoteView, Section } from '../../../../components/page';
import { type PickedRegion, RegionPicker } from '../../../../components/region-picker';
import type { StaffRole } from '../../../../gql/graphql';
import { CommitteeChoicesQuery, CommitteeMembersQuery, CreateStaffInvitationMutation, GridUnitChoicesQuery } from '../../../../graphql/menu';
import { useAction } from '../../../../hooks/use-action';
import { roleScope, useMe } from '../../../../hooks/use-me';
import { useRemote } from '../../../../hooks/use-remote';
import { formatDateTime } from '../../../../labels';
import { toast } from '../../../../navigation';

const ROLE_LABEL: Record<StaffRole, string> = {
  SYSTEM_ADMIN: '系统管理员', JUSTICE_OFFICE: '司法所（局）工作人员', COMMITTEE_ADMIN: '调委会管理员', MEDIATOR: '调解员', GRID_OFFICER: '网格员',
};

/** A committee to invite to: the admin's own, or one found in the office's region. */
function CommitteeChooser({ regionCode, value, onChange }: { regionCode: string | null; value: string | null; onChange: (id: string) => void }) {
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  const found = useRemote(() => execute(CommitteeChoicesQuery, { regionCode, search: search || null }), [regionCode, search]);
  return (
    <View>
      <View className='search-row'>
        <Input className='input' placeholder='输入调委会名称搜索' value={draft} onInput={(e) => setDraft(e.detail.value)} onConfirm={() => setSearch(draft.trim())} />
        <Button className='btn btn--small' onClick={() => setSearch(draft.trim())}>
          搜索
        </Button>
      </View>
      <RemoteView remote={found}>
        {({ committees }) => (committees.nodes.length === 0 ? <View className='muted'>没有找到调委会</View> : <Chips options={committees.nodes.map((c) => ({ value: c.id, label: c.name }))} value={value} onChange={onChange} />)}
      </RemoteView>
    </View>
  );
}

/**
 * 邀请工作人员: an administrator gives someone a one-time code for a staff role in their own reach —
 * the system administrator anyone, a justice office its region's offices, committee admins,
 * mediators and grid officers, a committee admin its own mediators and grid officers. The person
 * enters the code under 设置 → 工作人员; the code is shown once.
 */
export default function InviteStaff() {
  const { me, checked } = useMe();
  const system = roleScope(me, 'SYSTEM_ADMIN');
  const office = roleScope(me, 'JUSTICE_OFFICE');
  const admin = roleScope(me, 'COMMITTEE_ADMIN');
  const roles: StaffRole[] = system
    ? ['JUSTICE_OFFICE', 'COMMITTEE_ADMIN', 'MEDIATOR', 'GRID_OFFICER', 'SYSTEM_ADMIN']
    : office
      ? ['JUSTICE_OFFICE', 'COMMITTEE_ADMIN', 'MEDIATOR', 'GRID_OFFICER']
      : admin
        ? ['MEDIATOR', 'GRID_OFFICER']
        : [];
  const [role, setRole] = useState<StaffRole | null>(null);
  const [displayName, setDisplayName] = useState('');
  const [region, setRegion] = useState<PickedRegion | null>(null);
  const [committeeId, setCommitteeId] = useState<string | null>(null);
  const [mediatorId, setMediatorId] = useState<string | null>(null);
  const [gridUnitId, setGridUnitId] = useState<string | null>(null);
  const [key, setKey] = useState(newIdempotencyKey);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [issued, setIssued] = useState<{ code: string; expiresAt: string; role: StaffRole; displayName: string } | null>(null);
  const { busy, run } = useAction();
  // A committee admin invites to their own committee.
  useEffect(() => {
    if (admin && !system && !office) setCommitteeId(admin.committeeId ?? null);
  }, [admin, system, office]);
  const members = useRemote(async () => (committeeId && role === 'MEDIATOR' ? (await execute(CommitteeMembersQuery, { id: committeeId })).committee.members : []), [committeeId, role]);
  const grids = useRemote(async () => (committeeId && role === 'GRID_OFFICER' ? (await execute(GridUnitChoicesQuery, { committeeId })).gridUnits.nodes : []), [committeeId, role]);

  if (!checked) return <Loading />;
  if (roles.length === 0) return <ErrorState message='只有系统管理员、司法所（局）和调委会管理员可以邀请工作人员' />;
  const needsCommittee = role === 'COMMITTEE_ADMIN' || role === 'MEDIATOR' || role === 'GRID_OFFICER';
  const chooseCommittee = needsCommittee && !(admin && !system && !office);

  const invite = async () => {
    const found: Record<string, string> = {};
    if (!role) found.role = '请选择角色';
    if (displayName.trim().length < 2) found.displayName = '请填写对方的姓名或称呼（至少 2 个字）';
    if (role === 'JUSTICE_OFFICE' && !region) found.regionCode = '请选择所属区划';
    if (needsCommittee && !committeeId) found.committeeId = '请选择调委会';
    if (role === 'MEDIATOR' && !mediatorId) found.mediatorId = '请选择对应的调解员';
    if (role === 'GRID_OFFICER' && !gridUnitId) found.gridUnitId = '请选择网格';
    setProblems(found);
    if (Object.keys(found).length) return void toast(Object.values(found)[0]);
    const done = await run(async () => {
      try {
        return await execute(CreateStaffInvitationMutation, {
          input: {
            idempotencyKey: key, role: role as StaffRole, displayName: displayName.trim(),
            regionCode: role === 'JUSTICE_OFFICE' ? region?.code : null,
            committeeId: needsCommittee ? committeeId : null,
            mediatorId: role === 'MEDIATOR' ? mediatorId : null,
            gridUnitId: role === 'GRID_OFFICER' ? gridUnitId : null,
          },
        });
      } catch (e) {
        if (e instanceof AppError) setProblems(Object.fromEntries(e.problems.map((p) => [p.field.replace(/^input\./, ''), p.reason])));
        throw e;
      }
    }, '已生成邀请码');
    if (!done) return;
    const invitation = done.createStaffInvitation;
    setIssued({ code: invitation.code, expiresAt: invitation.expiresAt, role: invitation.assignment.role, displayName: invitation.assignment.displayName });
    setKey(newIdempotencyKey());
    setDisplayName('');
  };

  return (
    <Page>
      {issued && (
        <Section title='邀请码'>
          <Text className='figure' data-testid='staff-code'>
            {issued.code}
          </Text>
          <View className='text-2'>
            {issued.displayName} · {ROLE_LABEL[issued.role]}
          </View>
          <View className='muted'>请对方用微信打开本小程序，在“设置 → 工作人员”中输入。邀请码只显示这一次，{formatDateTime(issued.expiresAt)} 前有效，只能使用一次。</View>
          <Button className='btn btn--plain btn--small' onClick={() => void Taro.setClipboardData({ data: issued.code })}>
            复制邀请码
          </Button>
        </Section>
      )}
      <Section title='邀请谁'>
        <Field label='角色' required error={problems.role}>
          <Chips options={roles.map((r) => ({ value: r, label: ROLE_LABEL[r] }))} value={role} onChange={(r) => {
            setRole(r);
            setMediatorId(null);
            setGridUnitId(null);
          }} />
        </Field>
        <TextField label='对方的姓名或称呼' required placeholder='例如：王丽（黄羊镇司法所）' value={displayName} onChange={setDisplayName} error={problems.displayName} />
        {role === 'JUSTICE_OFFICE' && (
          <Field label='所属区划' required error={problems.regionCode}>
            <RegionPicker value={region} onChange={setRegion} />
          </Field>
        )}
        {chooseCommittee && (
          <Field label='调委会' required error={problems.committeeId}>
            <CommitteeChooser regionCode={office?.regionCode ?? null} value={committeeId} onChange={(id) => {
              setCommitteeId(id);
              setMediatorId(null);
              setGridUnitId(null);
            }} />
          </Field>
        )}
        {role === 'MEDIATOR' && committeeId && (
          <Field label='对应的调解员档案' required error={problems.mediatorId}>
            <RemoteView remote={members}>
              {(list) => (list.length === 0 ? <View className='muted'>该调委会还没有调解员，请先在“本会调解员名册”中添加</View> : <Chips options={list.map((m) => ({ value: m.mediator.id, label: m.mediator.name }))} value={mediatorId} onChange={setMediatorId} />)}
            </RemoteView>
          </Field>
        )}
        {role === 'GRID_OFFICER' && committeeId && (
          <Field label='网格' required error={problems.gridUnitId}>
            <RemoteView remote={grids}>
              {(list) => (list.length === 0 ? <View className='muted'>该调委会还没有网格</View> : <Chips options={list.map((g) => ({ value: g.id, label: g.name }))} value={gridUnitId} onChange={setGridUnitId} />)}
            </RemoteView>
          </Field>
        )}
      </Section>
      <View className='actions'>
        <Button className='btn' disabled={busy} onClick={() => void invite()}>
          生成邀请码
        </Button>
      </View>
    </Page>
  );
}
