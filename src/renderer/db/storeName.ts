/**
 * Name and schema version of the app's IndexedDB database, and how Dexie
 * numbers schema versions in IndexedDB.
 */

/** Name of the app's database in IndexedDB. */
export const DATABASE_NAME = 'quarterdeck'

/** The newest schema version this build reads and writes. */
export const SCHEMA_VERSION = 4

/**
 * The schema version of an IndexedDB version number. Dexie stores schema
 * version n as IndexedDB version 10n and may add 1 to patch an index it finds
 * missing: 11 is still schema 1.
 */
export function schemaVersionOf(indexedDbVersion: number): number {
  return Math.floor(indexedDbVersion / 10)
}
