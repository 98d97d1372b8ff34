export default definePageConfig({ navigationBarTitleText: '选择调解员', enablePullDownRefresh: false });
