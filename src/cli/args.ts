/**
 * Command-line arguments, parsed with node:util parseArgs into one of the
 * commands, a help request, or a usage error with the help that explains it.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import type { PageLayout } from '../shared/model'
import { EXPORT_HELP, IMPORT_HELP, MAIN_HELP } from './help'

/** What the arguments ask for. */
export type ParsedCommand =
  | { kind: 'help'; text: string }
  | { kind: 'usage-error'; message: string; help: string }
  | { kind: 'export'; file: string; plan?: string; layout?: PageLayout; output?: string }
  | { kind: 'import'; file: string; title?: string; output?: string }

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
