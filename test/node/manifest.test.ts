// scripts/manifest.mjs on a small analyzer manifest of TypeScript sources: the shipped manifest
// names the built modules (never a .ts file), types every event with its class (read from the
// GlobalEventHandlersEventMap declarations in components/), leaves out undocumented attributes,
// and the VS Code and JetBrains data list the same elements, attributes and events.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const dir = join(root, 'build/manifest-test');
const script = join(root, 'scripts/manifest.mjs');

/** What the analyzer writes for one element, its base class, its events and a helper module. */
function analysed(eventName: string) {
  return {
    schemaVersion: '2.1.0',
    modules: [
      {
        kind: 'javascript-module',
        path: 'components/widget/widget.ts',
        declarations: [
          {
            kind: 'class',
            name: 'AimsWidget',
            description: 'A widget.',
            superclass: { name: 'AimsElement', module: 'components/base/aims-element.ts' },
            members: [
              {
                kind: 'field',
                name: 'mode',
                type: { text: "'light' | 'dark' | undefined" },
                description: 'The mode.',
                attribute: 'mode',
              },
            ],
            attributes: [
              { name: 'mode', type: { text: "'light' | 'dark' | undefined" }, fieldName: 'mode' },
              { name: 'open', type: { text: 'boolean' }, description: 'Open.', fieldName: 'open' },
              { name: 'internal-state', type: { text: 'string' }, fieldName: 'internalState' },
            ],
            events: [{ name: eventName, description: 'something changed' }],
          },
        ],
        exports: [
          {
            kind: 'js',
            name: 'AimsWidget',
            declaration: { name: 'AimsWidget', module: 'components/widget/widget.ts' },
          },
        ],
      },
      {
        kind: 'javascript-module',
        path: 'components/widget/define.ts',
        declarations: [],
        exports: [
          {
            kind: 'custom-element-definition',
            name: 'aims-widget',
            declaration: { name: 'AimsWidget', module: 'components/widget/widget.ts' },
          },
        ],
      },
      {
        kind: 'javascript-module',
        path: 'components/base/aims-element.ts',
        declarations: [
          {
            kind: 'class',
            name: 'AimsElement',
            superclass: { name: 'LitElement', package: 'lit' },
          },
        ],
      },
      {
        kind: 'javascript-module',
        path: 'components/base/events.ts',
        declarations: [
          {
            kind: 'class',
            name: 'AimsEvent',
            superclass: { name: 'Event', module: 'components/base/events.ts' },
          },
          {
            kind: 'class',
            name: 'AimsChangeEvent',
            superclass: { name: 'AimsEvent', module: 'components/base/events.ts' },
          },
        ],
      },
      {
        kind: 'javascript-module',
        path: 'components/widget/helpers.ts',
        declarations: [{ kind: 'function', name: 'helper' }],
      },
      {
        kind: 'javascript-module',
        path: 'components/index.ts',
        exports: [
          {
            kind: 'js',
            name: 'AimsWidget',
            declaration: { name: 'AimsWidget', module: './widget/define.ts' },
          },
          {
            kind: 'js',
            name: 'AimsElement',
            declaration: { name: 'AimsElement', module: './base/aims-element.ts' },
          },
          {
            kind: 'js',
            name: '*',
            declaration: { name: '*', module: 'components/base/events.ts' },
          },
        ],
      },
    ],
  };
}

function run(name: string, eventName: string) {
  const out = join(dir, name);
  mkdirSync(out, { recursive: true });
  const input = join(out, 'analysed.json');
  writeFileSync(input, JSON.stringify(analysed(eventName)));
  return { out, result: spawnSync(process.execPath, [script, input, out], { encoding: 'utf8' }) };
}
const read = (out: string, file: string) => JSON.parse(readFileSync(join(out, file), 'utf8'));

describe('scripts/manifest.mjs', () => {
  let out = '';
  before(() => {
    rmSync(dir, { recursive: true, force: true });
    const made = run('ok', 'aims-change');
    assert.equal(made.result.status, 0, made.result.stderr);
    out = made.out;
  });

  it('names the shipped modules and no TypeScript source', () => {
    const manifest = read(out, 'custom-elements.json');
    assert.deepEqual(
      manifest.modules.map((m: { path: string }) => m.path),
      ['dist/components/widget.js', 'dist/index.js'],
    );
    assert.doesNotMatch(JSON.stringify(manifest), /\.ts"/);
    const widget = manifest.modules[0].declarations[0];
    assert.equal(widget.tagName, 'aims-widget');
    assert.deepEqual(widget.superclass, { name: 'AimsElement', module: 'dist/index.js' });
    const index = manifest.modules[1];
    const aimsEvent = index.declarations.find((d: { name: string }) => d.name === 'AimsEvent');
    assert.deepEqual(aimsEvent.superclass, { name: 'Event' }, 'a global keeps its name only');
    assert.ok(
      index.exports.some(
        (e: { kind: string; name: string }) =>
          e.kind === 'custom-element-definition' && e.name === 'aims-widget',
      ),
    );
  });

  it('types each event with its class and leaves out undocumented attributes', () => {
    const widget = read(out, 'custom-elements.json').modules[0].declarations[0];
    assert.deepEqual(widget.events[0].type, { text: 'AimsChangeEvent' });
    assert.deepEqual(
      widget.attributes.map((a: { name: string }) => a.name),
      ['mode', 'open'],
    );
  });

  it('writes VS Code custom data and web-types with the same elements, attributes and events', () => {
    const vscode = read(out, 'vscode.html-custom-data.json');
    assert.equal(vscode.version, 1.1);
    assert.deepEqual(vscode.tags[0].attributes, [
      { name: 'mode', description: '', values: [{ name: 'light' }, { name: 'dark' }] },
      { name: 'open', description: 'Open.', valueSet: 'v' },
    ]);
    const element = read(out, 'web-types.json').contributions.html.elements[0];
    assert.equal(element.name, 'aims-widget');
    assert.deepEqual(element.source, {
      module: 'aimskit/components/widget.js',
      symbol: 'AimsWidget',
    });
    assert.deepEqual(
      element.attributes.map((a: { name: string }) => a.name),
      ['mode', 'open'],
    );
    assert.deepEqual(element.js.events, [
      { name: 'aims-change', description: 'something changed', type: 'AimsChangeEvent' },
    ]);
  });

  it('fails, naming the event, when no class declares an event', () => {
    const { result } = run('unknown-event', 'aims-no-such-event');
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /no event class declares aims-no-such-event/);
  });
});
