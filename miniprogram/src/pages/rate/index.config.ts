export default definePageConfig({ navigationBarTitleText: '评价', enablePullDownRefresh: false });
