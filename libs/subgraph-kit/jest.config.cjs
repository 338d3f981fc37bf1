module.exports = { ...require('../../jest.preset.cjs'), displayName: 'subgraph-kit', rootDir: __dirname, passWithNoTests: false };
