import type { Consent, CookieDeclaration } from '@conectamos/consent';
import type { Lang, UIStrings } from './strings';

/** What the consent record's row says besides what the instance knows. */
export interface ConsentRecordTexts {
  /** The texts: its purpose. */
  t: UIStrings;
  /** The language its duration is written in. */
  lang: Lang;
  /** Who keeps it: the site's company. */
  company: string;
}

/**
 * The consent record itself, as the strictly necessary table lists it (and the cookie policy prints it): under the instance's storage
 * key, in localStorage or, where that fails, a cookie of the same name (one row listing both), for as
 * long as the instance keeps a decision.
 */
export function consentRecord(
  consent: Pick<Consent, 'storageKey' | 'maxAgeDays'>,
  { t, lang, company }: ConsentRecordTexts,
): CookieDeclaration[] {
  const record = {
    name: consent.storageKey,
    purpose: t.consentRecord,
    duration: inDays(consent.maxAgeDays, lang),
    provider: company,
  };
  return [
    { ...record, storage: 'localStorage' },
    { ...record, storage: 'cookie' },
  ];
}

/** A number of days as a person says it, in the UI's language: "1 year" for 365, "180 days". */
function inDays(days: number, lang: Lang): string {
  const years = days / 365;
  const [amount, unit] = Number.isInteger(years) ? [years, 'year'] : [days, 'day'];
  try {
    return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(amount);
  } catch {
    // Browsers without unit formatting (Safari before 14.1).
    return `${days} d`;
  }
}
