module.exports = { ...require('../../jest.preset.cjs'), displayName: 'graphql-types', rootDir: __dirname, passWithNoTests: false };
