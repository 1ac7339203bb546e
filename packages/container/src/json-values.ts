/** A plain JSON object: not null, not an array. Imports nothing, so the editor's page can use it too. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
