export default definePageConfig({ navigationBarTitleText: '人民调解', enablePullDownRefresh: true });
