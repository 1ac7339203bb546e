/**
 * Fix suggestions worked out from a bad value, keyed by adapter and `send` field. What a vendor wants is a
 * fact of its manifest (the `expected` words); how to get there from what a marketer pasted is tooling:
 * the whole `send_to` where the label goes, "euros" for "EUR", "10,50" for 10.5.
 */
import { EVENT_VALUE } from '@conectamos/consent';
import { isBadTemplate } from '@conectamos/consent-browser';
import { manifest as googleAds } from '@conectamos/consent-google-ads';

type Hint = (value: unknown) => string | undefined;

/** `"10,50"`, `"€ 1.234,50"`, `"49.5"` as the number they mean, if they mean one. */
export function readAmount(text: string): number | undefined {
  const digits = text.replace(/[^\d.,-]/g, '');
  if (!/\d/.test(digits)) return undefined;
  // The last separator is the decimal one unless three digits follow it ("1,234" is a thousand).
  const last = Math.max(digits.lastIndexOf(','), digits.lastIndexOf('.'));
  const decimals = last === -1 ? '' : digits.slice(last + 1);
  const whole = (last === -1 || decimals.length === 3 ? digits : digits.slice(0, last)).replace(/[.,]/g, '');
  const amount = Number(decimals.length === 3 || last === -1 ? whole : `${whole}.${decimals}`);
  return Number.isFinite(amount) ? amount : undefined;
}

const amount: Hint = (value) => {
  const read = typeof value === 'string' ? readAmount(value) : undefined;
  return read === undefined ? undefined : `write ${read} (no quotes)`;
};

const label: Hint = (value) => {
  if (typeof value !== 'string') return undefined;
  const sendTo = /^\s*AW-\d+\/(.+?)\s*$/.exec(value);
  if (sendTo) return `label is the part after the slash: ${JSON.stringify(sendTo[1])}`;
  if (/^\s*AW-/.test(value))
    return 'that is the conversion ID, which belongs in $.adapters["google-ads"]; the label is what follows "/" in send_to';
  return 'copy the label from Goals › Conversions › the conversion › Tag setup: letters, digits, _ and - only';
};

const sendTo: Hint = (value) =>
  typeof value === 'string' && !/^\s*AW-/.test(value)
    ? 'sendTo is a whole "AW-…/label"; a label on its own goes in "label"'
    : undefined;

/** The ISO 4217 codes Google Ads takes, from its manifest. */
const currencies = (): readonly string[] => googleAds.campaigns.send.properties.currency.anyOf[0].enum;

/** Each code by the names people write for it (`euro`, `euros`, `us dollar`, `€`), in English and Spanish. */
function currencyNames(): Map<string, string[]> {
  const names = new Map<string, string[]>();
  const add = (name: string, code: string): void => {
    const key = name.toLowerCase();
    names.set(key, [...new Set([...(names.get(key) ?? []), code])]);
  };
  for (const lang of ['en', 'es']) {
    const display = new Intl.DisplayNames([lang], { type: 'currency' });
    for (const code of currencies()) {
      const name = display.of(code);
      if (name && name !== code) for (const form of [name, `${name}s`, `${name}es`]) add(form, code);
    }
  }
  for (const code of currencies()) {
    const symbol = new Intl.NumberFormat('en', { style: 'currency', currency: code })
      .formatToParts(0)
      .find((part) => part.type === 'currency')?.value;
    if (symbol && symbol !== code) add(symbol, code);
  }
  return names;
}

const currency: Hint = (value) => {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (currencies().includes(text.toUpperCase()) && text !== text.toUpperCase())
    return `write it in capitals: ${JSON.stringify(text.toUpperCase())}`;
  const codes = currencyNames().get(text.toLowerCase());
  // One code per name: "dollar" alone could be any of a dozen.
  return codes?.length === 1
    ? `the code for ${JSON.stringify(text)} is ${JSON.stringify(codes[0])}`
    : undefined;
};

const wholeNumber: Hint = (value) => {
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return `write ${value.trim()} (no quotes)`;
  if (typeof value === 'number' && !Number.isInteger(value)) return 'a conversion ID has no decimals';
  return undefined;
};

const SEND_HINTS: Readonly<Record<string, Readonly<Record<string, Hint>>>> = {
  'google-ads': { label, sendTo, value: amount, currency },
  'linkedin-insight': { conversionId: wholeNumber },
};

/** How a value written as a template went wrong, whatever the field: `{{ value }` is meant as `{{value}}`. */
const template: Hint = (value) => {
  // A well-formed "{{value}}" is not the mistake (a page view has no properties to fill it from, say).
  if (typeof value !== 'string' || !/\{|\}/.test(value) || new RegExp(`^${EVENT_VALUE}$`).test(value))
    return undefined;
  const name = /^\s*\{+\s*([A-Za-z_$][\w$]*)\s*\}*\s*$/.exec(value)?.[1];
  if (name) return `write "{{${name}}}"`;
  // Well formed, but with text around it: where a number or a format is wanted, it must stand alone.
  const inside = new RegExp(EVENT_VALUE).exec(value);
  if (inside && !isBadTemplate(value))
    return `here the value from the event must stand alone: "{{${inside[1]}}}"`;
  return 'a value from the event is written "{{name}}": two braces, the property\'s name, two braces';
};

/** The fix for a bad value of a campaign's `send` field, when one can be worked out from the value. */
export function sendHint(adapter: unknown, field: string, value: unknown): string | undefined {
  const hints = typeof adapter === 'string' && Object.hasOwn(SEND_HINTS, adapter) ? SEND_HINTS[adapter] : {};
  return template(value) ?? (Object.hasOwn(hints!, field) ? hints![field]!(value) : undefined);
}
