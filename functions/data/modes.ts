/**
 * The two modes of the ruleset. `default`: what a careful API designer
 * acts on (HTTP semantics, the guide's matrix where HTTP does not say
 * otherwise, the error codes clients meet). `strict`: the REST guide of
 * the Belgif REST guide to the letter and exact codes everywhere.
 */
export const MODES = ['default', 'strict'] as const;
export type Mode = (typeof MODES)[number];
