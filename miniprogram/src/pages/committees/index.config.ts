export default definePageConfig({ navigationBarTitleText: '附近的调委会', enablePullDownRefresh: true });
