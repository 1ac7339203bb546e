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
 * long as the instance keeps a decision. With receipts on, also the receipts that could not be sent yet,
 * which the core keeps for a week at most under `<storageKey>_receipts`.
 */
export function consentRecord(
  consent: Pick<Consent, 'storageKey' | 'maxAgeDays'> & Partial<Pick<Consent, 'receipts'>>,
  { t, lang, company }: ConsentRecordTexts,
): CookieDeclaration[] {
  const record = {
    name: consent.storageKey,
    purpose: t.consentRecord,
    duration: inDays(consent.maxAgeDays, lang),
    provider: company,
  };
  const rows: CookieDeclaration[] = [
    { ...record, storage: 'localStorage' },
    { ...record, storage: 'cookie' },
  ];
  if (consent.receipts)
    rows.push({
      name: `${consent.storageKey}_receipts`,
      storage: 'localStorage',
      purpose: t.receiptQueue,
      duration: inDays(7, lang),
      provider: company,
    });
  return rows;
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
