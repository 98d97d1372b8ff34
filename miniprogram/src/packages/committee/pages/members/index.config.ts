export default definePageConfig({ navigationBarTitleText: '本会调解员名册', enablePullDownRefresh: true });
