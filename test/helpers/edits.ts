/**
 * Edits a person makes to an API description that change no status code:
 * the baseline and the diff must see through them (test/baseline.test.ts,
 * test/diff.test.ts, scripts/baseline-robustness.cjs). Each takes a parsed
 * document and returns a new one.
 */
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** The path items in reverse order, and each operation's responses in reverse order. */
export function reorder(doc: Obj): Obj {
  const out = clone(doc);
  const paths = out.paths as Obj;
  out.paths = Object.fromEntries(
    Object.entries(paths)
      .reverse()
      .map(([key, item]) => {
        if (!isObj(item)) return [key, item];
        const reversed: Obj = Object.fromEntries(Object.entries(item).reverse());
        for (const method of METHODS) {
          const op = reversed[method];
          if (isObj(op) && isObj(op.responses))
            op.responses = Object.fromEntries(Object.entries(op.responses).reverse());
        }
        return [key, reversed];
      }),
  );
  return out;
}

/**
 * Every inline response moved into `components/responses` (OpenAPI 3) or
 * the root `responses` (Swagger 2), each under a name of its own, and
 * referenced where it was.
 */
export function responsesToComponents(doc: Obj): Obj {
  const out = clone(doc);
  const swagger = out.swagger !== undefined;
  const store: Obj = swagger
    ? ((out.responses as Obj | undefined) ?? (out.responses = {}))
    : ((((out.components as Obj | undefined) ?? (out.components = {})).responses as Obj) ?? {});
  if (!swagger) (out.components as Obj).responses = store;
  let n = 0;
  for (const item of Object.values(out.paths as Obj)) {
    if (!isObj(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isObj(op) || !isObj(op.responses)) continue;
      for (const [code, response] of Object.entries(op.responses)) {
        if (!isObj(response) || response.$ref !== undefined) continue;
        const name = `Moved${++n}`;
        store[name] = response;
        op.responses[code] = { $ref: swagger ? `#/responses/${name}` : `#/components/responses/${name}` };
      }
    }
  }
  return out;
}

/** Every local response `$ref` replaced by a copy of its definition (the way back). */
export function componentsToResponses(doc: Obj): Obj {
  const out = clone(doc);
  const lookup = (ref: string): unknown =>
    ref
      .slice(2)
      .split('/')
      .reduce<unknown>(
        (node, seg) => (isObj(node) ? node[seg.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined),
        out,
      );
  for (const item of Object.values(out.paths as Obj)) {
    if (!isObj(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isObj(op) || !isObj(op.responses)) continue;
      for (const [code, response] of Object.entries(op.responses)) {
        if (isObj(response) && typeof response.$ref === 'string' && response.$ref.startsWith('#/'))
          op.responses[code] = clone(lookup(response.$ref));
      }
    }
  }
  return out;
}

/**
 * A new operation (GET /one-more-user, with a 200) that uses, as the same
 * code, the first shared error response an operation of the document uses
 * (after moving the responses into components when none is shared).
 */
export function oneMoreUser(doc: Obj): Obj {
  for (const source of [doc, responsesToComponents(doc)]) {
    for (const item of Object.values(source.paths as Obj)) {
      if (!isObj(item)) continue;
      for (const method of METHODS) {
        const op = item[method];
        if (!isObj(op) || !isObj(op.responses)) continue;
        for (const [code, response] of Object.entries(op.responses)) {
          if (!/^[45]/.test(code) || !isObj(response) || typeof response.$ref !== 'string') continue;
          const out = clone(source);
          (out.paths as Obj)['/one-more-user'] = {
            get: { responses: { '200': { description: 'ok' }, [code]: { $ref: response.$ref } } },
          };
          return out;
        }
      }
    }
  }
  throw new Error('the document has no error response to share');
}

/** A new problem: GET on a new path that declares 201 Created (http-status-method-matrix). */
export function plantProblem(doc: Obj): Obj {
  const out = clone(doc);
  (out.paths as Obj)['/planted'] = {
    get: { responses: { '200': { description: 'ok' }, '201': { description: 'created' } } },
  };
  return out;
}

/**
 * Changes to the sample's status codes, as a pull request would make them
 * (these do change codes, unlike the edits above): a 409 added to POST
 * /orders, GET /orders/{id}'s 200 removed, GET /stock added, POST
 * /orders/{id}/cancel removed. The diff tests and the diff map's page test
 * read the same change.
 */
export function plantCodeChanges(doc: Obj): Obj {
  const out = clone(doc);
  const paths = out.paths as Record<string, Record<string, { responses: Obj }>>;
  paths['/orders']!.post!.responses['409'] = { description: 'Conflict' };
  delete paths['/orders/{id}']!.get!.responses['200'];
  (paths as Obj)['/stock'] = { get: { responses: { '200': { description: 'ok' } } } };
  delete paths['/orders/{id}/cancel'];
  return out;
}

/** Lines moved: comments and blank lines above everything, and a description added to `info`. */
export function moveLines(yamlText: string): string {
  return `# a comment\n\n# another\n\n${yamlText.replace(/^info:\n/m, 'info:\n  description: |\n    Several lines\n    of text\n    that push every key down.\n')}`;
}
