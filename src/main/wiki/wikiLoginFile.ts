/**
 * The desktop app's LoginKeeper: the wiki login in a file of the data folder,
 * its password encrypted by the operating system (Electron's safeStorage:
 * Keychain, DPAPI, libsecret). Where the system offers no encryption (nor a
 * Linux keyring: Chromium's fallback key is no secret) the password is kept in memory only, never written in the clear: the app then
 * asks for it again after a restart.
 */
import { readFile, rm } from 'node:fs/promises'
import type { WikiLogin } from '../../shared/wikiSync/wikiTypes'
import { writeTextFileAtomic } from '../atomicWrite'
import type { LoginKeeper } from './wikiService'

/** The part of Electron's safeStorage this file uses. */
export interface SecretCipher {
  isEncryptionAvailable(): boolean
  encryptString(plainText: string): Buffer
  decryptString(encrypted: Buffer): string
  /** Linux only: which store holds the key ("basic_text": a key built into Chromium, no secret). */
  getSelectedStorageBackend?(): string
}

// On Linux without a keyring, safeStorage "encrypts" with a key every Chromium knows: no secret.
function canEncrypt(cipher: SecretCipher): boolean {
  if (!cipher.isEncryptionAvailable()) return false
  if (process.platform !== 'linux' || !cipher.getSelectedStorageBackend) return true
  return cipher.getSelectedStorageBackend() !== 'basic_text'
}

interface StoredLogin {
  apiUrl: string
  username: string
  /** The password encrypted by safeStorage, in base64. */
  password: string
}

function isStoredLogin(value: unknown): value is StoredLogin {
  const v = value as Partial<StoredLogin> | null
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.apiUrl === 'string' &&
    typeof v.username === 'string' &&
    typeof v.password === 'string'
  )
}

/** The login file's permissions: read and write for its owner only. */
export const LOGIN_FILE_MODE = 0o600

/** A keeper writing `file` (e.g. <userData>/wiki-login.json) through `cipher`. */
export function fileLoginKeeper(file: string, cipher: SecretCipher): LoginKeeper {
  let inMemory: WikiLogin | null = null
  return {
    load: async () => {
      if (inMemory) return inMemory
      try {
        const stored: unknown = JSON.parse(await readFile(file, 'utf8'))
        if (!isStoredLogin(stored) || !canEncrypt(cipher)) return null
        const password = cipher.decryptString(Buffer.from(stored.password, 'base64'))
        inMemory = { apiUrl: stored.apiUrl, username: stored.username, password }
        return inMemory
      } catch {
        // No file, or one this system can no longer decrypt: connect again.
        return null
      }
    },
    keep: async (login) => {
      inMemory = login
      if (login === null || !canEncrypt(cipher)) {
        await rm(file, { force: true })
        return
      }
      const stored: StoredLogin = {
        apiUrl: login.apiUrl,
        username: login.username,
        password: cipher.encryptString(login.password).toString('base64'),
      }
      // Only the user may read it: the password is encrypted, but the account name and wiki
      // need not be shown to other accounts on the machine, nor the ciphertext offered to them.
      await writeTextFileAtomic(file, `${JSON.stringify(stored)}\n`, { mode: LOGIN_FILE_MODE })
    },
  }
}
