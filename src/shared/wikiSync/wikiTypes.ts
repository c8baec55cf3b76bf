/**
 * What the wiki-sync code exchanges with a wiki, as plain data: the same
 * shapes cross Electron's IPC, the web server's JSON and the command line.
 * The network code that produces them lives in src/main/wiki (Node only).
 */

/** Where a wiki is and who logs in; the password never leaves main (or the web server). */
export interface WikiAccount {
  /** The wiki's api.php, e.g. https://www.mediawiki.org/w/api.php */
  apiUrl: string
  /** The bot password's login name, "User@app", as Special:BotPasswords shows it. */
  username: string
}

/** One revision of a page, as read from the wiki. */
export interface WikiRevision {
  title: string
  revid: number
  /** ISO 8601, as MediaWiki gives it ("2026-12-02T10:27:47Z"). */
  timestamp: string
  content: string
}

/** A page save: `base` is the revision the text was made from, null for a page not yet created. */
export interface WikiSaveRequest {
  title: string
  text: string
  summary: string
  base: { revid: number; timestamp: string } | null
  /** When the person started from `base` (MediaWiki's starttimestamp); ISO 8601. */
  startedAt: string
}

/** What a save did: a new revision, or none when the page already held the text. */
export interface WikiSaveResult {
  revid: number
  timestamp: string
  nochange: boolean
}

/**
 * Why a wiki action failed, each with one sentence for a person:
 * - `credentials`: wrong user name or bot password;
 * - `unreachable`: no answer (offline, wrong host, the wiki is down);
 * - `not-a-wiki`: something answered that is not a MediaWiki API;
 * - `no-rights`: the user (or the bot password's grants) may not edit;
 * - `protected`: the page is protected against this user;
 * - `refused`: a captcha, an abuse filter, a spam filter, a block, read-only wiki;
 * - `conflict`: the page changed since the revision the edit started from;
 * - `missing`: the page does not exist.
 */
export type WikiFailureKind =
  | 'credentials'
  | 'unreachable'
  | 'not-a-wiki'
  | 'no-rights'
  | 'protected'
  | 'refused'
  | 'conflict'
  | 'missing'
  | 'other'

/** A failed wiki action: its kind and one sentence. */
export interface WikiProblem {
  kind: WikiFailureKind
  message: string
}

/** A wiki action's outcome: never a thrown stack trace across a boundary. */
export type WikiOutcome<T> = { ok: true; value: T } | { ok: false; problem: WikiProblem }

/** What the app sends to connect: the account and its bot password (kept by main or the web server). */
export interface WikiLogin extends WikiAccount {
  password: string
}

/** The wiki the app is connected to: the account, and the user name the wiki knows. */
export interface WikiConnection extends WikiAccount {
  /** "Editor" for the login "Editor@quarterdeck". */
  user: string
}
