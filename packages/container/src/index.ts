export { isCampaignDate } from './campaign-checks';
export { closeMatch } from './close-match';
export {
  type BuiltFile,
  type CompiledDropIn,
  type CompileOptions,
  compileContainer,
  type ScriptTags,
  scriptTags,
} from './compile';
export { CONSENT_RECORD, cookieTables, type TableFormat } from './cookie-tables';
export { adapterCsp, containerCsp } from './csp';
export { type EditorOptions, type EditorServer, startEditor } from './editor/server';
export { sendHint } from './hints';
export { type JsonError, type JsonText, MAX_DEPTH, type Position, parseJsonText } from './json-text';
export { MANIFESTS, manifestFor, optionIs } from './manifests';
export { cookiePolicy, type PolicyOptions } from './policy';
export {
  describeValue,
  formatProblem,
  formatWarning,
  jsonPath,
  type Problem,
  type Warning,
} from './problems';
export { MAX_FILE_BYTES, readTextFile } from './read-text-file';
export { containerSchema, PATTERNS, type SchemaNode } from './schema';
export { selectorFault } from './selectors';
export { type ValidateOptions, type Validation, validateContainer } from './validate';
