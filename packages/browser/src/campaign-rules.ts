import type { Campaign } from './container';
import { member } from './container-read';
import { isBadTemplate } from './send-template';

/** Why a campaign cannot run: where in it (`.on.pageview`, or '' for the whole), and what was expected there. */
export interface CampaignFault {
  /** The path inside the campaign: `''`, `.id`, `.on`, `.send.value`… */
  at: string;
  /** What would be valid there, in words. */
  expected: string;
}

/** The kinds of trigger a campaign's `on` names, exactly one of them. */
export const TRIGGERS = ['event', 'pageview', 'click', 'submit'] as const;

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
 * `isSelector` judges a click or submit trigger's CSS selector: the drop-in asks the browser, the
 * validator a CSS parser; without it any text passes.
 */
export function campaignFault(
  campaign: unknown,
  adapters: readonly string[],
  isSelector: (selector: string) => boolean = () => true,
): CampaignFault | undefined {
  if (!isObject(campaign)) return { at: '', expected: 'an object with id, adapter, on and send' };
  const { id, adapter, on, send, start, end } = campaign;
  if (typeof id !== 'string' || !KEBAB.test(id))
    return { at: '.id', expected: 'a kebab-case id like "spring-webinar"' };
  if (typeof adapter !== 'string' || !adapters.includes(adapter))
    return { at: '.adapter', expected: `one of the adapters that run: ${adapters.join(', ') || 'none'}` };
  const kinds = isObject(on) ? TRIGGERS.filter((kind) => Object.hasOwn(on, kind)) : [];
  const [kind] = kinds;
  const trigger = on && kind && (on as Record<string, unknown>)[kind];
  if (kinds.length !== 1 || typeof trigger !== 'string' || !/\S/.test(trigger))
    return {
      at: '.on',
      expected: 'one of event, pageview, click or submit, like { "event": "webinar_registered" }',
    };
  if (kind === 'pageview' && !PAGEVIEW.test(trigger))
    return { at: '.on.pageview', expected: 'a path like "/pricing"' };
  if ((kind === 'click' || kind === 'submit') && !isSelector(trigger))
    return { at: `.on.${kind}`, expected: 'a CSS selector like "#webinar-form"' };
  if (!isObject(send)) return { at: '.send', expected: 'an object of strings, numbers and booleans' };
  for (const [key, value] of Object.entries(send)) {
    // By member(): a key like "" or "a b" is written as ["a b"], so the path stays a JSON path.
    const at = member('.send', key);
    if (!['string', 'number', 'boolean'].includes(typeof value))
      return { at, expected: 'a string, number or boolean' };
    if (typeof value === 'string' && isBadTemplate(value))
      return { at, expected: 'a value, or "{{name}}" for the event\'s property name' };
  }
  if (!isDate(start)) return { at: '.start', expected: 'a date like "2026-03-01"' };
  if (!isDate(end)) return { at: '.end', expected: 'a date like "2026-04-30"' };
  return undefined;
}

/** Whether a campaign meets the rules (see `campaignFault`). */
export const isRunnable = (campaign: unknown, adapters: readonly string[]): campaign is Campaign =>
  !campaignFault(campaign, adapters);
