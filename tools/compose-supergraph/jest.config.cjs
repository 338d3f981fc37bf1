module.exports = { ...require('../../jest.preset.cjs'), displayName: 'compose-supergraph', rootDir: __dirname, passWithNoTests: false };
