export default definePageConfig({ navigationBarTitleText: '调解邀请', enablePullDownRefresh: false, enableShareAppMessage: true });
