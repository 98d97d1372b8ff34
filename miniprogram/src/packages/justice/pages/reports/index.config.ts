export default definePageConfig({ navigationBarTitleText: '报表与考核' });
