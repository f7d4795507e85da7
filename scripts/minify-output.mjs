// Vite's library mode leaves white space in ES output even with `minify: 'esbuild'` (it keeps
// `/*#__PURE__*/` annotations for the user's bundler). That is right for the package (dist/*.js), which
// the user's bundler minifies, but not for files a browser loads as they are: the CDN file. This plugin
// minifies each finished chunk completely (white space and syntax; names are minified already).
// Used by scripts/build.mjs for dist/cdn and by scripts/size.mjs, which measures what a user loads.
import { transform } from 'esbuild';

export function minifyOutputPlugin() {
  return {
    name: 'aimskit-minify-output',
    // generateBundle, not renderChunk: Vite's own esbuild step (renderChunk, white space kept) runs last.
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = (await transform(chunk.code, { minify: true, target: 'es2022', format: 'esm', legalComments: 'none' })).code;
      }
    },
  };
}
