/**
 * The mini-program pages the API points people at (subscription messages open them). One list,
 * checked against miniprogram/src/app.config.ts by test/notifications-jobs.test.ts, so a message
 * never opens a page that does not exist.
 */
export const PAGE = {
  home: 'pages/index/index',
  /** A party's case page. */
  partyCase: 'pages/case/index',
  /** The assigned mediator's workbench page for the case. */
  mediatorCase: 'packages/mediator/pages/case/index',
  /** The committee's (and the justice office's) triage page for the case. */
  committeeCase: 'packages/committee/pages/case/index',
} as const;

export type PagePath = (typeof PAGE)[keyof typeof PAGE];

export const casePage = (page: PagePath, caseId: number) => `${page}?id=${caseId}`;
