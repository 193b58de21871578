/**
 * spectral-http-status: the ruleset object (the package's default export).
 */
import { oas2, oas3 } from '@stoplight/spectral-formats';
import type { RulesetDefinition } from '@stoplight/spectral-core';
import { RULES, documentationUrl } from './rules';

const rules: Record<string, unknown> = {};
for (const [name, spec] of Object.entries(RULES)) {
  rules[name] = {
    description: spec.description,
    message: '{{error}}',
    severity: spec.severity,
    recommended: spec.recommended ?? true,
    documentationUrl: documentationUrl(name),
    formats: [oas2, oas3],
    given: '$',
    resolved: false,
    then: spec.options === undefined ? { function: spec.fn } : { function: spec.fn, functionOptions: spec.options },
  };
}

const ruleset = {
  documentationUrl: documentationUrl('').replace(/docs\/rules\/\.md$/, 'README.md'),
  formats: [oas2, oas3],
  rules,
} as RulesetDefinition;

export default ruleset;
