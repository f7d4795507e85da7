// House rules for ESLint (eslint.config.js) that no published plugin states the way
// docs/development.md does: names a reader can follow, and one statement doing one thing.

/** Names a reader can follow: one letter is enough only for a tiny lambda's parameter. */
const descriptiveNames = {
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'No one-letter fields, locals or parameters, except the parameters of a tiny lambda',
    },
    schema: [],
    messages: {
      local: '"{{name}}" says nothing about what it holds: give the {{what}} a name',
      field: 'field "{{name}}": a field is a word (shape, options, weight), never one letter',
    },
  },
  create(context) {
    /** Coordinates are the one case where a letter is the word. */
    const FIELD_EXCEPTIONS = new Set(['x', 'y']);
    const isShort = (name) => typeof name === 'string' && name.length === 1 && name !== '_';

    /** A tiny lambda: an arrow function whose body is one expression, not a block. */
    const isTinyLambda = (fn) =>
      fn && fn.type === 'ArrowFunctionExpression' && fn.body.type !== 'BlockStatement';

    function reportBinding(pattern, what, owner) {
      if (!pattern) return;
      switch (pattern.type) {
        case 'Identifier':
          if (isShort(pattern.name) && !isTinyLambda(owner)) {
            context.report({
              node: pattern,
              messageId: 'local',
              data: { name: pattern.name, what },
            });
          }
          return;
        case 'AssignmentPattern':
          reportBinding(pattern.left, what, owner);
          return;
        case 'RestElement':
          reportBinding(pattern.argument, what, owner);
          return;
        case 'ArrayPattern':
          for (const element of pattern.elements) reportBinding(element, what, owner);
          return;
        case 'ObjectPattern':
          for (const property of pattern.properties) {
            reportBinding(property.type === 'Property' ? property.value : property, what, owner);
          }
          return;
        case 'TSParameterProperty':
          reportBinding(pattern.parameter, 'field', null);
          return;
        default:
          return;
      }
    }

    function reportField(key, node) {
      if (!key || node.computed) return;
      const name = key.type === 'Identifier' ? key.name : key.type === 'Literal' ? key.value : null;
      if (isShort(name) && !FIELD_EXCEPTIONS.has(name)) {
        context.report({ node: key, messageId: 'field', data: { name } });
      }
    }

    function checkFunction(fn) {
      for (const param of fn.params) reportBinding(param, 'parameter', fn);
    }

    return {
      VariableDeclarator: (node) => reportBinding(node.id, 'variable', null),
      FunctionDeclaration: (node) => {
        reportBinding(node.id, 'function', null);
        checkFunction(node);
      },
      FunctionExpression: checkFunction,
      ArrowFunctionExpression: checkFunction,
      CatchClause: (node) => reportBinding(node.param, 'caught error', null),
      TSPropertySignature: (node) => reportField(node.key, node),
      PropertyDefinition: (node) => reportField(node.key, node),
      MethodDefinition: (node) => reportField(node.key, node),
      'ObjectExpression > Property': (node) => {
        if (!node.shorthand) reportField(node.key, node);
      },
    };
  },
};

/**
 * An assignment is a statement of its own: not inside a condition, an argument or another
 * expression.
 */
const noAssignmentInExpression = {
  meta: {
    type: 'suggestion',
    docs: { description: 'Assignments stand as statements of their own' },
    schema: [],
    messages: {
      inside: 'assignment inside an expression: give it a statement of its own',
    },
  },
  create(context) {
    /** Where an assignment is the whole of what is done. */
    function standsAlone(node) {
      const parent = node.parent;
      if (parent.type === 'ExpressionStatement') return true;
      if (parent.type === 'ForStatement') return parent.init === node || parent.update === node;
      // `(event) => (this.value = event.target.value)`: the arrow's body is the one statement.
      if (parent.type === 'ArrowFunctionExpression') return parent.body === node;
      return false;
    }
    return {
      AssignmentExpression(node) {
        if (!standsAlone(node)) context.report({ node, messageId: 'inside' });
      },
    };
  },
};

export const houseRules = {
  meta: { name: 'aimskit-house-rules' },
  rules: {
    'descriptive-names': descriptiveNames,
    'no-assignment-in-expression': noAssignmentInExpression,
  },
};
