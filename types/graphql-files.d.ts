// SDL files are imported as text: esbuild's text loader in builds, tools/jest/graphql-transform.cjs in tests.
declare module '*.graphql' {
  const sdl: string;
  export default sdl;
}
