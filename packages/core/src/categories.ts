import type { Category } from './types';

/** Every category, in the order the policy lists them. */
export const CATEGORIES: readonly Category[] = ['necessary', 'functional', 'analytics', 'marketing'];

/** Adapter ids: kebab-case, so they are safe in storage, attributes and selectors. */
export const ADAPTER_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Whether a value names a category. */
export const isCategory = (value: unknown): value is Category => CATEGORIES.includes(value as Category);
