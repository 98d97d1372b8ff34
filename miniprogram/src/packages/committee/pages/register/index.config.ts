export default definePageConfig({ navigationBarTitleText: '来访登记' });
