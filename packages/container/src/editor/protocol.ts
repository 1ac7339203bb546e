/**
 * The shapes the editor's page and server exchange: one place, so the page's types follow the server's.
 * Types only: nothing here runs.
 */
import type { SchemaNode } from '../schema-parts';
import type { ContainerDiff } from './diff';
import type { Report } from './report';

export type { ContainerDiff, DiffHunk, DiffLine } from './diff';
export type { EditorWarning, Report } from './report';

/** A vendor as the page lists it, from its manifest. */
export interface VendorSummary {
  /** The adapter id, the key under `adapters`. */
  id: string;
  /** The vendor's name. */
  vendor: string;
  /** The consent category it needs. */
  category: string;
  /** Where it may run: `site`, `platform`. */
  surfaces: readonly string[];
  /** What it does with the data. */
  purpose: string;
  /** Whether campaigns can send to it. */
  campaigns: boolean;
}

/** `GET /api/file`: the file, and what the page builds its forms from. */
export interface Session {
  /** The file's name (no folders). */
  name: string;
  /** The container in the file. */
  value: Record<string, unknown>;
  /** The version the page's draft is made from; a save names it. */
  version: string;
  /** The container's JSON Schema, generated from the manifests: the forms come from it. */
  schema: SchemaNode;
  /** The vendors a container can name. */
  vendors: VendorSummary[];
  /** The pattern of campaign dates: a field with it gets a calendar. */
  datePattern: string;
  /** The validator's report on the file as it is. */
  report: Report;
}

/** `POST /api/diff`: what saving the draft would change. */
export interface DiffResponse extends ContainerDiff {
  /** The file on disk is no longer the version the draft was made from. */
  changedOnDisk: boolean;
}

/** `POST /api/save`: the file as saved. */
export interface SaveResponse {
  /** The new version. */
  version: string;
  /** The container as saved. */
  value: Record<string, unknown>;
  /** The validator's report on it. */
  report: Report;
}

/** Any refused call: why, and whether the file changed on disk (409). */
export interface ApiError {
  error: string;
  conflict?: boolean;
}
