module.exports = { ...require('../../jest.preset.cjs'), displayName: 'token', rootDir: __dirname };
