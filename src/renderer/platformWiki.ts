/**
 * The renderer's door to a wiki: the desktop app's IPC channels, or web
 * mode's JSON routes on the page's own server (src/main/wiki/wikiRoutes.ts).
 * The page itself never talks to a wiki (its CSP allows its own origin only).
 * A server that does not answer comes back as a problem, never a throw.
 */
import type { QuarterdeckApi } from '../shared/api'
import type { WikiPages } from '../shared/wikiSync/publish'
import type {
  WikiConnection,
  WikiLogin,
  WikiOutcome,
  WikiRevision,
  WikiSaveRequest,
  WikiSaveResult,
} from '../shared/wikiSync/wikiTypes'

const NO_SERVER = {
  ok: false as const,
  problem: {
    kind: 'unreachable' as const,
    message:
      'Quarterdeck’s own server does not answer, so the wiki cannot be reached; start it again.',
  },
}

async function route<T>(operation: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api/wiki/${operation}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body ?? null),
  })
  const answer = (await response.json()) as { result?: T; error?: string }
  if (!response.ok) throw new Error(answer.error ?? `The web server answered ${response.status}.`)
  return answer.result as T
}

type Outcome<T> = Promise<WikiOutcome<T>>

// Every operation is an outcome: a lost server or main is one more sentence.
async function guarded<T>(run: () => Outcome<T>): Outcome<T> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof TypeError) return NO_SERVER
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, problem: { kind: 'other', message } }
  }
}

function desktop(): QuarterdeckApi | undefined {
  return window.quarterdeck
}

/** The wiki connected to, or null (also when the server cannot say). */
export async function wikiAccount(): Promise<WikiConnection | null> {
  try {
    const api = desktop()
    return await (api ? api.wikiAccount() : route<WikiConnection | null>('account'))
  } catch {
    return null
  }
}

/** Logs in with a bot password and checks the right to edit. */
export function wikiConnect(login: WikiLogin): Outcome<WikiConnection> {
  return guarded(() => desktop()?.wikiConnect(login) ?? route('connect', login))
}

/** Forgets the login. */
export async function wikiDisconnect(): Promise<void> {
  const api = desktop()
  await (api ? api.wikiDisconnect() : route('disconnect'))
}

/** The connected wiki's pages, as publishing and pulling (src/shared/wikiSync) use them. */
export function wikiPages(apiUrl: string): WikiPages {
  return {
    apiUrl,
    readLatest: (title): Outcome<WikiRevision | null> =>
      guarded(() => desktop()?.wikiRead(title) ?? route('read', { title })),
    save: (request: WikiSaveRequest): Outcome<WikiSaveResult> =>
      guarded(() => desktop()?.wikiSave(request) ?? route('save', request)),
  }
}
