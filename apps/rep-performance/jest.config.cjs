module.exports = { ...require('../../jest.preset.cjs'), displayName: 'rep-performance', rootDir: __dirname, passWithNoTests: false };
