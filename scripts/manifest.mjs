// The shipped Custom Elements Manifest and the editor data made from it (npm run build, step 6):
//
//   node scripts/manifest.mjs [analysed = build/cem/custom-elements.json] [outdir = dist]
//
// The analyzer (custom-elements-manifest.config.mjs) describes the TypeScript sources, module by
// module. The package ships bundled files instead, so this script writes:
// - dist/custom-elements.json: one module per shipped file a user imports
//   (`dist/components/<name>.js` for each element, `dist/index.js` for the base classes and the
//   event classes), every reference
//   pointing at one of those modules, and every event typed with its event class;
// - dist/vscode.html-custom-data.json: VS Code's HTML custom data (tags, attributes, attribute
//   values), which VS Code reads from the `html.customData` setting;
// - dist/web-types.json: JetBrains Web Types (elements, attributes, properties, events), which the
//   IDEs find through the `web-types` field of package.json.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const INDEX = 'dist/index.js';

/** `dist/components/<name>.js` for the source module `components/<name>/define.ts`. */
function shippedDefineModule(sourcePath) {
  const name = /^components\/([\w-]+)\/define\.ts$/.exec(sourcePath)?.[1];
  return name ? `dist/components/${name}.js` : undefined;
}

/**
 * The event class of every `aims-*` event, from the `GlobalEventHandlersEventMap` declarations in
 * components/ (e.g. `'aims-submit': AimsSubmitEvent;`).
 */
export function eventClassesOf(componentsDir = join(root, 'components')) {
  const classes = new Map();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) {
        const text = readFileSync(path, 'utf8');
        const block = /interface GlobalEventHandlersEventMap\s*\{([^}]*)\}/.exec(text)?.[1];
        if (!block) continue;
        for (const entry of block.matchAll(/'(aims-[\w-]+)':\s*(\w+);/g))
          classes.set(entry[1], entry[2]);
      }
    }
  };
  walk(componentsDir);
  return classes;
}

/** Calls `visit(object)` for every object nested anywhere in `value`. */
function eachObject(value, visit) {
  if (Array.isArray(value)) {
    for (const item of value) eachObject(item, visit);
  } else if (value && typeof value === 'object') {
    visit(value);
    for (const child of Object.values(value)) eachObject(child, visit);
  }
}

/**
 * The manifest of the shipped files, from the analyzer's manifest of the sources. `eventClasses`
 * maps an event name to the class that carries it.
 */
export function shippedManifest(analysed, eventClasses) {
  const sourceModules = analysed.modules ?? [];
  const byPath = new Map(sourceModules.map((module) => [module.path, module]));
  // Which shipped module each public declaration lives in.
  const home = new Map();
  const elements = []; // { tag, declaration, module }
  for (const module of sourceModules) {
    const shipped = shippedDefineModule(module.path);
    if (!shipped) continue;
    for (const entry of module.exports ?? []) {
      if (entry.kind !== 'custom-element-definition') continue;
      const declarationModule = byPath.get(entry.declaration.module);
      const declaration = declarationModule?.declarations?.find(
        (candidate) => candidate.name === entry.declaration.name,
      );
      if (!declaration) continue;
      home.set(declaration.name, shipped);
      elements.push({ tag: entry.name, declaration, module: shipped });
    }
  }
  // Classes `import 'aimskit'` exports besides the elements: the base classes and the events.
  const indexModule = byPath.get('components/index.ts');
  const indexNames = new Set();
  const starModules = [];
  for (const entry of indexModule?.exports ?? []) {
    if (entry.name === '*') starModules.push(entry.declaration.module);
    else indexNames.add(entry.name);
  }
  const indexClasses = [];
  for (const module of sourceModules) {
    if (!module.path.startsWith('components/')) continue;
    const exportedByStar = starModules.includes(module.path);
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class' || home.has(declaration.name)) continue;
      if (!exportedByStar && !indexNames.has(declaration.name)) continue;
      home.set(declaration.name, INDEX);
      indexClasses.push(declaration);
    }
  }

  const copy = (value) => structuredClone(value);
  const shippedElements = elements.map(({ tag, declaration, module }) => {
    const element = copy(declaration);
    element.tagName = tag;
    element.customElement = true;
    // An attribute without a description belongs to an undocumented (internal) field.
    const documented = new Set((element.members ?? []).map((member) => member.name));
    element.attributes = (element.attributes ?? []).filter(
      (attribute) => attribute.description || documented.has(attribute.fieldName),
    );
    for (const member of element.members ?? [])
      if (member.attribute && !element.attributes.some((a) => a.name === member.attribute))
        delete member.attribute;
    for (const event of element.events ?? []) {
      const eventClass = eventClasses.get(event.name);
      if (!eventClass) throw new Error(`manifest: no event class declares ${event.name}`);
      event.type = { text: eventClass };
    }
    return { tag, element, module };
  });

  const modules = shippedElements.map(({ tag, element, module }) => ({
    kind: 'javascript-module',
    path: module,
    declarations: [element],
    exports: [
      { kind: 'js', name: element.name, declaration: { name: element.name, module } },
      { kind: 'custom-element-definition', name: tag, declaration: { name: element.name, module } },
    ],
  }));
  modules.push({
    kind: 'javascript-module',
    path: INDEX,
    declarations: indexClasses.map(copy),
    exports: [
      ...[...home].map(([name, module]) => ({ kind: 'js', name, declaration: { name, module } })),
      ...shippedElements.map(({ tag, element, module }) => ({
        kind: 'custom-element-definition',
        name: tag,
        declaration: { name: element.name, module },
      })),
    ],
  });
  // Every reference names a shipped module; a reference to something the package does not export
  // (a global such as Event) keeps its name only.
  const shippedPaths = new Set(modules.map((module) => module.path));
  eachObject(modules, (object) => {
    if (typeof object.module !== 'string' || typeof object.name !== 'string') return;
    if (shippedPaths.has(object.module)) return;
    const target = home.get(object.name);
    if (target) object.module = target;
    else delete object.module;
  });
  return { schemaVersion: analysed.schemaVersion ?? '2.1.0', readme: '', modules };
}

/** The custom elements of a (shipped) manifest with the module each is defined in. */
export function elementsIn(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({ module: module.path, declaration })),
  );
}

/** The string literals of a type like `'light' | 'dark' | undefined`, or [] when it has others. */
function literalValues(typeText) {
  const alternatives = String(typeText ?? '')
    .split('|')
    .map((alternative) => alternative.trim())
    .filter((alternative) => alternative && alternative !== 'undefined');
  const literals = alternatives.map((alternative) => /^'([^']*)'$/.exec(alternative)?.[1]);
  return literals.length > 0 && literals.every((literal) => literal !== undefined) ? literals : [];
}
const isBoolean = (typeText) => String(typeText ?? '').trim() === 'boolean';

/** VS Code HTML custom data (version 1.1) for every element of the manifest. */
export function vscodeCustomData(manifest) {
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elementsIn(manifest).map(({ declaration }) => ({
      name: declaration.tagName,
      description: declaration.summary ?? declaration.description ?? '',
      attributes: (declaration.attributes ?? []).map((attribute) => {
        const values = literalValues(attribute.type?.text);
        return {
          name: attribute.name,
          description: attribute.description ?? '',
          ...(isBoolean(attribute.type?.text) ? { valueSet: 'v' } : {}),
          ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
    })),
  };
}

/** JetBrains Web Types for every element of the manifest. */
export function webTypes(manifest, { name, version }) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name,
    version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elementsIn(manifest).map(({ module, declaration }) => ({
          name: declaration.tagName,
          description: declaration.summary ?? declaration.description ?? '',
          source: { module: module.replace(/^dist\//, `${name}/`), symbol: declaration.name },
          attributes: (declaration.attributes ?? []).map((attribute) => ({
            name: attribute.name,
            description: attribute.description ?? '',
            value: isBoolean(attribute.type?.text)
              ? { type: 'boolean', required: false }
              : { type: attribute.type?.text ?? 'string' },
          })),
          js: {
            properties: (declaration.members ?? [])
              .filter((member) => member.kind === 'field' && !member.static)
              .map((member) => ({
                name: member.name,
                description: member.description ?? '',
                ...(member.type?.text ? { type: member.type.text } : {}),
              })),
            events: (declaration.events ?? []).map((event) => ({
              name: event.name,
              description: event.description ?? '',
              type: event.type?.text,
            })),
          },
          css: {
            parts: (declaration.cssParts ?? []).map((part) => ({
              name: part.name,
              description: part.description ?? '',
            })),
            properties: (declaration.cssProperties ?? []).map((property) => ({
              name: property.name,
              description: property.description ?? '',
            })),
          },
        })),
      },
    },
  };
}

if (resolve(process.argv[1] ?? '') === resolve(new URL(import.meta.url).pathname)) {
  const [analysedPath = join(root, 'build/cem/custom-elements.json'), outDir = join(root, 'dist')] =
    process.argv.slice(2);
  const analysed = JSON.parse(readFileSync(analysedPath, 'utf8'));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const manifest = shippedManifest(analysed, eventClassesOf());
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  writeFileSync(join(outDir, 'custom-elements.json'), json(manifest));
  writeFileSync(join(outDir, 'vscode.html-custom-data.json'), json(vscodeCustomData(manifest)));
  writeFileSync(join(outDir, 'web-types.json'), json(webTypes(manifest, pkg)));
  console.log(
    `manifest: custom-elements.json, vscode.html-custom-data.json, web-types.json for ${elementsIn(
      manifest,
    )
      .map(({ declaration }) => declaration.tagName)
      .join(', ')}`,
  );
}
