/**
 * Command-line arguments, parsed with node:util parseArgs into one of the
 * commands, a help request, or a usage error with the help that explains it.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import type { PageLayout } from '../shared/model'
import { EXPORT_HELP, IMPORT_HELP, MAIN_HELP, PUBLISH_HELP, PULL_HELP } from './help'

/** What the arguments ask for. */
export type ParsedCommand =
  | { kind: 'help'; text: string }
  | { kind: 'usage-error'; message: string; help: string }
  | { kind: 'export'; file: string; plan?: string; layout?: PageLayout; output?: string }
  | { kind: 'import'; file: string; title?: string; output?: string }
  | {
      kind: 'publish'
      file: string
      wiki: string
      title: string
      user: string
      plan?: string
      summary?: string
    }
  | {
      kind: 'pull'
      file: string
      wiki: string
      title: string
      user?: string
      plan?: string
      output?: string
      prefer?: 'local' | 'remote'
    }

const LAYOUTS: readonly PageLayout[] = ['table', 'list']

function isLayout(value: string): value is PageLayout {
  return (LAYOUTS as readonly string[]).includes(value)
}

function parseOptionsOf(
  args: string[],
  options: NonNullable<ParseArgsConfig['options']>,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } | string {
  try {
    const { values, positionals } = parseArgs({
      args,
      options,
      allowPositionals: true,
      strict: true,
    })
    return { values: values as Record<string, string | boolean | undefined>, positionals }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return message.split('\n')[0] ?? message
  }
}

function optionalString(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function parseExport(args: string[]): ParsedCommand {
  const usage = (message: string): ParsedCommand => ({
    kind: 'usage-error',
    message,
    help: EXPORT_HELP,
  })
  const parsed = parseOptionsOf(args, {
    plan: { type: 'string' },
    layout: { type: 'string' },
    output: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
  })
  if (typeof parsed === 'string') return usage(parsed)
  if (parsed.values.help === true) return { kind: 'help', text: EXPORT_HELP }
  const [file, ...extra] = parsed.positionals
  if (file === undefined) return usage('export needs a backup file, such as backup.json')
  if (extra.length > 0) return usage(`unexpected argument "${extra[0]}"`)
  const layout = optionalString(parsed.values.layout)
  if (layout !== undefined && !isLayout(layout)) {
    return usage(`--layout must be table or list, not "${layout}"`)
  }
  const plan = optionalString(parsed.values.plan)
  const output = optionalString(parsed.values.output)
  return {
    kind: 'export',
    file,
    ...(plan === undefined ? {} : { plan }),
    ...(layout === undefined ? {} : { layout }),
    ...(output === undefined ? {} : { output }),
  }
}

function parseImport(args: string[]): ParsedCommand {
  const usage = (message: string): ParsedCommand => ({
    kind: 'usage-error',
    message,
    help: IMPORT_HELP,
  })
  const parsed = parseOptionsOf(args, {
    title: { type: 'string' },
    output: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
  })
  if (typeof parsed === 'string') return usage(parsed)
  if (parsed.values.help === true) return { kind: 'help', text: IMPORT_HELP }
  const [file, ...extra] = parsed.positionals
  if (file === undefined) return usage('import needs a wiki page file, such as goals.wiki')
  if (extra.length > 0) return usage(`unexpected argument "${extra[0]}"`)
  const title = optionalString(parsed.values.title)
  const output = optionalString(parsed.values.output)
  return {
    kind: 'import',
    file,
    ...(title === undefined ? {} : { title }),
    ...(output === undefined ? {} : { output }),
  }
}

/** Both wiki commands: FILE.json, --wiki and --title are required; --plan as for export. */
function parseWikiCommand(
  name: 'publish' | 'pull',
  args: string[],
  help: string,
  extra: NonNullable<ParseArgsConfig['options']>,
):
  | { ok: true; file: string; wiki: string; title: string; values: Record<string, unknown> }
  | { ok: false; command: ParsedCommand } {
  const usage = (message: string) => ({
    ok: false as const,
    command: { kind: 'usage-error' as const, message, help },
  })
  const parsed = parseOptionsOf(args, {
    wiki: { type: 'string' },
    title: { type: 'string' },
    user: { type: 'string' },
    plan: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    ...extra,
  })
  if (typeof parsed === 'string') {
    // The password is never an argument: where it was tried, say where it goes.
    return usage(
      /password/i.test(parsed)
        ? 'the password is never an argument: set QUARTERDECK_WIKI_PASSWORD or pipe it on standard input'
        : parsed,
    )
  }
  if (parsed.values.help === true) return { ok: false, command: { kind: 'help', text: help } }
  const [file, ...rest] = parsed.positionals
  if (file === undefined) return usage(`${name} needs a backup file, such as backup.json`)
  if (rest.length > 0) return usage(`unexpected argument "${rest[0]}"`)
  const wiki = optionalString(parsed.values.wiki)
  if (wiki === undefined) return usage(`${name} needs --wiki, the wiki's api.php address`)
  const title = optionalString(parsed.values.title)
  if (title === undefined || title.trim() === '')
    return usage(`${name} needs --title, the page's title`)
  return { ok: true, file, wiki, title, values: parsed.values }
}

function parsePublish(args: string[]): ParsedCommand {
  const parsed = parseWikiCommand('publish', args, PUBLISH_HELP, { summary: { type: 'string' } })
  if (!parsed.ok) return parsed.command
  const user = optionalString(parsed.values.user as string | undefined)
  if (user === undefined) {
    return {
      kind: 'usage-error',
      message: "publish needs --user, the bot password's login name (User@app)",
      help: PUBLISH_HELP,
    }
  }
  const plan = optionalString(parsed.values.plan as string | undefined)
  const summary = optionalString(parsed.values.summary as string | undefined)
  return {
    kind: 'publish',
    file: parsed.file,
    wiki: parsed.wiki,
    title: parsed.title,
    user,
    ...(plan === undefined ? {} : { plan }),
    ...(summary === undefined ? {} : { summary }),
  }
}

function parsePull(args: string[]): ParsedCommand {
  const parsed = parseWikiCommand('pull', args, PULL_HELP, {
    output: { type: 'string', short: 'o' },
    prefer: { type: 'string' },
  })
  if (!parsed.ok) return parsed.command
  const prefer = optionalString(parsed.values.prefer as string | undefined)
  if (prefer !== undefined && prefer !== 'local' && prefer !== 'remote') {
    return {
      kind: 'usage-error',
      message: `--prefer must be local or remote, not "${prefer}"`,
      help: PULL_HELP,
    }
  }
  const user = optionalString(parsed.values.user as string | undefined)
  const plan = optionalString(parsed.values.plan as string | undefined)
  const output = optionalString(parsed.values.output as string | undefined)
  return {
    kind: 'pull',
    file: parsed.file,
    wiki: parsed.wiki,
    title: parsed.title,
    ...(user === undefined ? {} : { user }),
    ...(plan === undefined ? {} : { plan }),
    ...(output === undefined ? {} : { output }),
    ...(prefer === undefined ? {} : { prefer }),
  }
}

/** Parses the arguments after the program name. */
export function parseCommand(argv: readonly string[]): ParsedCommand {
  const [command, ...rest] = argv
  switch (command) {
    case undefined:
      return { kind: 'usage-error', message: 'no command given', help: MAIN_HELP }
    case '-h':
    case '--help':
    case 'help':
      return { kind: 'help', text: MAIN_HELP }
    case 'export':
      return parseExport(rest)
    case 'import':
      return parseImport(rest)
    case 'publish':
      return parsePublish(rest)
    case 'pull':
      return parsePull(rest)
    default:
      return {
        kind: 'usage-error',
        message: command.startsWith('-')
          ? `unknown option "${command}"`
          : `unknown command "${command}"`,
        help: MAIN_HELP,
      }
  }
}
