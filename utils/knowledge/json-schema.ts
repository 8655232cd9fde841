/**
 * A small JSON Schema interpreter for the subset `assets/knowledge/schema.json` uses
 * (type, enum, required, properties, additionalProperties, items, min/max sizes, pattern,
 * local `$ref`, anyOf). Shipping our own keeps the extension free of code generation
 * (`new Function`), which extension-page CSPs forbid, and gives errors a field path.
 */
export interface SchemaNode {
  $ref?: string;
  type?: 'object' | 'array' | 'string' | 'boolean' | 'number';
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean;
  items?: SchemaNode;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  anyOf?: SchemaNode[];
  $defs?: Record<string, SchemaNode>;
}

export interface SchemaError {
  /** Where the problem is, such as `entities[3].sources[0].url`. */
  path: string;
  message: string;
}

const patternCache = new Map<string, RegExp>();

function compilePattern(source: string): RegExp {
  let re = patternCache.get(source);
  if (!re) patternCache.set(source, (re = new RegExp(source, 'u')));
  return re;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/** Checks `value` against `node`, pushing every problem found into `errors`. */
export function checkSchema(
  value: unknown,
  node: SchemaNode,
  root: SchemaNode,
  path: string,
  errors: SchemaError[],
): void {
  if (node.$ref) {
    const name = node.$ref.replace('#/$defs/', '');
    const target = root.$defs?.[name];
    if (!target) throw new Error(`Schema has no definition ${node.$ref}`);
    checkSchema(value, target, root, path, errors);
    return;
  }
  if (node.anyOf) {
    const tries = node.anyOf.map((option) => {
      const found: SchemaError[] = [];
      checkSchema(value, option, root, path, found);
      return found;
    });
    if (tries.some((found) => found.length === 0)) return;
    // Report the option of the value's own type, so the message names the real problem.
    const wrongType = (found: SchemaError[]) => found.some((e) => e.path === path && e.message.startsWith('must be a'));
    const fitting = tries.filter((found) => !wrongType(found));
    const pool = fitting.length > 0 ? fitting : tries;
    errors.push(...pool.reduce((best, found) => (found.length < best.length ? found : best)));
    return;
  }
  if (node.enum && !node.enum.includes(value)) {
    errors.push({ path, message: `must be one of ${node.enum.map((v) => JSON.stringify(v)).join(', ')}` });
    return;
  }
  const actual = typeOf(value);
  if (node.type && actual !== node.type) {
    errors.push({ path, message: `must be ${node.type === 'array' || node.type === 'object' ? 'an' : 'a'} ${node.type}, not ${actual}` });
    return;
  }
  if (typeof value === 'string') checkString(value, node, path, errors);
  else if (Array.isArray(value)) checkArray(value, node, root, path, errors);
  else if (actual === 'object') checkObject(value as Record<string, unknown>, node, root, path, errors);
}

function checkString(value: string, node: SchemaNode, path: string, errors: SchemaError[]): void {
  if (node.minLength !== undefined && value.length < node.minLength) {
    errors.push({ path, message: node.minLength === 1 ? 'must not be empty' : `must be at least ${node.minLength} characters` });
  }
  if (node.maxLength !== undefined && value.length > node.maxLength) {
    errors.push({ path, message: `must be at most ${node.maxLength} characters (has ${value.length})` });
  }
  if (node.pattern && !compilePattern(node.pattern).test(value)) {
    errors.push({ path, message: describePattern(node.pattern) });
  }
}

/** Turns the schema's few patterns into words a pack author understands. */
function describePattern(pattern: string): string {
  if (pattern.startsWith('^https://')) return 'must be an https:// URL';
  if (pattern === '^[^<>]*$') return 'must not contain HTML (< or >)';
  if (pattern.startsWith('^\\d{4}')) return 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD';
  if (pattern.startsWith('^[a-z0-9]')) return 'must be a slug of lower-case letters, digits and single hyphens';
  return `must match ${pattern}`;
}

function checkArray(value: unknown[], node: SchemaNode, root: SchemaNode, path: string, errors: SchemaError[]): void {
  if (node.minItems !== undefined && value.length < node.minItems) {
    errors.push({ path, message: `must have at least ${node.minItems} item${node.minItems === 1 ? '' : 's'}` });
  }
  if (node.maxItems !== undefined && value.length > node.maxItems) {
    errors.push({ path, message: `must have at most ${node.maxItems} items (has ${value.length})` });
    return;
  }
  if (node.items) value.forEach((item, i) => checkSchema(item, node.items!, root, joinPath(path, i), errors));
}

function checkObject(
  value: Record<string, unknown>,
  node: SchemaNode,
  root: SchemaNode,
  path: string,
  errors: SchemaError[],
): void {
  for (const key of node.required ?? []) {
    if (!(key in value)) errors.push({ path: joinPath(path, key), message: 'is required' });
  }
  for (const [key, child] of Object.entries(value)) {
    const schema = node.properties?.[key];
    if (schema) checkSchema(child, schema, root, joinPath(path, key), errors);
    else if (node.additionalProperties === false) errors.push({ path: joinPath(path, key), message: 'is not a known field' });
  }
}
