/**
 * Answers "is there room for N bytes?" for roomOnDisk.ts by writing N random
 * bytes into one file of the origin's private file system and cutting it
 * back to nothing. The file is opened once, with a sync access handle, and
 * kept open: each question is then a plain write, flush and truncate on an
 * open file. The other ways to write such a file were measured on a real
 * full disk and refused: createWritable() writes a scratch copy and records
 * it in the file system's own LevelDB, and after a few refused writes in a
 * row that crashed the whole browser; Cache Storage said "stored" on a full
 * disk; a storage bucket's IndexedDB, refused on a nearly full disk, lost
 * the origin's other IndexedDB data with it.
 */

/** The question: room for `bytes`? */
export interface RoomQuestion {
  bytes: number
}

/**
 * The answer: true when every byte was written, false when the disk refused
 * them, null when this browser gives no private file system to ask (a
 * private window, or a page not allowed storage): then nobody can tell.
 */
export interface RoomAnswer {
  room: boolean | null
}

/** How a browser says it gives this page no private file system (not how a full disk fails). */
const NO_FILE_SYSTEM = new Set(['SecurityError', 'NotSupportedError', 'TypeError'])

/** This window's probe file; other windows' files are locked while they run. */
const FILE_PREFIX = 'quarterdeck-room-probe-'
const fileName = `${FILE_PREFIX}${crypto.randomUUID()}`

/** getRandomValues fills at most 64 KB at a time. */
const RANDOM_CHUNK = 65_536

/**
 * The part of FileSystemSyncAccessHandle used here: a worker-only type, not
 * in the DOM library the renderer compiles with.
 */
interface SyncAccessHandle {
  write(buffer: Uint8Array, options: { at: number }): number
  flush(): void
  truncate(size: number): void
}

let handle: SyncAccessHandle | null = null

async function openProbeFile(): Promise<SyncAccessHandle> {
  if (handle) return handle
  const folder = await navigator.storage.getDirectory()
  await removeLeftovers(folder)
  const file = await folder.getFileHandle(fileName, { create: true })
  const syncable = file as unknown as { createSyncAccessHandle(): Promise<SyncAccessHandle> }
  handle = await syncable.createSyncAccessHandle()
  return handle
}

/** Files left by windows that have closed (a running window's file is locked and stays). */
async function removeLeftovers(folder: FileSystemDirectoryHandle): Promise<void> {
  const names: string[] = []
  // keys() is not in TypeScript's DOM types for workers yet.
  for await (const name of (folder as unknown as { keys(): AsyncIterable<string> }).keys()) {
    if (name.startsWith(FILE_PREFIX) && name !== fileName) names.push(name)
  }
  for (const name of names) await folder.removeEntry(name).catch(() => undefined)
}

function randomBytes(bytes: number): Uint8Array<ArrayBuffer> {
  const data = new Uint8Array(bytes)
  for (let at = 0; at < bytes; at += RANDOM_CHUNK) {
    crypto.getRandomValues(data.subarray(at, Math.min(bytes, at + RANDOM_CHUNK)))
  }
  return data
}

async function hasRoom(bytes: number): Promise<boolean | null> {
  let file: SyncAccessHandle
  try {
    file = await openProbeFile()
  } catch (error) {
    if (error instanceof Error && NO_FILE_SYSTEM.has(error.name)) return null
    return false // on a full disk even creating the empty file is refused
  }
  try {
    // Random, so that no layer below can keep it in less space than asked.
    const written = file.write(randomBytes(bytes), { at: 0 })
    file.flush()
    return written === bytes
  } catch {
    return false // refused: no space (QuotaExceededError)
  } finally {
    try {
      file.truncate(0)
      file.flush()
    } catch {
      // Cutting back never needs space; if it fails the next question writes over it.
    }
  }
}

self.onmessage = (event: MessageEvent<RoomQuestion>) => {
  void hasRoom(event.data.bytes).then((room) => {
    self.postMessage({ room } satisfies RoomAnswer)
  })
}
