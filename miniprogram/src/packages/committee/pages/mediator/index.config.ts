export default definePageConfig({ navigationBarTitleText: '调解员资料' });
