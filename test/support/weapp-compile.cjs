// Compiles a weapp build with WeChat's own compiler (miniprogram-ci), offline, and prints the
// outcome as JSON into a file (its own logs share stdout). Run as a child process: the compiler
// forks workers that keep Node alive.
//   node test/support/weapp-compile.cjs <dist/weapp> <result.json>
const { writeFileSync } = require('node:fs');
const ci = require('miniprogram-ci');

async function main() {
  const projectPath = process.argv[2];
  // No network here: its one request to a WeChat host fails at once instead of hanging.
  ci.proxy('http://127.0.0.1:9');
  const project = new ci.Project({
    appid: 'wx0000000000000000',
    type: 'miniProgram',
    projectPath,
    privateKey: 'offline-compile-only',
    ignores: ['node_modules/**/*'],
    // Otherwise it asks a WeChat host for the app's attributes.
    attr: async () => ci.DefaultProjectAttr,
  });
  const compiled = await ci.getCompiledResult({ project, setting: { es7: true, minify: true } });
  const analysed = await ci.analyseCode(project).catch((error) => ({ error: String(error) }));
  return { ok: true, files: Object.keys(compiled), analysed };
}

main()
  .then((result) => {
    writeFileSync(process.argv[3], JSON.stringify(result));
    process.exit(0);
  })
  .catch((error) => {
    writeFileSync(process.argv[3], JSON.stringify({ ok: false, code: error?.code, message: String(error?.message ?? error).slice(0, 2000) }));
    process.exit(0);
  });
