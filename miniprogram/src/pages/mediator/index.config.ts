export default definePageConfig({ navigationBarTitleText: '调解员', enablePullDownRefresh: false });
