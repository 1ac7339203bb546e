import type { Segments } from '../../problems';
import type { Report, Session } from '../protocol';
import type { JsonObject } from './draft';

/** The editor's sections, in the order the page lists them. */
export const SECTIONS = ['settings', 'vendors', 'cookies', 'campaigns'] as const;
/** One of the sections. */
export type Section = (typeof SECTIONS)[number];

/** What every part of the page works with: the session, the draft, the latest report, and the actions. */
export interface Editor {
  /** The file and the schema the forms come from. */
  readonly session: Session;
  /** The container being edited: changed in place by the forms. */
  draft: JsonObject;
  /** The validator's report on the draft, as last received. */
  report: Report;
  /** The section shown. */
  section: Section;
  /** The campaign whose form is open, by index. */
  openCampaign: number | undefined;
  /** Sets the value at a path (undefined removes it), keeping the schema's key order; then `changed`. */
  set(path: Segments, value: unknown, rebuild?: boolean): void;
  /** After any change to the draft: re-validates soon; rebuilds the forms first when `rebuild`. */
  changed(rebuild?: boolean): void;
  /** Rebuilds the shown section, keeping focus where it was. */
  render(): void;
  /** Shows the field of a path (its section, its campaign) and focuses it. */
  reveal(path: Segments): void;
}
