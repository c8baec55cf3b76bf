/**
 * The one MediaWiki client of Quarterdeck, used by Electron's main process,
 * the web-mode server and the command line (Node only; the renderer never
 * talks to the network). Built on mwn, a maintained MediaWiki API client that
 * handles login with bot passwords, cookies, tokens and retries, so this file
 * only says what Quarterdeck asks of a wiki: read a page's latest revision,
 * and save a page only if nobody changed it since the revision it was made
 * from. Every failure comes back as one WikiProblem sentence (wikiProblems.ts).
 */
import { Writable } from 'node:stream'
import { Mwn } from 'mwn'
import type {
  WikiOutcome,
  WikiRevision,
  WikiSaveRequest,
  WikiSaveResult,
} from '../../shared/wikiSync/wikiTypes'
import { describeWikiError, wikiHost, WikiFailure } from './wikiProblems'

// mwn logs warnings and failed logins to stdout; the command line's stdout may be
// a page or a backup file, and every failure is already reported as a sentence.
Mwn.setLoggingConfig({ stream: new Writable({ write: (_chunk, _encoding, done) => done() }) })

const USER_AGENT = 'Quarterdeck/0.1 (quarterly goals planner; MediaWiki sync)'
const TIMEOUT_MS = 30_000

/** What connectWiki needs: the api.php address and a bot password login. */
export interface WikiCredentials {
  apiUrl: string
  /** "User@app", as Special:BotPasswords shows it; empty to read a public wiki without logging in. */
  username: string
  password: string
}

/** A logged-in connection to one wiki. */
export interface WikiSession {
  readonly apiUrl: string
  /** The user name the wiki knows ("Editor" for the login "Editor@quarterdeck"). */
  readonly user: string
  /** The page's latest revision, or null when the page does not exist. */
  readLatest(title: string): Promise<WikiOutcome<WikiRevision | null>>
  /**
   * Saves the page if its latest revision is still `request.base` (or, with
   * no base, if it does not exist yet); otherwise a `conflict` problem and no
   * edit. MediaWiki's own edit-conflict detection (basetimestamp,
   * starttimestamp) guards the moment between that check and the save.
   */
  save(request: WikiSaveRequest): Promise<WikiOutcome<WikiSaveResult>>
  /** The rights this login has (a bot password has only those its grants give). */
  rights(): Promise<WikiOutcome<string[]>>
}

type Page = {
  missing?: boolean
  invalid?: boolean
  invalidreason?: string
  title?: string
  revisions?: Array<{
    revid: number
    timestamp: string
    slots?: { main?: { content?: string } }
  }>
}

/** The address as typed, checked: http(s) and absolute. */
function checkAddress(apiUrl: string): string {
  let url: URL
  try {
    url = new URL(apiUrl.trim())
  } catch {
    throw new WikiFailure(
      'not-a-wiki',
      `"${apiUrl}" is not a web address; give the wiki's api.php, such as https://www.mediawiki.org/w/api.php.`,
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new WikiFailure('not-a-wiki', `"${apiUrl}" is not an http or https address.`)
  }
  return url.href
}

async function attempt<T>(
  apiUrl: string,
  title: string | undefined,
  run: () => Promise<T>,
): Promise<WikiOutcome<T>> {
  try {
    return { ok: true, value: await run() }
  } catch (error) {
    return { ok: false, problem: describeWikiError(error, apiUrl, title) }
  }
}

/** Logs in with a bot password; the session, or why not. */
export async function connectWiki(credentials: WikiCredentials): Promise<WikiOutcome<WikiSession>> {
  return attempt(credentials.apiUrl, undefined, async () => {
    const apiUrl = checkAddress(credentials.apiUrl)
    const anonymous = credentials.username === ''
    if (!anonymous && !credentials.username.includes('@')) {
      throw new WikiFailure(
        'credentials',
        `Log in with a bot password: the user name looks like "${credentials.username}@app" (see Special:BotPasswords on the wiki).`,
      )
    }
    const bot = new Mwn({
      apiUrl,
      username: credentials.username,
      password: credentials.password,
      userAgent: USER_AGENT,
      silent: true,
      suppressAPIWarnings: true,
      // A person is waiting: a failure is reported at once, not retried for minutes.
      maxRetries: 0,
    })
    bot.setRequestOptions({ timeout: TIMEOUT_MS })
    if (anonymous) {
      // Reading needs no login on a public wiki; any request shows whether it is one.
      await bot.request({ action: 'query', meta: 'siteinfo' })
      return createSession(bot, apiUrl, '')
    }
    const login = (await bot.login()) as { lgusername?: string }
    if (!bot.csrfToken || bot.csrfToken === '+\\') {
      throw new WikiFailure(
        'other',
        `The wiki at ${wikiHost(apiUrl)} gave no edit token after login.`,
      )
    }
    return createSession(bot, apiUrl, login.lgusername ?? credentials.username.split('@')[0] ?? '')
  })
}

function createSession(bot: Mwn, apiUrl: string, user: string): WikiSession {
  const latest = async (title: string, content: boolean): Promise<WikiRevision | null> => {
    const response = (await bot.request({
      action: 'query',
      prop: 'revisions',
      titles: title,
      rvprop: content ? 'ids|timestamp|content' : 'ids|timestamp',
      rvslots: 'main',
      formatversion: '2',
    })) as { query?: { pages?: Page[] } }
    const page = response.query?.pages?.[0]
    if (!page) throw new WikiFailure('other', `The wiki gave no answer about "${title}".`)
    if (page.invalid) {
      throw new WikiFailure('other', `"${title}" is not a valid page title on this wiki.`)
    }
    const revision = page.revisions?.[0]
    if (page.missing || !revision) return null
    return {
      title: page.title ?? title,
      revid: revision.revid,
      timestamp: revision.timestamp,
      content: revision.slots?.main?.content ?? '',
    }
  }

  const changedSince = (title: string): WikiFailure =>
    new WikiFailure(
      'conflict',
      `Someone changed the page "${title}" on the wiki since it was last pulled or published; pull first.`,
    )

  return {
    apiUrl,
    user,
    rights: () =>
      attempt(apiUrl, undefined, async () => {
        const response = (await bot.request({
          action: 'query',
          meta: 'userinfo',
          uiprop: 'rights',
          formatversion: '2',
        })) as { query?: { userinfo?: { rights?: unknown } } }
        const rights = response.query?.userinfo?.rights
        return Array.isArray(rights) ? rights.filter((r): r is string => typeof r === 'string') : []
      }),
    readLatest: (title) => attempt(apiUrl, title, () => latest(title, true)),
    save: (request) =>
      attempt(apiUrl, request.title, async () => {
        const current = await latest(request.title, false)
        if (request.base === null ? current !== null : current?.revid !== request.base.revid) {
          throw changedSince(request.title)
        }
        const response = (await bot.request({
          action: 'edit',
          title: request.title,
          text: request.text,
          summary: request.summary,
          starttimestamp: request.startedAt,
          ...(request.base === null
            ? { createonly: true }
            : {
                basetimestamp: request.base.timestamp,
                baserevid: request.base.revid,
                nocreate: true,
              }),
          token: bot.csrfToken,
          formatversion: '2',
        })) as { edit?: EditResponse }
        return saveResult(response.edit, request, current, apiUrl)
      }),
  }
}

type EditResponse = {
  result?: string
  nochange?: boolean
  newrevid?: number
  newtimestamp?: string
  captcha?: unknown
  spamblacklist?: string
  code?: string
  info?: string
}

function saveResult(
  edit: EditResponse | undefined,
  request: WikiSaveRequest,
  current: WikiRevision | null,
  apiUrl: string,
): WikiSaveResult {
  const host = wikiHost(apiUrl)
  if (!edit)
    throw new WikiFailure('other', `The wiki at ${host} did not say whether it saved the page.`)
  if (edit.result === 'Success') {
    if (edit.nochange && current) {
      return { revid: current.revid, timestamp: current.timestamp, nochange: true }
    }
    if (typeof edit.newrevid === 'number' && typeof edit.newtimestamp === 'string') {
      return { revid: edit.newrevid, timestamp: edit.newtimestamp, nochange: false }
    }
  }
  if (edit.captcha !== undefined) {
    throw new WikiFailure(
      'refused',
      `The wiki at ${host} asks for a captcha, which Quarterdeck cannot show; ask its administrators to let this user skip captchas (the "skipcaptcha" right, e.g. the bot group).`,
    )
  }
  if (edit.spamblacklist !== undefined) {
    throw new WikiFailure(
      'refused',
      `The wiki's spam filter refused the edit: the page links to ${edit.spamblacklist}.`,
    )
  }
  throw new WikiFailure(
    'refused',
    `The wiki at ${host} did not save "${request.title}"${edit.info ? `: ${edit.info}` : ''}.`,
  )
}
