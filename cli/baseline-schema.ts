/** The baseline file's format: its version and JSON schema (cli/baseline.ts reads and writes the file). */
import { SKIP_SCHEMA } from '../functions/lib/skip';

export const BASELINE_VERSION = 1;

/** The baseline file's JSON schema (also shipped as schema/baseline.schema.json, checked equal by a test). */
export const BASELINE_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/spectral-http-status/spectral-http-status/schema/baseline.schema.json',
  title: 'spectral-http-status baseline',
  description:
    'Findings of spectral-http-status accepted as they are: `spectral-http-status lint --baseline <file>` reports only findings beyond them.',
  type: 'object',
  required: ['version', 'documents'],
  additionalProperties: false,
  properties: {
    version: { const: BASELINE_VERSION, description: 'The format of this file.' },
    skip: SKIP_SCHEMA,
    documents: {
      type: 'object',
      description: 'Per document, its path relative to this file.',
      additionalProperties: {
        type: 'object',
        description: 'Per rule, as the ruleset names it.',
        additionalProperties: {
          type: 'array',
          items: {
            type: 'object',
            required: ['where', 'count'],
            additionalProperties: false,
            properties: {
              where: {
                type: 'string',
                minLength: 1,
                description: 'The operation (`GET /orders/{id}`, `POST webhook newPet`), path item or `document`.',
              },
              code: {
                type: 'string',
                description:
                  'The status code as written (`404`, `4XX`, `default`), or the codes a missing-code finding asks for (`400 or 422`).',
              },
              subject: {
                type: 'string',
                description: 'What the finding is about beyond its code: a header, `body`, a waived rule.',
              },
              count: { type: 'integer', minimum: 1, description: 'How many findings with this key are accepted.' },
              reason: { type: 'string', description: 'Why it is accepted, for reviewers.' },
            },
          },
        },
      },
    },
  },
} as const;
