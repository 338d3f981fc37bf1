// Jest twin of esbuild's text loader: a .graphql import is its file's text.
module.exports = {
  process(source) {
    return { code: `module.exports = ${JSON.stringify(source)}; module.exports.default = module.exports;` };
  },
};
