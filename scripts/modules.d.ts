// Modules the scripts load that ship no types.

declare module '@ibm-cloud/openapi-ruleset' {
  /** IBM's Spectral ruleset (scripts/bench.cjs extends it). */
  const ruleset: import('@stoplight/spectral-core').RulesetDefinition;
  export = ruleset;
}
