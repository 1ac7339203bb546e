import { EVENT_VALUE } from '@conectamos/consent';

/** A campaign's `send`: what its vendor receives, each value fixed or `{{property}}` of the event. */
export type Send = Record<string, string | number | boolean>;

/** Whether a text holds a `{{` or `}}` that does not belong to a well-formed `{{property}}`. */
export const isBadTemplate = (text: string): boolean =>
  /\{\{|\}\}/.test(text.replace(new RegExp(EVENT_VALUE, 'g'), ''));

/**
 * `send` with every `{{property}}` filled from the event's properties: a whole `"{{value}}"` keeps the
 * property's type (49.5 stays a number), one inside longer text is written into it (`"order {{id}}"`).
 * Throws, naming the field, when a property is missing or not text, a number or true/false: a campaign is
 * sent whole or not at all, never half filled. Own properties only: `{{constructor}}` is no property.
 */
export function fillSend(send: Send, props: Record<string, unknown> = {}): Send {
  const filled: Send = {};
  for (const [key, value] of Object.entries(send)) {
    const take = (name: string): string | number | boolean => {
      const taken = Object.hasOwn(props, name) ? props[name] : undefined;
      if (['string', 'number', 'boolean'].includes(typeof taken)) return taken as string | number | boolean;
      throw new TypeError(`send.${key}: the event has no "${name}" of text, a number or true/false`);
    };
    const whole = typeof value === 'string' && new RegExp(`^${EVENT_VALUE}$`).exec(value);
    filled[key] = whole
      ? take(whole[1]!)
      : typeof value === 'string'
        ? value.replace(new RegExp(EVENT_VALUE, 'g'), (_, name: string) => String(take(name)))
        : value;
  }
  return filled;
}
