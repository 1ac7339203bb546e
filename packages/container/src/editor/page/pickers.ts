import { isObject } from '../../json-values';
import type { Segments } from '../../problems';
import type { Editor } from './context';

/**
 * The events the container lists (its `"events"`: names the site sends with `track()`), or undefined when
 * it lists none. The only place the page knows that list's shape: names, or objects with a `name`.
 */
export function containerEvents(draft: Record<string, unknown>): string[] | undefined {
  if (!Array.isArray(draft.events)) return undefined;
  const names = draft.events
    .map((event) => (isObject(event) ? event.name : event))
    .filter((name): name is string => typeof name === 'string' && name !== '');
  return [...new Set(names)];
}

/** The container's adapters that take campaigns, in the container's order. */
export function campaignAdapters(editor: Editor): string[] {
  const listed = isObject(editor.draft.adapters) ? Object.keys(editor.draft.adapters) : [];
  return listed.filter((id) => editor.session.vendors.some((v) => v.id === id && v.campaigns));
}

const isCampaignField = (path: Segments, ...rest: string[]): boolean =>
  path.length === 2 + rest.length &&
  path[0] === 'campaigns' &&
  typeof path[1] === 'number' &&
  rest.every((key, i) => path[2 + i] === key);

/**
 * The values a text field picks from, where the container itself says what they may be: a campaign's
 * adapter among the container's adapters that take campaigns, a campaign's event among the container's
 * `events` (when it lists any). Undefined: the field takes free text.
 */
export function pickerFor(editor: Editor, path: Segments): string[] | undefined {
  if (isCampaignField(path, 'adapter')) return campaignAdapters(editor);
  if (isCampaignField(path, 'on', 'event')) return containerEvents(editor.draft);
  return undefined;
}

/** A campaign's trigger in a few words: `event webinar_registered`, `pageview /pricing`. */
export function triggerText(on: unknown): string {
  if (!isObject(on)) return '';
  return Object.entries(on)
    .map(([kind, value]) => `${kind} ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');
}
