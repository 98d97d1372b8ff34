export default definePageConfig({ navigationBarTitleText: '辖区案件', enablePullDownRefresh: true });
