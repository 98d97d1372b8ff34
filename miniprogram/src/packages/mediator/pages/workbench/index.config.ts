export default definePageConfig({ navigationBarTitleText: '调解员工作台', enablePullDownRefresh: true });
