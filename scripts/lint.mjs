// House-rule lint (npm run lint). Fails when:
// - src/ imports lit, @lit/*, or anything under components/ (arrows point down);
// - src/ outside src/store/ reaches for browser-only APIs (IndexedDB, BroadcastChannel, document, window, localStorage);
// - any shipped code uses eval, new Function, unsafeHTML, innerHTML/outerHTML assignment or insertAdjacentHTML
//   (untrusted text stays text, and nothing may need 'unsafe-eval').
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory()
      ? walk(p)
      : /\.(ts|js|mjs)$/.test(name) && !name.endsWith('.d.ts')
        ? [p]
        : [];
  });
const files = (dir) => {
  try {
    return walk(join(root, dir));
  } catch {
    return [];
  }
};

const problems = [];
const report = (file, lineNo, rule) => problems.push(`${relative(root, file)}:${lineNo}: ${rule}`);

const importRe =
  /(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s*['"]([^'"]+)['"]/g;
for (const file of files('src')) {
  const text = readFileSync(file, 'utf8');
  const rel = relative(root, file).split(sep).join('/');
  for (const m of text.matchAll(importRe)) {
    const spec = m[1] ?? m[2] ?? m[3];
    const line = text.slice(0, m.index).split('\n').length;
    if (spec === 'lit' || spec.startsWith('lit/') || spec.startsWith('@lit/'))
      report(file, line, `src/ must not import "${spec}" (lit belongs to components/)`);
    if (/(^|\/)components(\/|$)/.test(spec))
      report(file, line, `src/ must not import components/ ("${spec}")`);
  }
  if (!rel.startsWith('src/store/')) {
    text.split('\n').forEach((l, i) => {
      const code = l.replace(/\/\/.*$/, '');
      if (
        /\b(indexedDB|BroadcastChannel|localStorage|sessionStorage|document|window)\s*[.(]/.test(
          code,
        )
      )
        report(file, i + 1, 'browser API outside src/store/');
    });
  }
}

for (const file of [...files('src'), ...files('components')]) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((l, i) => {
      const code = l.replace(/\/\/.*$/, '');
      if (/\beval\s*\(/.test(code)) report(file, i + 1, 'eval is forbidden');
      if (/\bnew\s+Function\s*\(/.test(code)) report(file, i + 1, 'new Function is forbidden');
      if (/\bunsafe(HTML|SVG|Statics)\b/.test(code))
        report(file, i + 1, 'unsafeHTML/unsafeSVG/unsafeStatics are forbidden');
      if (/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML\s*\(/.test(code))
        report(file, i + 1, 'HTML string injection is forbidden');
    });
}

if (problems.length) {
  console.error(`lint: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`lint: ok (${files('src').length + files('components').length} files)`);
