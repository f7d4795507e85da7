// Vite's library mode leaves white space in ES output even with `minify: 'esbuild'` (it keeps
// `/*#__PURE__*/` annotations for the user's bundler). That is right for the package (dist/*.js),
// which the user's bundler minifies, but not for files a browser loads as they are: the CDN file.
// This plugin minifies each finished chunk completely with terser (two compress passes, top-level
// names mangled; no unsafe transforms), which comes out about 3 % smaller after gzip than esbuild's
// minifier. Used by scripts/build.mjs for dist/cdn and by scripts/size.mjs, which measures what a
// user loads.
import { minify } from 'terser';

export function minifyOutputPlugin() {
  return {
    name: 'aimskit-minify-output',
    // generateBundle, not renderChunk: Vite's own esbuild step (renderChunk, white space kept) runs
    // last.
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const out = await minify(chunk.code, {
          module: true,
          ecma: 2020,
          compress: { passes: 2 },
          mangle: { toplevel: true },
          format: { comments: false },
        });
        chunk.code = out.code;
      }
    },
  };
}
