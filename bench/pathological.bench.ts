/**
 * Pathological inputs benchmark (`npm run bench:pathological`): the shapes of
 * issue 18 that froze the window, timed in Node with the same src/shared code
 * the app runs (in its worker). Prints wall milliseconds per input and what
 * came out (the importer's verdict or message); asserts nothing.
 *
 * - a wiki table of 200,000 `|` cells, one per line and all on one line;
 * - a header row of 100,000 `!` cells, one per line and all on one line;
 * - a valid backup of about 52 MB (generated quarters);
 * - a backup nested 100,000 levels deep, valid and cut short.
 */
import { performance } from 'node:perf_hooks'
import { parseBackup, reidentifyPlan, serializeBackup } from '../src/shared/backup'
import { importWikitext } from '../src/shared/wiki'
import { generateWikiQuarter } from './wikiQuarter'

const PAGE_HEAD =
  "'''Wikimedia Technology Goals, FY2019–20, Q2 (October - December 2019)'''\n\n== Performance ==\n{| class=\"wikitable\"\n|-\n"

// ONLY=wiki|backup runs one half; CELLS, HEADERS and DEPTH change the sizes.
const ONLY = process.env.ONLY ?? ''

function timed(name: string, work: () => string): void {
  if (ONLY !== '' && !name.startsWith(ONLY)) return
  const start = performance.now()
  let outcome: string
  try {
    outcome = work()
  } catch (error) {
    outcome = `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`
  }
  const ms = performance.now() - start
  console.log(`${name.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms  ${outcome.slice(0, 90)}`)
}

function wiki(page: string): string {
  const outcome = importWikitext(page, { now: 0 })
  return outcome.ok
    ? `ok: ${outcome.report.goals} goals, ${outcome.report.entries.length} report entries`
    : `refused: ${outcome.error}`
}

function backup(text: string): string {
  const outcome = parseBackup(text)
  return outcome.ok ? `ok: ${outcome.docs.length} quarters` : `refused: ${outcome.error}`
}

const CELLS = Number(process.env.CELLS ?? 200_000)
const HEADERS = Number(process.env.HEADERS ?? 100_000)
const DEPTH = Number(process.env.DEPTH ?? 100_000)

const pipeLines = PAGE_HEAD + Array.from({ length: CELLS }, (_, k) => `| cell ${k}`).join('\n')
const pipeLine = `${PAGE_HEAD}| ${Array.from({ length: CELLS }, (_, k) => `cell ${k}`).join(' || ')}`
const mixedLine = `${PAGE_HEAD}| ${Array.from({ length: CELLS / 2 }, (_, k) => `a=${k} | c`).join(' || ')}`
const bangLines = PAGE_HEAD + Array.from({ length: HEADERS }, (_, k) => `! h${k}`).join('\n')
const bangLine = `${PAGE_HEAD}! ${Array.from({ length: HEADERS }, (_, k) => `h${k}`).join(' !! ')}`

timed(`wiki: ${CELLS} | cells, one per line`, () => wiki(pipeLines))
timed(`wiki: ${CELLS} | cells on one line`, () => wiki(pipeLine))
timed(`wiki: ${CELLS / 2} | cells with attributes`, () => wiki(mixedLine))
timed(`wiki: ${HEADERS} ! cells, one per line`, () => wiki(bangLines))
timed(`wiki: ${HEADERS} ! cells on one line`, () => wiki(bangLine))

function bigBackup(): string {
  // About 52 MB: enough generated quarters of 2,000 goals each.
  const quarter = generateWikiQuarter({ teams: 20, goalsPerTeam: 100, groupsPerTeam: 3 })
  let docs = [quarter]
  let big = serializeBackup(docs, 0)
  const copies = Math.max(1, Math.round((52 * 1024 * 1024) / big.length))
  let next = 0
  const newId = () => `copy-${next++}`
  docs = Array.from({ length: copies }, (_, k) => {
    const copy = reidentifyPlan(quarter, newId)
    return { ...copy, plan: { ...copy.plan, fiscalYear: 2000 + k } }
  })
  big = serializeBackup(docs, 0)
  return big
}
if (ONLY !== 'wiki') {
  const big = bigBackup()
  timed(`backup: ${(big.length / 1024 / 1024).toFixed(1)} MB`, () => backup(big))
}

const nested = `{"format":"quarterdeck","version":1,"plans":[${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}]}`
timed(`backup: nested ${DEPTH} deep`, () => backup(nested))
timed(`backup: nested ${DEPTH} deep, cut short`, () => backup(nested.slice(0, nested.length / 2)))
const deepObject = `{"format":"quarterdeck","version":1,"plans":[${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}]}`
timed(`backup: object nested ${DEPTH} deep`, () => backup(deepObject))
