/** What linting fixtures/sample-openapi.yaml must report in the default mode: rule, path, 1-based line. */
export const SAMPLE_FINDINGS: ReadonlyArray<readonly [string, string, number]> = [
  ['http-status-method-matrix', 'paths./orders.get.responses.201', 25],
  ['http-status-location-header', 'paths./orders.post.responses.201', 40],
  ['http-status-error-expected', 'paths./orders/{id}.get.responses', 68],
  ['http-status-etag-header', 'paths./orders/{id}.get.responses.200', 69],
  ['http-status-no-body', 'paths./orders/{id}.delete.responses.204.content', 86],
  ['http-status-request-headers', 'paths./orders/{id}.delete.responses.413', 96],
  ['http-status-success-required', 'paths./orders/{id}/cancel.post.responses', 101],
];

/** The same in the strict mode (`spectral-http-status/strict`). */
export const SAMPLE_STRICT_FINDINGS: ReadonlyArray<readonly [string, string, number]> = [
  ['http-status-method-matrix', 'paths./orders.get.responses.201', 25],
  ['http-status-location-header', 'paths./orders.post.responses.201', 40],
  ['http-status-method-matrix', 'paths./orders.post.responses.302', 42],
  ['http-status-error-expected', 'paths./orders/{id}.get.responses', 68],
  ['http-status-error-expected', 'paths./orders/{id}.get.responses', 68],
  ['http-status-etag-header', 'paths./orders/{id}.get.responses.200', 69],
  ['http-status-no-body', 'paths./orders/{id}.delete.responses.204.content', 86],
  ['http-status-method-matrix', 'paths./orders/{id}.delete.responses.413', 96],
  ['http-status-error-expected', 'paths./orders/{id}/cancel.post.responses', 101],
  ['http-status-error-expected', 'paths./orders/{id}/cancel.post.responses', 101],
  ['http-status-success-required', 'paths./orders/{id}/cancel.post.responses', 101],
];
