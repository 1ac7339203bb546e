/**
 * @conectamos/consent-server: proof of consent (GDPR Art. 7(1)). Receives the receipt the SDK sends for
 * each decision, validates it strictly, stores it append-only, and answers for it by consent ID.
 * Importing it does nothing: the database drivers load when a store is created.
 */
export { type ReceiptsCommandIO, receiptsCommand } from './cli';
export { CSV_COLUMNS, type ExportFormat, formatReceipts } from './export';
export { createReceiptHandler, type ReceiptHandler, type ReceiptHandlerOptions } from './handler';
export { type PostgresStoreOptions, postgresStore } from './postgres-store';
export type {
  AppendResult,
  ConsentReceipt,
  ReceiptCategories,
  ReceiptRange,
  ReceiptStore,
  StoredReceipt,
} from './receipt';
export { type RunningReceiptServer, type ServeOptions, serveReceipts } from './serve';
export { type SqliteStoreOptions, sqliteStore } from './sqlite-store';
export { type ReceiptValidation, validateReceipt } from './validate';
