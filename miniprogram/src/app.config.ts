export default defineAppConfig({
  // Residents and respondents: the main package.
  pages: [
    'pages/index/index',
    'pages/login/index',
    'pages/privacy/index',
    'pages/file/index',
    'pages/mediators/index',
    'pages/mediator/index',
    'pages/committees/index',
    'pages/invitation/index',
    'pages/cases/index',
    'pages/case/index',
    'pages/agreement/index',
    'pages/rank/index',
    'pages/rate/index',
    'pages/follow-up/index',
    'pages/room/index',
    'pages/room-record/index',
    'pages/settings/index',
  ],
  // Staff work in subpackages, so residents never download them.
  subPackages: [
    { root: 'packages/mediator', pages: ['pages/workbench/index', 'pages/case/index'] },
    { root: 'packages/committee', pages: ['pages/inbox/index', 'pages/case/index', 'pages/warnings/index', 'pages/register/index', 'pages/members/index', 'pages/mediator/index', 'pages/staff/index'] },
    { root: 'packages/grid', pages: ['pages/report/index', 'pages/reports/index'] },
    { root: 'packages/justice', pages: ['pages/dashboard/index', 'pages/cases/index', 'pages/reports/index'] },
  ],
  window: {
    navigationBarTitleText: '人民调解',
    navigationBarBackgroundColor: '#b4282d',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f6f4f0',
    backgroundTextStyle: 'dark',
  },
  permission: {
    'scope.userLocation': { desc: '用于查找您附近的人民调解委员会和标注纠纷发生地点' },
  },
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  __usePrivacyCheck__: true,
});
