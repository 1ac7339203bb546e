import Ajv from 'ajv';

/**
 * A JSON Schema validator set up as the tools read manifests: strict, so a misspelt keyword fails the test
 * instead of passing everything; union types (`["string", "number"]`) allowed, as manifests use them; and
 * `expected`, our annotation with words for a marketer, known.
 */
export const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true });
ajv.addVocabulary(['expected']);
