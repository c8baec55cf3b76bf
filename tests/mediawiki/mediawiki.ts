/**
 * A throwaway MediaWiki for tests: Debian's `mediawiki` package, a SQLite
 * database made by `maintenance/install.php` in a temporary folder, the
 * templates the export profiles use, and MediaWiki's own parser run from PHP's
 * command line (no web server). `render` parses many pages per PHP process.
 *
 * Needs `php`, `php-sqlite3` and `mediawiki` (`apt-get install
 * --no-install-recommends mediawiki php-sqlite3`); `.ci/run` installs them.
 * `MEDIAWIKI_PATH` overrides where MediaWiki is installed.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

// A path, not `new URL(…)`: under the jsdom test environment URL is jsdom's.
const RENDER_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'render.php')

/**
 * The templates the profiles and the fixture pages call. Each marks what it
 * stands for with a class, so a test can find status markers and task links in
 * the HTML; the visible text follows mediawiki.org's templates ("Done",
 * "task T123").
 */
export const TEMPLATES: Record<string, string> = {
  Done: '<span class="qd-status" data-status="done">Done</span>',
  'In progress': '<span class="qd-status" data-status="in-progress">In progress</span>',
  'To do': '<span class="qd-status" data-status="todo">To do</span>',
  Postponed: '<span class="qd-status" data-status="postponed">Postponed</span>',
  'Not done': '<span class="qd-status" data-status="not-done">{{{1|Not done}}}</span>',
  Incomplete: '<span class="qd-status" data-status="incomplete">{{{1|Incomplete}}}</span>',
  // The custom profile of the golden pages: {{Status|todo}}, {{Status|doing}}, …
  Status: '<span class="qd-status" data-status="{{{1}}}">{{{1}}}</span>',
  Phabricator: '<span class="qd-task">[[phab:{{{1}}}|task {{{1}}}]]</span>',
  Phab: '#REDIRECT [[Template:Phabricator]]',
}

/** Where MediaWiki and PHP are, or why they cannot be used. */
export function findMediaWiki(): { installPath: string } | { missing: string } {
  const installPath = process.env.MEDIAWIKI_PATH ?? '/usr/share/mediawiki'
  const php = spawnSync('php', ['-r', 'echo extension_loaded("pdo_sqlite") ? "ok" : "no";'], {
    encoding: 'utf8',
  })
  if (php.error || php.status !== 0) return { missing: 'PHP is not installed (no `php` command)' }
  if (php.stdout !== 'ok') return { missing: "PHP's SQLite driver is missing (php-sqlite3)" }
  if (!existsSync(join(installPath, 'maintenance', 'install.php')))
    return { missing: `MediaWiki is not installed at ${installPath}` }
  return { installPath }
}

/** A wiki in a temporary folder; `dispose` deletes it. */
export interface TestWiki {
  /** The HTML body MediaWiki renders for each page, in order; one PHP process per call. */
  render(pages: readonly string[]): Promise<string[]>
  dispose(): void
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  what: string,
  input?: string,
): string {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    env,
    maxBuffer: 64 << 20,
    ...(input === undefined ? {} : { input }),
  })
  if (result.error || result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().slice(-2000)
    throw new Error(
      `${what} failed (${result.error?.message ?? `exit ${result.status}`}):\n${output}`,
    )
  }
  return result.stdout
}

/** A freshly installed wiki's folder and the environment its maintenance scripts need. */
export interface InstalledWiki {
  dir: string
  env: NodeJS.ProcessEnv
  installPath: string
  /** Runs a maintenance script (`edit.php`, `createAndPromote.php`, …); throws with its output. */
  maintenance(script: string, args: string[], input?: string): string
}

/** The password install.php gives the wiki's first user, Admin (a sysop). */
export const ADMIN_PASSWORD = 'Quarterdeck-test-only-1'

/** The wiki whose LocalSettings.php is in `dir`, for running its maintenance scripts. */
export function wikiAt(dir: string, installPath: string): InstalledWiki {
  const env = {
    ...process.env,
    MW_INSTALL_PATH: installPath,
    MW_CONFIG_FILE: join(dir, 'LocalSettings.php'),
  }
  const maintenance = (name: string, args: string[], input?: string): string =>
    run('php', [join(installPath, 'maintenance', name), ...args], env, name, input)
  return { dir, env, installPath, maintenance }
}

/**
 * Installs a SQLite wiki in a temporary folder with the profiles' templates
 * and the `phab:` interwiki prefix; the caller deletes `dir`.
 */
export function installWiki(installPath: string): InstalledWiki {
  const dir = mkdtempSync(join(tmpdir(), 'quarterdeck-mediawiki-'))
  try {
    const { env, maintenance } = wikiAt(dir, installPath)
    const script = (name: string): string => join(installPath, 'maintenance', name)
    run(
      'php',
      [
        script('install.php'),
        '--dbtype=sqlite',
        `--dbpath=${join(dir, 'db')}`,
        '--dbname=quarterdeck',
        `--confpath=${dir}`,
        '--server=http://localhost',
        '--scriptpath=/w',
        `--pass=${ADMIN_PASSWORD}`,
        '--quiet',
        'Quarterdeck test wiki',
        'Admin',
      ],
      env,
      'MediaWiki install.php',
    )
    const templates = join(dir, 'templates')
    mkdirSync(templates)
    const files = Object.entries(TEMPLATES).map(([name, text]) => {
      const file = join(templates, `${name}.wiki`)
      writeFileSync(file, text)
      return file
    })
    maintenance('importTextFiles.php', ['--quiet', '--prefix=Template:', ...files])
    // [[phab:T123|T123]], the plain profile's task link, is an interwiki link as on mediawiki.org.
    const database = join(dir, 'db', 'quarterdeck.sqlite')
    run(
      'php',
      [
        '-r',
        `$db = new PDO('sqlite:' . $argv[1]);
         $db->exec("INSERT INTO interwiki (iw_prefix, iw_url, iw_api, iw_wikiid, iw_local, iw_trans)
           VALUES ('phab', 'https://phabricator.wikimedia.org/$1', '', '', 1, 0)");`,
        database,
      ],
      env,
      'Adding the phab: interwiki prefix',
    )
    return { dir, env, installPath, maintenance }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
}

/** Installs a wiki whose parser renders pages from PHP's command line (no web server). */
export function createWiki(installPath: string): TestWiki {
  const wiki = installWiki(installPath)
  return {
    render: (pages) => renderPages(pages, wiki.env),
    dispose: () => rmSync(wiki.dir, { recursive: true, force: true }),
  }
}

function renderPages(pages: readonly string[], env: NodeJS.ProcessEnv): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('php', [RENDER_SCRIPT], { env, stdio: ['pipe', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      const stdout = Buffer.concat(out).toString('utf8')
      if (code !== 0) {
        const stderr = Buffer.concat(err).toString('utf8')
        reject(new Error(`render.php exited with ${code}:\n${(stderr + stdout).slice(-2000)}`))
        return
      }
      try {
        const html = JSON.parse(stdout) as unknown
        if (!Array.isArray(html) || html.length !== pages.length) throw new Error('wrong length')
        resolve(html as string[])
      } catch (error) {
        reject(
          new Error(`render.php wrote no JSON array of ${pages.length} pages: ${String(error)}`),
        )
      }
    })
    child.stdin.end(JSON.stringify(pages))
  })
}
