export default definePageConfig({ navigationBarTitleText: '案件分流', enablePullDownRefresh: true, enableShareAppMessage: true });
