// Taro's preset: React, TypeScript, and the per-platform transforms.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
