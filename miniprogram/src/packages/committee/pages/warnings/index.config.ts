export default definePageConfig({ navigationBarTitleText: '矛盾纠纷预警', enablePullDownRefresh: true });
