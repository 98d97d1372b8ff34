/**
 * The mini-program pages the API points people at: subscription messages, the respondent's
 * invitation card and link, the code on a mediator's contact card. One list, imported by the
 * mini-program too, checked against miniprogram/src/app.config.ts by
 * test/notifications-jobs.test.ts, so nothing the API sends opens a page that does not exist.
 */
export const PAGE = {
  home: 'pages/index/index',
  /** A party's case page. */
  partyCase: 'pages/case/index',
  /** The assigned mediator's workbench page for the case. */
  mediatorCase: 'packages/mediator/pages/case/index',
  /** The committee's (and the justice office's) triage page for the case. */
  committeeCase: 'packages/committee/pages/case/index',
  /** The respondent's invitation (邀请被申请人), opened with its code. */
  invitation: 'pages/invitation/index',
  /** A mediator's profile on the menu, opened from their contact card (调解联系卡). */
  mediatorProfile: 'pages/mediator/index',
  /** The case's mediation room (线上调解室), for its parties, its mediator and the staff reading the case file. */
  room: 'pages/room/index',
  /** The room's printed record (线上调解记录), for the case file. */
  roomRecord: 'pages/room-record/index',
} as const;

/** The pages a message about a case opens, one per kind of recipient. */
export type PagePath = (typeof PAGE)['home' | 'partyCase' | 'mediatorCase' | 'committeeCase'];

export const casePage = (page: PagePath, caseId: number) => `${page}?id=${caseId}`;
export const invitationPage = (code: string) => `${PAGE.invitation}?code=${encodeURIComponent(code)}`;
export const mediatorProfilePage = (mediatorId: number) => `${PAGE.mediatorProfile}?id=${mediatorId}`;

/** The same page in the H5 build, which the API serves under /app/ (hash routing). */
export const h5PageUrl = (publicUrl: string, pagePath: string) => `${publicUrl}/app/#/${pagePath}`;
