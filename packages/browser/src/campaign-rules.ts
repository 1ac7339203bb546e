import type { Campaign } from './container';
import { member } from './container-read';

/** Why a campaign cannot run: where in it (`.on.pageview`, or '' for the whole), and what was expected there. */
export interface CampaignFault {
  /** The path inside the campaign: `''`, `.id`, `.on`, `.send.value`… */
  at: string;
  /** What would be valid there, in words. */
  expected: string;
}

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// A path from `/`: campaigns match the path only, so no query or fragment.
const PAGEVIEW = /^\/[^\s?#]*$/;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isDate = (value: unknown): boolean =>
  value === undefined || (typeof value === 'string' && Number.isFinite(Date.parse(value)));

/**
 * The rules a campaign must meet to run at all, shared by the drop-in (which skips a campaign that breaks
 * one, naming where) and the validator (which explains the same in more detail before the file ships).
 */
export function campaignFault(campaign: unknown, adapters: readonly string[]): CampaignFault | undefined {
  if (!isObject(campaign)) return { at: '', expected: 'an object with id, adapter, on and send' };
  const { id, adapter, on, send, start, end } = campaign;
  if (typeof id !== 'string' || !KEBAB.test(id))
    return { at: '.id', expected: 'a kebab-case id like "spring-webinar"' };
  if (typeof adapter !== 'string' || !adapters.includes(adapter))
    return { at: '.adapter', expected: `one of the adapters that run: ${adapters.join(', ') || 'none'}` };
  const trigger = { at: '.on', expected: '{ "event": "<event name>" } or { "pageview": "/path" }' };
  if (!isObject(on) || Object.hasOwn(on, 'event') === Object.hasOwn(on, 'pageview')) return trigger;
  const ok = Object.hasOwn(on, 'event')
    ? typeof on.event === 'string' && /\S/.test(on.event)
    : typeof on.pageview === 'string' && PAGEVIEW.test(on.pageview);
  if (!ok) return trigger;
  if (!isObject(send)) return { at: '.send', expected: 'an object of strings, numbers and booleans' };
  for (const [key, value] of Object.entries(send))
    if (!['string', 'number', 'boolean'].includes(typeof value))
      // By member(): a key like "" or "a b" is written as ["a b"], so the path stays a JSON path.
      return { at: member('.send', key), expected: 'a string, number or boolean' };
  if (!isDate(start)) return { at: '.start', expected: 'a date like "2026-03-01"' };
  if (!isDate(end)) return { at: '.end', expected: 'a date like "2026-04-30"' };
  return undefined;
}

/** Whether a campaign meets the rules (see `campaignFault`). */
export const isRunnable = (campaign: unknown, adapters: readonly string[]): campaign is Campaign =>
  !campaignFault(campaign, adapters);
