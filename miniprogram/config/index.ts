import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';

/** The page paths the API sends people to (api/src/shared/page-paths.ts): one list, compiled into the mini-program too. */
const SHARED = [path.resolve(__dirname, '..', '..', 'api', 'src', 'shared', 'page-paths.ts')];

/**
 * One source, two outputs: `dist/weapp` (import into WeChat DevTools — project.config.json points
 * there) and `dist/h5` (served by the API at /app/). Separate output roots so one build never
 * overwrites the other.
 */
/** Sets <html>'s font size to rootValue × (the viewport's shorter side) / designWidth, within [min, max] px. */
function rootFontScript(designWidth: number, rootValue: number, min: number, max: number): string {
  return `!function(n){function f(){var d=n.document.documentElement,w=Math.min.apply(Math,[d.clientWidth,n.innerWidth,n.innerHeight].filter(Boolean)),x=${rootValue}*w/${designWidth};d.style.fontSize=x>=${max}?"${max}px":x<=${min}?"${min}px":x+"px"}n.addEventListener("resize",function(){f();setTimeout(f,500)});f()}(window);`;
}

export default defineConfig<'webpack5'>(async (merge) => {
  const h5 = process.env.TARO_ENV === 'h5';
  const base: UserConfigExport<'webpack5'> = {
    projectName: 'tiaojie',
    date: '2026-11-23',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: h5 ? 'dist/h5' : 'dist/weapp',
    plugins: [],
    // Compile-time constants; never `process.env.X` in app code (it would stay raw in the bundle).
    defineConstants: {
      // The weapp talks to the API by URL (a legal domain in production); H5 is served by the API itself.
      API_URL: JSON.stringify(h5 ? '' : (process.env.TIAOJIE_API_URL ?? 'http://127.0.0.1:4000')),
      // The demo sign-in: hidden in the WeChat build unless asked for (npm start asks); shown in H5 unless turned off.
      DEV_LOGIN: JSON.stringify(h5 ? process.env.TIAOJIE_DEV_LOGIN !== 'false' : process.env.TIAOJIE_DEV_LOGIN === 'true'),
      // WeChat subscription-message template ids (comma-separated), the same as the API's WECHAT_TEMPLATE_ID.
      SUBSCRIBE_TEMPLATE_IDS: JSON.stringify((process.env.TIAOJIE_SUBSCRIBE_TEMPLATE_IDS ?? '').split(',').filter(Boolean)),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      optimizeMainPackage: { enable: true },
      compile: { include: SHARED },
    },
    h5: {
      publicPath: '/app/',
      // The root font size (what every rem in the H5 build scales by) from the phone's screen, as
      // Taro's own script means to: its version takes min(width, height) of the <html> element, and
      // that height is the page's content, so a resize while a short page (a loading state) is shown
      // shrinks every size — elder-mode targets fell from 60 to 58 CSS px. 40 = 20 / deviceRatio[750] × 2.
      htmlPluginOption: { script: rootFontScript(750, 40, 20, 40) },
      staticDirectory: 'static',
      compile: { include: SHARED },
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[hash].css', chunkFilename: 'css/[name].[chunkhash].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  };
  return merge({}, base, process.env.NODE_ENV === 'development' ? { mini: {}, h5: {} } : {});
});
