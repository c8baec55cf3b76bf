/**
 * The app's one wiki connection, behind the same five operations in Electron's
 * main process (IPC, ipcHandlers.ts) and in web mode's server (JSON routes,
 * wikiRoutes.ts): connect, the account connected, disconnect, read a page's
 * latest revision, save a page. The renderer never talks to the network; it
 * runs the publish and pull steps (src/shared/wikiSync) over these.
 *
 * The password lives here and in a LoginKeeper only: Electron keeps it
 * encrypted by the operating system (wikiLoginFile.ts), web mode only in the
 * server process's memory. Connecting checks the login and the right to
 * edit, so a wrong password or a read-only bot password is said at once,
 * not at the first publish.
 */
import type {
  WikiConnection,
  WikiLogin,
  WikiOutcome,
  WikiRevision,
  WikiSaveRequest,
  WikiSaveResult,
} from '../../shared/wikiSync/wikiTypes'
import { connectWiki, type WikiSession } from './wikiClient'
import { wikiHost } from './wikiProblems'

/** Where a login is kept between runs (or not). */
export interface LoginKeeper {
  load(): Promise<WikiLogin | null>
  /** Keeps `login`; null forgets it. */
  keep(login: WikiLogin | null): Promise<void>
}

/** A keeper that forgets everything when the process ends (web mode, tests). */
export function memoryLoginKeeper(): LoginKeeper {
  let kept: WikiLogin | null = null
  return {
    load: async () => kept,
    keep: async (login) => {
      kept = login
    },
  }
}

/** The wiki operations the app offers the renderer. */
export interface WikiService {
  /** The wiki connected to, or null. */
  account(): Promise<WikiConnection | null>
  /** Logs in, checks the right to edit, and keeps the login; nothing is kept on failure. */
  connect(login: WikiLogin): Promise<WikiOutcome<WikiConnection>>
  /** Forgets the login and its password. */
  disconnect(): Promise<void>
  readLatest(title: string): Promise<WikiOutcome<WikiRevision | null>>
  save(request: WikiSaveRequest): Promise<WikiOutcome<WikiSaveResult>>
}

const NOT_CONNECTED = {
  ok: false as const,
  problem: {
    kind: 'credentials' as const,
    message: 'Connect a wiki first: Wiki, then Connect a wiki….',
  },
}

/** Failures a lost session gives (an expired login, a stale edit token). */
const SESSION_LOST = new Set(['credentials', 'no-rights', 'other'])

/** The service over `keeper`; `connect` is the wiki client's, replaceable in tests. */
export function createWikiService(
  keeper: LoginKeeper,
  connect: typeof connectWiki = connectWiki,
): WikiService {
  let session: { login: WikiLogin; wiki: WikiSession } | null = null

  async function loginChecked(login: WikiLogin): Promise<WikiOutcome<WikiSession>> {
    const connected = await connect(login)
    if (!connected.ok) return connected
    const rights = await connected.value.rights()
    if (!rights.ok) return rights
    if (!rights.value.includes('edit')) {
      return {
        ok: false,
        problem: {
          kind: 'no-rights',
          message: `${login.username} may not edit pages on ${wikiHost(login.apiUrl)}; give the bot password the grants "Edit existing pages" and "Create, edit, and move pages".`,
        },
      }
    }
    return connected
  }

  // After a restart the kept login connects again on first use.
  async function current(): Promise<WikiOutcome<WikiSession>> {
    if (session) return { ok: true, value: session.wiki }
    const login = await keeper.load()
    if (!login) return NOT_CONNECTED
    const connected = await loginChecked(login)
    if (connected.ok) session = { login, wiki: connected.value }
    return connected
  }

  /**
   * Runs `action` on the session. MediaWiki forgets an idle login after an
   * hour or so, and its edit token with it: on a failure a lost session gives,
   * log in again with the kept login and try once more. Safe for saves: a save
   * first checks that the page is still at its base, so nothing saves twice.
   */
  async function withSession<T>(
    action: (wiki: WikiSession) => Promise<WikiOutcome<T>>,
  ): Promise<WikiOutcome<T>> {
    const wiki = await current()
    if (!wiki.ok) return wiki
    const first = await action(wiki.value)
    if (first.ok || !SESSION_LOST.has(first.problem.kind) || !session) return first
    const login = session.login
    session = null
    const again = await loginChecked(login)
    if (!again.ok) return again
    session = { login, wiki: again.value }
    return action(again.value)
  }

  const describe = (login: WikiLogin, wiki: WikiSession): WikiConnection => ({
    apiUrl: wiki.apiUrl,
    username: login.username,
    user: wiki.user,
  })

  return {
    account: async () => {
      if (session) return describe(session.login, session.wiki)
      const login = await keeper.load()
      return login && { apiUrl: login.apiUrl, username: login.username, user: '' }
    },
    connect: async (login) => {
      const connected = await loginChecked(login)
      if (!connected.ok) return connected
      const apiUrl = connected.value.apiUrl
      session = { login: { ...login, apiUrl }, wiki: connected.value }
      await keeper.keep(session.login)
      return { ok: true, value: describe(session.login, connected.value) }
    },
    disconnect: async () => {
      session = null
      await keeper.keep(null)
    },
    readLatest: (title) => withSession((wiki) => wiki.readLatest(title)),
    save: (request) => withSession((wiki) => wiki.save(request)),
  }
}
