module.exports = { ...require('../../jest.preset.cjs'), displayName: 'customer-relationship', rootDir: __dirname, passWithNoTests: false };
