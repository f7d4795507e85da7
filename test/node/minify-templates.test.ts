/**
 * scripts/minify-templates.mjs: the build-time minifier of Lit's tagged templates. On sample
 * sources, white space shrinks while `${…}` expressions, significant spaces, strings, regular
 * expressions and untagged templates survive exactly. Expected outputs are written by hand.
 */
import { describe, it, assert } from '../harness.js';

interface Minifier {
  minifyTemplates(code: string, id?: string): { code: string; map: unknown } | null;
  minifyCss(text: string): string;
  minifyHtml(text: string): string;
}
// Compiled to build/node/test/node/; the script lives in the repository's scripts/.
const { minifyTemplates, minifyCss } = (await import(
  new URL('../../../../scripts/minify-templates.mjs', import.meta.url).href
)) as Minifier;
const min = (code: string) => minifyTemplates(code)?.code ?? code;

describe('minify-templates: css``', () => {
  it('drops comments, newlines and indentation, and spaces around { } ; , > and after :', () => {
    const src =
      'const s = css`\n  /* the host */\n  :host {\n    display: block;\n    margin: 0 auto;\n  }\n  .a > .b,\n  .c { color: red; }\n`;';
    assert.equal(min(src), 'const s = css`:host{display:block;margin:0 auto}.a>.b,.c{color:red}`;');
  });
  it('keeps the space before a pseudo-class (a descendant selector) and inside strings', () => {
    assert.equal(
      minifyCss('.row :focus-visible { content: "a  :  b"; }'),
      '.row :focus-visible{content:"a  :  b"}',
    );
  });
  it('keeps expressions and the spaces that separate them from values', () => {
    const src = 'css`\n  .x { margin: ${unsafeCSS(gap)} auto;  padding: calc(${n}px + 2px); }\n`';
    assert.equal(min(src), 'css`.x{margin:${unsafeCSS(gap)} auto;padding:calc(${n}px + 2px)}`');
  });
});

describe('minify-templates: html`` and svg``', () => {
  it('collapses runs of white space to one space, never to nothing', () => {
    const src =
      'html`\n  <p class="a\n     b">\n    Hello,   <b>${name}</b> and  ${other}!\n  </p>\n`';
    assert.equal(min(src), 'html` <p class="a b"> Hello, <b>${name}</b> and ${other}! </p> `');
  });
  it('minifies templates nested in expressions and leaves the expressions themselves alone', () => {
    const src =
      "html`<ul>\n  ${items.map((i) => html`<li>  ${i.label}  </li>`)}\n</ul> ${ok ? '  two  spaces  ' : `  ${a}  `}`";
    assert.equal(
      min(src),
      "html`<ul> ${items.map((i) => html`<li> ${i.label} </li>`)} </ul> ${ok ? '  two  spaces  ' : `  ${a}  `}`",
    );
  });
  it('handles braces, strings and regular expressions inside expressions', () => {
    const src = 'svg`<g>\n  ${f({ a: \'}\', b: /`}/g.test(x) ? "`" : 1 / 2 })}\n</g>`';
    assert.equal(min(src), 'svg`<g> ${f({ a: \'}\', b: /`}/g.test(x) ? "`" : 1 / 2 })} </g>`');
  });
  it('keeps escapes in the static text', () => {
    assert.equal(min('html`<p>a\\`  b\\${c}</p>`'), 'html`<p>a\\` b\\${c}</p>`');
  });
});

describe('minify-templates: everything else is untouched', () => {
  it('returns null for a module without tagged templates', () => {
    assert.equal(
      minifyTemplates('const a = `  spaced  ${b}  `; // html`  x  `\nconst c = "css`  y  `";'),
      null,
    );
  });
  it('does not touch other tags or template-looking text in comments and strings', () => {
    const src = "const a = msg`  keep  `; /* css`  keep  ` */ const b = 'html`  keep  `';";
    assert.equal(minifyTemplates(src), null);
  });
  it('gives a source map for what it changed', () => {
    const r = minifyTemplates('const s = css`\n  a { b: c; }\n`;\nexport { s };', 'x.js');
    assert.ok(r && typeof r.map === 'object' && r.map !== null);
  });
});
