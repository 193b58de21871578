/** The operation model: types, the walk that builds it, its records and the queries the rules ask of it. */
export * from './types';
export { getModel, detectVersion } from './walk';
export {
  apiKeyHeader,
  bodyKey,
  checksValues,
  mayAnswerUnauthorized,
  usesHttpAuthentication,
  coveringKeys,
  declaresCode,
  echoesCode,
  effectiveSecurity,
  isCollection,
  targetsAnItem,
  responsesWithCode,
  responseExcerpt,
  responseLabel,
  responseText,
  someResponse,
  takesHeader,
  templateNames,
} from './queries';
