// Custom Elements Manifest (custom-elements.json) of the five elements' TypeScript sources: `npm run
// build` writes it to build/cem/ and scripts/manifest.mjs turns it into the shipped
// dist/custom-elements.json (package export `aimskit/custom-elements.json`, paths of the built files)
// and the editors' data; scripts/api-docs.mjs turns it into the API tables of docs/api.md.

/** Keeps the manifest to the public API and makes its cross-references point at modules it contains. */
function tidy() {
  const defined = []; // [module path, tag, class name] of each defineElement('aims-x', AimsX) call
  return {
    name: 'aimskit-tidy',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, ctor] = node.arguments;
      if (tag && ctor && ts.isStringLiteral(tag) && ts.isIdentifier(ctor))
        defined.push([moduleDoc.path, tag.text, ctor.text]);
    },
    packageLinkPhase({ customElementsManifest: cem }) {
      // Registration goes through defineElement(), which the analyzer does not know: record which module
      // defines which tag, as customElements.define() would have been recorded.
      for (const [path, tag, name] of defined) {
        const home = cem.modules.find((m) =>
          m.declarations?.some((d) => d.kind === 'class' && d.name === name),
        );
        const mod = cem.modules.find((m) => m.path === path);
        if (!home || !mod) continue;
        home.declarations.find((d) => d.name === name).tagName ??= tag;
        mod.exports ??= [];
        mod.exports.push({
          kind: 'custom-element-definition',
          name: tag,
          declaration: { name, module: home.path },
        });
      }
      // TypeScript sources import `./x.js`; the manifest's module paths are the `.ts` files.
      const fix = (ref) => {
        if (ref?.module) ref.module = ref.module.replace(/^\//, '').replace(/\.js$/, '.ts');
      };
      for (const mod of cem.modules) {
        for (const d of mod.declarations ?? []) {
          fix(d.superclass);
          // A member without a doc comment is an implementation detail (helpers the element's own views
          // call), not API; lifecycle callbacks are the platform's.
          if (d.members)
            d.members = d.members.filter(
              (m) =>
                m.description &&
                !/Callback$/.test(m.name) &&
                m.privacy !== 'private' &&
                m.privacy !== 'protected',
            );
          for (const k of ['members', 'attributes', 'events', 'cssProperties', 'cssParts', 'slots'])
            for (const x of d[k] ?? []) fix(x.inheritedFrom);
        }
        // defineElement's own `customElements.define(tag, ctor)` is not a definition of a tag.
        mod.exports = mod.exports?.filter(
          (e) => e.kind !== 'custom-element-definition' || e.name.includes('-'),
        );
        for (const e of mod.exports ?? []) fix(e.declaration);
      }
    },
  };
}

export default {
  globs: ['components/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts', 'components/base/messages/**'],
  outdir: 'build/cem',
  litelement: true,
  // package.json names dist/custom-elements.json itself; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [tidy()],
};
