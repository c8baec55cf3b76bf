/**
 * Turns whatever a wiki action threw (mwn's API errors, axios's network
 * errors, an edit's non-Success result) into one WikiProblem: a kind and one
 * sentence a person can act on. Never a stack trace, never MediaWiki's HTML.
 */
import type { WikiFailureKind, WikiProblem } from '../../shared/wikiSync/wikiTypes'

/** An error that already carries its sentence (raised by wikiClient.ts itself). */
export class WikiFailure extends Error {
  constructor(
    readonly kind: WikiFailureKind,
    message: string,
  ) {
    super(message)
    this.name = 'WikiFailure'
  }
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ERR_NETWORK',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
])

const RIGHTS_CODES = new Set([
  'permissiondenied',
  'writeapidenied',
  'noedit',
  'noedit-anon',
  'cantcreate',
  'cantcreate-anon',
  'mwoauth-invalid-authorization',
  'notloggedin',
  'assertuserfailed',
  'assertbotfailed',
])

const PROTECTED_CODES = new Set([
  'protectedpage',
  'cascadeprotected',
  'protectedtitle',
  'protectednamespace',
  'protectednamespace-interface',
  'customcssprotected',
  'customjsprotected',
])

const REFUSED: Record<string, string> = {
  'abusefilter-disallowed': "The wiki's abuse filter refused the edit",
  'abusefilter-warning': "The wiki's abuse filter warned against the edit and refused it",
  spamblacklist: "The wiki's spam filter refused the edit (it holds a blocked link)",
  spamprotectiontext: "The wiki's spam filter refused the edit (it holds a blocked link)",
  blocked: 'The user is blocked from editing this wiki',
  autoblocked: 'Your IP address is blocked from editing this wiki',
  readonly: 'The wiki is read-only right now; try again later',
  ratelimited: 'The wiki refused the edit: too many edits in a short time; try again in a minute',
  contenttoobig: 'The page is larger than the wiki accepts',
}

// MediaWiki's messages may hold wikitext links or HTML; a person reads plain words.
function plain(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/\[\[(?:[^|\]]*\|)?([^\]]*)\]\]/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.\s]+$/, '')
}

/** The host of an api.php address, for sentences ("the wiki at example.org"). */
export function wikiHost(apiUrl: string): string {
  try {
    return new URL(apiUrl).host
  } catch {
    return apiUrl
  }
}

/** The one-sentence problem for anything a wiki action threw. */
export function describeWikiError(error: unknown, apiUrl: string, title?: string): WikiProblem {
  if (error instanceof WikiFailure) return { kind: error.kind, message: error.message }
  const host = wikiHost(apiUrl)
  const e = (error ?? {}) as {
    code?: unknown
    info?: unknown
    message?: unknown
    response?: { status?: unknown }
    isAxiosError?: unknown
  }
  const code = typeof e.code === 'string' ? e.code : ''
  const info = typeof e.info === 'string' ? plain(e.info) : ''
  const page = title === undefined ? 'the page' : `the page "${title}"`
  if (NETWORK_CODES.has(code)) {
    return {
      kind: 'unreachable',
      message: `The wiki at ${host} cannot be reached; check the address and the network connection.`,
    }
  }
  const status = typeof e.response?.status === 'number' ? e.response.status : null
  if (e.isAxiosError === true && status !== null) {
    return status >= 500
      ? {
          kind: 'unreachable',
          message: `The wiki at ${host} answered with a server error (HTTP ${status}); try again later.`,
        }
      : {
          kind: 'not-a-wiki',
          message: `${apiUrl} is not a MediaWiki API (HTTP ${status}); the address should end in api.php.`,
        }
  }
  if (code === 'invalidjson' || code === 'mwn_invalidformat') {
    return {
      kind: 'not-a-wiki',
      message: `${apiUrl} does not answer like a MediaWiki API; the address should end in api.php.`,
    }
  }
  if (code === 'mwn_failedlogin' || code === 'mwn_nologincredentials') {
    return {
      kind: 'credentials',
      message: `The wiki at ${host} refused the user name or bot password; check them on Special:BotPasswords.`,
    }
  }
  if (RIGHTS_CODES.has(code)) {
    return {
      kind: 'no-rights',
      message: `This user may not edit ${page} on ${host}; the bot password needs the grants "Edit existing pages" and "Create, edit, and move pages".`,
    }
  }
  if (PROTECTED_CODES.has(code)) {
    return {
      kind: 'protected',
      message: `${page[0]?.toUpperCase()}${page.slice(1)} is protected on ${host}; only users with more rights (such as administrators) may edit it.`,
    }
  }
  if (code === 'editconflict' || code === 'articleexists' || code === 'pagedeleted') {
    return {
      kind: 'conflict',
      message: `Someone changed ${page} on the wiki since it was last pulled or published; pull first.`,
    }
  }
  if (code === 'missingtitle') {
    return { kind: 'missing', message: `There is no page "${title ?? ''}" on ${host}.` }
  }
  const refused = REFUSED[code]
  if (refused !== undefined) {
    return { kind: 'refused', message: `${refused}${info ? `: ${info}` : ''}.` }
  }
  if (code.startsWith('abusefilter')) {
    return {
      kind: 'refused',
      message: `The wiki's abuse filter refused the edit${info ? `: ${info}` : ''}.`,
    }
  }
  const said = info || (typeof e.message === 'string' ? plain(e.message) : '')
  return {
    kind: 'other',
    message: `The wiki at ${host} refused the request${said ? `: ${said}` : ''}.`,
  }
}
