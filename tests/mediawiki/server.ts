/**
 * A real MediaWiki served over HTTP for the wiki-sync tests: the SQLite wiki of
 * mediawiki.ts, with users and bot passwords, served by PHP's built-in web
 * server on 127.0.0.1 at a free port. No mock of the MediaWiki API anywhere:
 * the tests talk to MediaWiki's own api.php.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { installWiki, wikiAt, type InstalledWiki } from './mediawiki'

/** A bot password login: `name` is "User@app", as Special:BotPasswords shows it. */
export interface BotLogin {
  name: string
  password: string
}

/** The served wiki and the accounts the tests use. */
export interface ServedWiki {
  /** http://127.0.0.1:PORT/api.php */
  apiUrl: string
  /** Edits pages: the user who publishes and pulls. */
  editor: BotLogin
  /** Another user, who edits the same pages on the wiki meanwhile. */
  colleague: BotLogin
  /** A user whose bot password was granted no right to edit. */
  reader: BotLogin
  /** A page only administrators may edit; `editor` cannot. */
  protectedTitle: string
  /** A word the wiki's abuse filter refuses in any edit that adds it (ABUSE_FILTER_MARKER). */
  abuseFilterMarker: string
  /** A word the wiki's abuse filter warns against, refusing the first try (ABUSE_WARNING_MARKER). */
  abuseWarningMarker: string
  /** An administrator protects `title`: from now on only administrators may edit it. */
  protect(title: string): void
  /** Stops the web server (the wiki's files stay); `start` serves them again on the same port. */
  stop(): Promise<void>
  start(): Promise<void>
  /** Stops the server and deletes the wiki. */
  dispose(): Promise<void>
}

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

// A bot password is 32 characters of 0-9 and a-w (BotPassword::canonicalizeLoginData
// recognises one only in that form); hex digits are among them.
const botPassword = (user: string): string =>
  createHash('sha256').update(`quarterdeck-test-${user}`).digest('hex').slice(0, 32)

function addUser(
  wiki: InstalledWiki,
  user: string,
  grants: string[],
  extra: string[] = [],
): BotLogin {
  wiki.maintenance('createAndPromote.php', [...extra, user, `${user}-test-only-password-1`])
  const password = botPassword(user)
  wiki.maintenance('createBotPassword.php', [
    '--appid=quarterdeck',
    `--grants=${grants.join(',')}`,
    user,
    password,
  ])
  return { name: `${user}@quarterdeck`, password }
}

const EDIT_GRANTS = ['basic', 'highvolume', 'editpage', 'createeditmovepage']

/** The word the test wiki's disallowing abuse filter refuses; no other test's text holds it. */
export const ABUSE_FILTER_MARKER = 'Quarterdeck-abuse-filter-marker'

/** The word the test wiki's warning abuse filter warns against (refusing the first try). */
export const ABUSE_WARNING_MARKER = 'Quarterdeck-abuse-warning-marker'

/**
 * AbuseFilter, as on most public wikis, with two filters an administrator might
 * have made: one disallows every edit whose added lines hold ABUSE_FILTER_MARKER,
 * the other warns against ABUSE_WARNING_MARKER (the wiki refuses the edit with
 * the warning, and takes the same edit if it is sent again).
 * update.php creates the extension's tables (a few seconds, once per prepared
 * wiki); the extension has no script that makes a filter, so its rows go
 * straight into abuse_filter and abuse_filter_action, with the columns of
 * AbuseFilter 1.39's db_patches/sqlite/tables-generated.sql and the values
 * Special:AbuseFilter's FilterStore would write.
 */
function addAbuseFilter(wiki: InstalledWiki): void {
  appendFileSync(wiki.env.MW_CONFIG_FILE as string, `\nwfLoadExtension('AbuseFilter');\n`)
  wiki.maintenance('update.php', ['--quick'])
  const database = join(wiki.dir, 'db', 'quarterdeck.sqlite')
  const made = spawnSync(
    'php',
    [
      '-r',
      `$db = new PDO('sqlite:' . $argv[1]);
       $db->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
       $db->prepare("INSERT INTO abuse_filter (af_id, af_pattern, af_user, af_user_text,
           af_timestamp, af_enabled, af_comments, af_public_comments, af_hidden, af_hit_count,
           af_throttled, af_deleted, af_actions, af_global, af_group)
         VALUES (1, ?, 1, 'Admin', '20261201000000', 1, '', ?, 0, 0, 0, 0, 'disallow', 0, 'default')")
         ->execute([$argv[2], $argv[3]]);
       # No parameters: the default message, abusefilter-disallowed.
       $db->exec("INSERT INTO abuse_filter_action (afa_filter, afa_consequence, afa_parameters)
         VALUES (1, 'disallow', '')");
       $db->prepare("INSERT INTO abuse_filter (af_id, af_pattern, af_user, af_user_text,
           af_timestamp, af_enabled, af_comments, af_public_comments, af_hidden, af_hit_count,
           af_throttled, af_deleted, af_actions, af_global, af_group)
         VALUES (2, ?, 1, 'Admin', '20261201000000', 1, '', ?, 0, 0, 0, 0, 'warn', 0, 'default')")
         ->execute([$argv[4], $argv[5]]);
       # The warning's message, as Special:AbuseFilter writes it by default.
       $db->exec("INSERT INTO abuse_filter_action (afa_filter, afa_consequence, afa_parameters)
         VALUES (2, 'warn', 'abusefilter-warning')");`,
      database,
      `added_lines irlike "${ABUSE_FILTER_MARKER}"`,
      'Test marker word',
      `added_lines irlike "${ABUSE_WARNING_MARKER}"`,
      'Test warning word',
    ],
    { encoding: 'utf8', env: wiki.env },
  )
  if (made.error || made.status !== 0) {
    throw new Error(`Adding the abuse filter failed: ${made.error?.message ?? made.stderr}`)
  }
}

/** The accounts and pages every served wiki has. */
interface Accounts {
  editor: BotLogin
  colleague: BotLogin
  reader: BotLogin
  protectedTitle: string
}

function addAccounts(wiki: InstalledWiki): Accounts {
  // No rate limits or login throttles, which a test run making dozens of edits in seconds trips.
  appendFileSync(
    wiki.env.MW_CONFIG_FILE as string,
    `
$wgEnableBotPasswords = true;
$wgRateLimits = [];
$wgPasswordAttemptThrottle = [];
$wgGroupPermissions['user']['noratelimit'] = true;
# A captcha, as many wikis ask of edits that add a web link (not of logins, which the tests
# get wrong on purpose): users outside the bot and sysop groups meet it.
wfLoadExtension('ConfirmEdit');
$wgCaptchaTriggers['badlogin'] = false;
$wgCaptchaTriggers['createaccount'] = false;
$wgCaptchaTriggers['addurl'] = true;
`,
  )
  const editor = addUser(wiki, 'Editor', EDIT_GRANTS)
  const colleague = addUser(wiki, 'Colleague', EDIT_GRANTS)
  const reader = addUser(wiki, 'Reader', ['basic'])
  const protectedTitle = 'Protected goals'
  wiki.maintenance(
    'edit.php',
    ['--user=Admin', '--summary=Set up', protectedTitle],
    'Only administrators edit this page.',
  )
  wiki.maintenance('protect.php', ['--user=Admin', '--reason=Test', protectedTitle])
  return { editor, colleague, reader, protectedTitle }
}

/**
 * A fresh copy of a prepared wiki (installed, with accounts). Installing one
 * takes a minute of PHP; the first test file to need it prepares it once in
 * the temporary folder, keyed by these helpers' source and MediaWiki's
 * version, and every served wiki is a copy, so tests never share state.
 */
function freshWiki(installPath: string): { wiki: InstalledWiki; accounts: Accounts } {
  // This folder: beside this file, or from the repository root when bundled (bench/).
  const beside = dirname(fileURLToPath(import.meta.url))
  const here = existsSync(join(beside, 'server.ts'))
    ? beside
    : join(process.cwd(), 'tests', 'mediawiki')
  const key = createHash('sha256')
    .update(readFileSync(join(here, 'server.ts')))
    .update(readFileSync(join(here, 'mediawiki.ts')))
    .update(readFileSync(join(installPath, 'includes', 'Defines.php')))
    .update(installPath)
    .digest('hex')
    .slice(0, 16)
  const template = join(tmpdir(), `quarterdeck-served-wiki-${key}`)
  const accountsFile = join(template, 'accounts.json')
  if (!existsSync(accountsFile)) {
    const made = installWiki(installPath)
    try {
      const accounts = addAccounts(made)
      addAbuseFilter(made)
      // LocalSettings.php names the folder it was installed in, which copies replace.
      writeFileSync(
        join(made.dir, 'accounts.json'),
        JSON.stringify({ ...accounts, preparedIn: made.dir }),
      )
      renameSync(made.dir, template)
    } catch (error) {
      // Another test file prepared it meanwhile: use theirs.
      rmSync(made.dir, { recursive: true, force: true })
      if (!existsSync(accountsFile)) throw error
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'quarterdeck-mediawiki-'))
  cpSync(template, dir, { recursive: true })
  const { preparedIn, ...accounts } = JSON.parse(readFileSync(accountsFile, 'utf8')) as Accounts & {
    preparedIn: string
  }
  // LocalSettings.php names the folder of the SQLite database.
  const settings = join(dir, 'LocalSettings.php')
  writeFileSync(settings, readFileSync(settings, 'utf8').split(preparedIn).join(dir))
  return { wiki: wikiAt(dir, installPath), accounts }
}

/** Installs a wiki with its accounts and serves it; call `dispose` when done. */
export async function serveWiki(installPath: string): Promise<ServedWiki> {
  const { wiki, accounts } = freshWiki(installPath)
  try {
    const port = await freePort()
    const origin = `http://127.0.0.1:${port}`
    // Served from the install folder itself: api.php at the root.
    appendFileSync(
      wiki.env.MW_CONFIG_FILE as string,
      `\n$wgServer = '${origin}';\n$wgScriptPath = '';\n`,
    )
    const { editor, colleague, reader, protectedTitle } = accounts

    let server: ChildProcess | null = null
    const start = async (): Promise<void> => {
      const child = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', installPath], {
        env: wiki.env,
        stdio: 'ignore',
      })
      server = child
      await waitUntilServing(`${origin}/api.php?action=query&meta=siteinfo&format=json`, child)
    }
    const stop = async (): Promise<void> => {
      const child = server
      server = null
      if (!child || child.exitCode !== null) return
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      })
    }
    await start()
    return {
      apiUrl: `${origin}/api.php`,
      editor,
      colleague,
      reader,
      protectedTitle,
      abuseFilterMarker: ABUSE_FILTER_MARKER,
      abuseWarningMarker: ABUSE_WARNING_MARKER,
      protect: (title) => {
        wiki.maintenance('protect.php', ['--user=Admin', '--reason=Test', title])
      },
      start,
      stop,
      dispose: async () => {
        await stop()
        rmSync(wiki.dir, { recursive: true, force: true })
      },
    }
  } catch (error) {
    rmSync(wiki.dir, { recursive: true, force: true })
    throw error
  }
}

async function waitUntilServing(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`php -S exited with ${child.exitCode}`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`The test wiki did not answer at ${url} within 20 s`)
}
