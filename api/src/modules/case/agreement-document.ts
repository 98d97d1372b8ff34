import type { Context } from '../../context';
import { chinaDate, chinaDateTime } from '../../shared/china-time';
import { NotFoundError } from '../../shared/errors';
import { escapeHtml } from '../../shared/html';
import { Agreement, AgreementConfirmation, contentHashOf } from './agreement.entity';
import { PartyRole } from './case-enums';
import { AgreementKind } from './outcome-enums';

/** 2026年3月1日, for a YYYY-MM-DD or the China-time day of an instant. */
const chineseDate = (d: Date | string) => {
  const [year, month, day] = (typeof d === 'string' ? d : chinaDate(d)).split('-').map(Number);
  return `${year}年${month}月${day}日`;
};

/**
 * 人民调解协议书 as a printable A4 page (Art 29 contents): the parties, the facts and
 * responsibilities, each term with how and by when it is performed, the confirmations, the
 * mediator's signature and the committee's seal. Visible to whoever may see the case.
 */
export async function renderAgreementDocument(ctx: Context, caseId: string): Promise<string> {
  const { mediationCase } = await ctx.caseAccess.loadVisible(caseId, 'id');
  const agreement = await ctx.em.findOne(Agreement, { mediationCase: mediationCase.id }, { populate: ['terms'] });
  if (!agreement || agreement.kind !== AgreementKind.WRITTEN) throw new NotFoundError('书面调解协议', caseId);
  const committee = await ctx.loaders.committeeById.load(mediationCase.committee.id);
  const mediator = mediationCase.mediator ? await ctx.loaders.mediatorById.load(mediationCase.mediator.id) : null;
  // Only confirmations of the version printed count as signatures; each says when and of which text (its hash).
  const confirmations = await ctx.em.find(AgreementConfirmation, { agreement, agreementVersion: agreement.version }, { populate: ['party'] });
  const confirmedBy = new Map(confirmations.map((c) => [c.party.id, c]));
  const contentHash = contentHashOf(agreement);
  const party = (p: { id: number; role: PartyRole; name: string; agentName?: string }) =>
    `<p>${p.role === PartyRole.APPLICANT ? '申请人' : '被申请人'}：${escapeHtml(p.name)}${p.agentName ? `，委托代理人：${escapeHtml(p.agentName)}` : ''}</p>`;
  const terms = agreement.terms
    .getItems()
    .map((t) => `<li>${escapeHtml(t.content)}（履行方式：${escapeHtml(t.method)}；履行期限：${chineseDate(t.performBy)}前）</li>`)
    .join('');
  const signatures = mediationCase.parties
    .getItems()
    .map((p) => {
      const c = confirmedBy.get(p.id);
      return `<p>${escapeHtml(p.name)}：${c ? `已于${chineseDate(c.confirmedAt)} ${chinaDateTime(c.confirmedAt).slice(11)} 在微信确认第 ${c.agreementVersion} 稿${c.contentHash ? `（文本摘要 ${c.contentHash.slice(0, 16)}）` : ''}` : '（签名）'}</p>`;
    })
    .join('');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>人民调解协议书 ${escapeHtml(mediationCase.number)}</title>
<style>
  @page { size: A4; margin: 25mm 20mm; }
  body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 14pt; line-height: 1.8; color: #000; }
  h1 { text-align: center; font-size: 22pt; letter-spacing: 0.3em; margin-bottom: 0; }
  .number { text-align: right; }
  h2 { font-size: 14pt; margin: 1em 0 0.2em; }
  ol { padding-left: 2em; }
  /* Terms and facts keep the lines the mediator wrote them in. */
  li, .pre { white-space: pre-wrap; }
  .seal { margin-top: 2em; text-align: right; }
  .hash { font-size: 9pt; word-break: break-all; color: #333; }
</style></head>
<body>
<h1>人民调解协议书</h1>
<p class="number">${escapeHtml(mediationCase.number)}（第 ${agreement.version} 稿）</p>
${mediationCase.parties.getItems().map(party).join('\n')}
<h2>纠纷主要事实、争议事项及各方责任</h2>
<p class="pre">${escapeHtml(agreement.factsAndResponsibilities)}</p>
<h2>经调解，自愿达成如下协议</h2>
<ol>${terms}</ol>
<p>本协议履行方式、时限如上。本协议自各方当事人签名（确认）、人民调解员签名并加盖人民调解委员会印章之日起生效。当事人可以自本协议生效之日起三十日内共同向人民法院申请司法确认。</p>
<h2>当事人</h2>
${signatures}
<p>人民调解员：${escapeHtml(mediator?.name ?? '')}${agreement.signedByMediatorAt ? `（${chineseDate(agreement.signedByMediatorAt)}签名）` : ''}</p>
<p class="hash">本稿文本 SHA-256：${contentHash}</p>
<p class="seal">${escapeHtml(committee?.name ?? '')}（印章）<br>${agreement.sealedAt ? chineseDate(agreement.sealedAt) : '（未生效）'}</p>
</body></html>`;
}
