// npm run docs:api: writes the API of each element into docs/api.md, between <!-- api:start --> and
// <!-- api:end -->, from the Custom Elements Manifest (custom-elements-manifest.config.mjs), so the
// tables always say what the JSDoc of the element classes says.
//
//   --check            do not write; exit 1 when the file is not up to date
//   --file <file>      another file with the markers (tests)
//   --manifest <file>  read this manifest instead of analysing components/ afresh
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';
/** The elements in the order the README presents them, and the module that registers each. */
const ORDER = [
  'aims-assessment',
  'aims-questionnaire',
  'aims-risk-matrix',
  'aims-soa-table',
  'aims-scorecard',
];
const BASE = 'AimsElement';

function option(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function loadManifest() {
  const given = option('--manifest');
  if (given) return JSON.parse(readFileSync(resolve(given), 'utf8'));
  const out = mkdtempSync(join(tmpdir(), 'aimskit-cem-'));
  try {
    execFileSync(
      process.execPath,
      [
        join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'),
        'analyze',
        '--config',
        join(root, 'custom-elements-manifest.config.mjs'),
        '--outdir',
        relative(root, out),
        '--quiet',
      ],
      { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    return JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Table cell text: one line, pipes escaped. */
const cell = (s) =>
  String(s ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (s) => (s ? `\`${cell(s)}\`` : '');
function table(head, rows) {
  if (!rows.length) return '';
  return (
    [
      `| ${head.join(' | ')} |`,
      `|${head.map(() => '---').join('|')}|`,
      ...rows.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n') + '\n'
  );
}

const own = (list) => (list ?? []).filter((x) => x.inheritedFrom?.name !== BASE);
const fields = (d) => (d.members ?? []).filter((m) => m.kind === 'field' && !m.static);
const methods = (d) => (d.members ?? []).filter((m) => m.kind === 'method' && !m.static);

function propertyRows(d) {
  const attrs = new Map((d.attributes ?? []).map((a) => [a.fieldName ?? a.name, a]));
  return fields(d).map((m) => {
    const a = attrs.get(m.name);
    const notes = [m.readonly ? 'read-only' : '', m.reflects ? 'reflected' : '']
      .filter(Boolean)
      .join(', ');
    return [
      code(m.name),
      a ? code(a.name) : '',
      code(m.type?.text),
      code(m.default),
      cell(m.description) + (notes ? ` (${notes})` : ''),
    ];
  });
}

function signature(m) {
  const params = (m.parameters ?? [])
    .map(
      (p) =>
        `${p.name}${p.optional || p.default ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`,
    )
    .join(', ');
  return `${m.name}(${params})${m.return?.type?.text ? `: ${m.return.type.text}` : ''}`;
}

function section(d, definedIn) {
  const out = [`### \`<${d.tagName}>\``, '', `${cell(d.summary)}`, ''];
  if (definedIn)
    out.push(
      `Registered by \`import 'aimskit'\` or \`import '${definedIn}'\`; class \`${d.name}\`.`,
      '',
    );
  const parts = [
    [
      'Attributes and properties',
      table(
        ['property', 'attribute', 'type', 'default', 'description'],
        propertyRows({ ...d, members: own(d.members) }),
      ),
    ],
    [
      'Methods',
      table(
        ['method', 'description'],
        own(methods(d)).map((m) => [code(signature(m)), cell(m.description)]),
      ),
    ],
    [
      'Events',
      table(
        ['event', 'description'],
        own(d.events).map((e) => [code(e.name), cell(e.description)]),
      ),
    ],
    [
      'Slots',
      table(
        ['slot', 'description'],
        own(d.slots).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
      ),
    ],
    [
      'CSS parts',
      table(
        ['part', 'description'],
        own(d.cssParts).map((p) => [code(p.name), cell(p.description)]),
      ),
    ],
    [
      'CSS custom properties',
      table(
        ['property', 'default', 'description'],
        own(d.cssProperties).map((p) => [code(p.name), code(p.default), cell(p.description)]),
      ),
    ],
  ];
  for (const [title, body] of parts) if (body) out.push(`**${title}**`, '', body);
  return out.join('\n');
}

/** The markdown between the markers. */
export function renderApi(manifest) {
  const decls = manifest.modules.flatMap((m) =>
    (m.declarations ?? []).map((d) => ({ ...d, path: m.path })),
  );
  const definedIn = new Map();
  for (const m of manifest.modules) {
    for (const e of m.exports ?? []) {
      const name = /^components\/([\w-]+)\/define\.ts$/.exec(m.path)?.[1];
      if (e.kind === 'custom-element-definition' && name)
        definedIn.set(e.name, `aimskit/components/${name}.js`);
    }
  }
  const base = decls.find((d) => d.name === BASE);
  const rank = (tag) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);
  const elements = decls
    .filter((d) => d.tagName)
    .sort((x, y) => rank(x.tagName) - rank(y.tagName) || x.tagName.localeCompare(y.tagName));
  if (!elements.length) throw new Error('api-docs: the manifest has no elements');
  const out = [
    '',
    "<!-- Generated by `npm run docs:api` from the elements' JSDoc (custom-elements.json). Do not edit by hand. -->",
    '',
  ];
  if (base) {
    out.push(
      '### Every element',
      '',
      'Each element below also has these, from their common base class:',
      '',
      table(['property', 'attribute', 'type', 'default', 'description'], propertyRows(base)),
      '**Design tokens** (CSS custom properties read by every element; set them on the element or any ancestor)',
      '',
      table(
        ['property', 'default', 'description'],
        (base.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
      ),
    );
  }
  for (const d of elements) out.push(section(d, definedIn.get(d.tagName)));
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n\n`;
}

/** A file's text with the section between the markers replaced. */
export function withApi(readme, api) {
  const a = readme.indexOf(START),
    b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`api-docs: the file needs ${START} … ${END} markers`);
  return `${readme.slice(0, a + START.length)}\n${api}${readme.slice(b)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = resolve(option('--file') ?? join(root, 'docs/api.md'));
  const before = readFileSync(file, 'utf8');
  const after = withApi(before, renderApi(loadManifest()));
  if (process.argv.includes('--check')) {
    if (after !== before) {
      console.error(
        `api-docs: the API tables in ${file} are out of date with the elements' JSDoc. Run \`npm run docs:api\` and commit docs/api.md.`,
      );
      process.exit(1);
    }
    console.log(`api-docs: ${relative(root, file)} is up to date`);
  } else if (after !== before) {
    writeFileSync(file, after);
    console.log(`api-docs: updated ${file}`);
  } else {
    console.log(`api-docs: ${relative(root, file)} was already up to date`);
  }
}
