// Where the corpus of real API descriptions is (../shared/corpus beside the
// repository, or CORPUS_DIR), and its five large documents, which the
// benchmarks and the comparisons measure. Never copied into the project.
'use strict';
const path = require('node:path');

const CORPUS = process.env.CORPUS_DIR || path.join(__dirname, '..', '..', '..', 'shared', 'corpus');
const LARGE = [
  'github-api.github.com.json',
  'stripe-spec3.yaml',
  'openai-openapi.yaml',
  'kubernetes-swagger.json',
  'twilio_api_v2010.json',
];

module.exports = { CORPUS, LARGE };
