/**
 * Random ids for stored records. `crypto.randomUUID` exists in browsers,
 * Electron and Node 20; it is declared here because src/shared compiles
 * without DOM or Node types.
 */
declare const crypto: { randomUUID(): string }

/** A new unique id. */
export function newId(): string {
  return crypto.randomUUID()
}
