/**
 * Checks what a page sends to the wiki operations (over IPC or web mode's
 * JSON routes): the page is untrusted, so wrong types, extra keys and
 * oversized strings are refused with a message before anything reaches the
 * network.
 */
import { z } from 'zod'
import type { WikiLogin, WikiSaveRequest } from '../../shared/wikiSync/wikiTypes'
import { MAX_TEXT_BYTES, parse } from '../ipcValidation'

const short = z.string().max(1000)
const title = z.string().min(1).max(255)
const timestamp = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/, 'must be an ISO 8601 time')

const login = z.strictObject({
  apiUrl: short.min(1),
  username: z.string().max(255),
  password: short,
})

const saveRequest = z.strictObject({
  title,
  text: z.string().max(MAX_TEXT_BYTES),
  summary: z.string().max(500),
  base: z.strictObject({ revid: z.number().int().positive(), timestamp }).nullable(),
  startedAt: timestamp,
})

/** A login to connect with. */
export function parseWikiLogin(input: unknown): WikiLogin {
  return parse(login, 'wiki login', input)
}

/** A page title to read. */
export function parseWikiTitle(input: unknown): string {
  return parse(title, 'wiki page title', input)
}

/** A page to save. */
export function parseWikiSaveRequest(input: unknown): WikiSaveRequest {
  return parse(saveRequest, 'wiki save request', input)
}
