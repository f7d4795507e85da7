// A Vite/Rollup plugin of our own that shrinks the static text of Lit's tagged templates in our own
// elements (components/**) at build time: css`…`          comments removed, white space collapsed,
// no spaces around { } ; , > or after : html`…` svg`…`  runs of white space collapsed to one space
// (never to nothing: inline spacing matters) The `${…}` expressions are never touched (templates
// nested in them are minified on their own), nor is anything outside these templates. Used by
// scripts/build.mjs (both builds) and scripts/size.mjs.
import MagicString from 'magic-string';

const TAGS = new Set(['css', 'html', 'svg']);
/** After one of these (or at the start), a `/` opens a regular expression rather than dividing. */
const REGEX_BEFORE = new Set([...'(,=:[!&|?{};+-*%<>~^', '']);
const IDENT = /[\w$]/;

/**
 * CSS text: drop comments, collapse white space, tighten around punctuation; quoted strings are
 * kept.
 */
export function minifyCss(text) {
  let out = '';
  for (const part of text.split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)) {
    if (part.startsWith('"') || part.startsWith("'")) {
      out += part;
      continue;
    }
    out += part
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,>]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/;}/g, '}');
  }
  return out;
}

/** HTML (or SVG) text: every run of white space becomes one space. */
export const minifyHtml = (text) => text.replace(/\s+/g, ' ');

/**
 * Finds the tagged templates in `code` and calls `edit(start, end, text, tag, first, last)` for
 * each static part (between the backtick and `${`, or `}` and the next `${` or backtick).
 */
function scan(code, edit) {
  let i = 0;
  const n = code.length;
  const lastSignificant = () => {
    let j = i - 1;
    while (j >= 0 && /\s/.test(code[j])) j--;
    return j < 0 ? '' : code[j];
  };
  const skipString = (q) => {
    for (i++; i < n && code[i] !== q; i++) if (code[i] === '\\') i++;
    i++;
  };
  const skipRegex = () => {
    let inClass = false;
    for (i++; i < n; i++) {
      const c = code[i];
      if (c === '\\') i++;
      else if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      else if (c === '/' && !inClass) break;
      else if (c === '\n') return;
    }
    i++;
  };
  // The tag right before a backtick: the identifier ending there (`html`, `css`, `svg`).
  const tagBefore = (at) => {
    let j = at - 1;
    while (j >= 0 && IDENT.test(code[j])) j--;
    return code.slice(j + 1, at);
  };
  /**
   * Reads a template literal starting at the backtick at `i`; leaves `i` after its closing
   * backtick.
   */
  const template = () => {
    const tag = TAGS.has(tagBefore(i)) ? tagBefore(i) : '';
    i++;
    let start = i;
    let first = true;
    for (; i < n; i++) {
      const c = code[i];
      if (c === '\\') {
        i++;
      } else if (c === '`') {
        if (tag) edit(start, i, tag, first, true);
        i++;
        return;
      } else if (c === '$' && code[i + 1] === '{') {
        if (tag) edit(start, i, tag, first, false);
        i += 2;
        codeUntilBrace(true);
        start = i;
        i--; // the loop's i++ steps back onto `start`
        first = false;
      }
    }
  };
  /**
   * Reads code until the brace depth falls below zero (the end of a `${…}`), or the end of input.
   */
  const codeUntilBrace = (inExpression) => {
    let depth = 0;
    while (i < n) {
      const c = code[i];
      if (c === '/' && code[i + 1] === '/') {
        while (i < n && code[i] !== '\n') i++;
      } else if (c === '/' && code[i + 1] === '*') {
        const end = code.indexOf('*/', i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c === '"' || c === "'") {
        skipString(c);
      } else if (c === '`') {
        template();
      } else if (
        c === '/' &&
        (REGEX_BEFORE.has(lastSignificant()) ||
          /\b(return|typeof|case|in|of|void|yield|await)\s*$/.test(
            code.slice(Math.max(0, i - 12), i),
          ))
      ) {
        skipRegex();
      } else {
        if (c === '{') depth++;
        else if (c === '}') {
          if (inExpression && depth === 0) {
            i++;
            return;
          }
          depth--;
        }
        i++;
      }
    }
  };
  codeUntilBrace(false);
}

/**
 * Minifies the tagged templates of one module's source; returns `{ code, map }` or null when
 * unchanged.
 */
export function minifyTemplates(code, id = 'module.js') {
  const s = new MagicString(code);
  let changed = false;
  scan(code, (start, end, tag, first, last) => {
    const text = code.slice(start, end);
    let out = tag === 'css' ? minifyCss(text) : minifyHtml(text);
    // Only CSS loses its outer white space: an html`` part may sit inside a sentence.
    if (tag === 'css' && first) out = out.trimStart();
    if (tag === 'css' && last) out = out.trimEnd();
    if (out !== text) {
      changed = true;
      if (out) s.overwrite(start, end, out);
      else s.remove(start, end);
    }
  });
  return changed ? { code: s.toString(), map: s.generateMap({ source: id, hires: true }) } : null;
}

/** The Vite/Rollup plugin: our own element sources only (components/**), never node_modules. */
export function minifyTemplatesPlugin() {
  return {
    name: 'aimskit-minify-templates',
    transform(code, id) {
      if (!/\/components\/.*\.[cm]?[jt]s$/.test(id) || id.includes('/node_modules/')) return null;
      return minifyTemplates(code, id);
    },
  };
}
