import type { Adapter, AdapterContext, Category } from '@conectamos/consent';
import { vi } from 'vitest';

/**
 * A small adapter written against the public contract, as a site would write its own: it injects
 * one script, keeps a call log, and records its opt-out.
 */
export function testAdapter<const Id extends string>(
  overrides: Partial<Omit<Adapter, 'id'>> & { id: Id; category: Category },
) {
  const calls: string[] = [];
  const base = {
    vendor: `Vendor ${overrides.id}`,
    cookies: [],
    load: vi.fn((ctx: AdapterContext) => {
      calls.push('load');
      return ctx.loadScript(`https://cdn.${overrides.id}.example/tag.js`);
    }),
    optOut: vi.fn(() => {
      calls.push('optOut');
    }),
    track: vi.fn((event: string) => {
      calls.push(`track:${event}`);
    }),
    page: vi.fn((path: string) => {
      calls.push(`page:${path}`);
    }),
  };
  return Object.assign(base, overrides, { calls }) as typeof base & Adapter<Id> & { calls: string[] };
}

/** The script URL `testAdapter` injects for an id. */
export const tagUrl = (id: string): string => `https://cdn.${id}.example/tag.js`;
