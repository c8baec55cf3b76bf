/**
 * The lines before the first team heading: navigation (the quarter heading
 * between links to the previous and next quarters, a navigation template, a
 * line of previous/next links), then the intro. Navigation is read for the
 * plan's facts and never copied into the intro: the exporter writes its own
 * navigation line, so a copy would show it twice.
 */
import { decodeText } from '../syntax/escape'
import { navigationTargets, readHeading, readTitle, type PageFacts } from './importHeader'
import { isStatusLine } from './importLines'

/** What the preamble of a page says. */
export interface Preamble {
  /** Department and quarter from the quarter heading; null when the page has none. */
  facts: PageFacts | null
  /** Titles of the previous and next quarters' pages, as the navigation links give them. */
  targets: string[]
  intro: string[]
  /** Index of the first line of goals written before any team heading, or `end`. */
  bodyStart: number
}

type Note = (line: number, text: string, reason: string) => void

/** Reads `lines[0 .. end)`; `note` receives what is read but not kept. */
export function readPreamble(lines: readonly string[], end: number, note: Note): Preamble {
  const preamble: Preamble = { facts: null, targets: [], intro: [], bodyStart: end }
  for (let i = 0; i < end; i++) {
    const line = (lines[i] as string).trim()
    if (line === '') continue
    // Goals or a Status block before any team heading start the body.
    if (/^[*#]|^\{\|/.test(line) || isStatusLine(line)) {
      preamble.bodyStart = i
      break
    }
    const heading = preamble.facts === null ? readHeading(line) : null
    if (heading) {
      preamble.facts = heading
      preamble.targets.push(...navigationTargets(line))
      continue
    }
    if (isNavigationTemplate(line)) {
      note(
        i + 1,
        line,
        'Navigation template not kept; the exported page has its own navigation line.',
      )
      continue
    }
    if (isNavigationLinks(line)) {
      const targets = navigationTargets(line)
      if (targets.length > 0 && preamble.targets.length === 0) preamble.targets.push(...targets)
      else note(i + 1, line, 'Navigation links not kept; the exported page has its own.')
      continue
    }
    preamble.intro.push(decodeText(line))
  }
  return preamble
}

// One template call and nothing else: {{Goals navigation|...}}, {{Technology Goals Nav}}.
const TEMPLATE_LINE = /^\{\{\s*([^{}|]+?)\s*(?:\|[\s\S]*)?\}\}$/

function isNavigationTemplate(line: string): boolean {
  const match = TEMPLATE_LINE.exec(line)
  if (!match || !isOneTemplate(line)) return false
  if (/nav/i.test(match[1] ?? '')) return true
  // A template given the neighbouring quarters' pages is navigation whatever its name.
  return line
    .slice(2, -2)
    .split('|')
    .some((arg) => readTitle(arg.replace(/^[^=]*=/, '')) !== null)
}

function isOneTemplate(line: string): boolean {
  let depth = 0
  for (let i = 0; i < line.length - 1; i++) {
    if (line.startsWith('{{', i)) depth++
    else if (line.startsWith('}}', i)) depth--
    else continue
    i++
    if (depth === 0 && i < line.length - 1) return false
  }
  return depth === 0
}

// Arrows, separators and the words around previous/next links.
const NAVIGATION_FILLER =
  /^(?:\s|[|·•←→<>«»‹›–—-]|&(?:larr|rarr|laquo|raquo|middot|bull|nbsp|lt|gt);|previous|next|quarter|prev)*$/i

/**
 * A line of links to other quarters' pages and nothing else but arrows and
 * separators: "← [[…/2019-20 Q1|Previous]] | [[…/2019-20 Q3|Next]] →".
 */
function isNavigationLinks(line: string): boolean {
  const links = [...line.matchAll(/\[\[([^[\]|]*)(?:\|[^[\]]*)?\]\]/g)]
  if (links.length === 0) return false
  const quarterLinks = links.filter(
    (link) => /^File:/i.test(link[1] ?? '') || readTitle(link[1] ?? '') !== null,
  )
  if (quarterLinks.length !== links.length) return false
  const rest = line
    .replace(/<\/?div[^>]*>/gi, '')
    .replace(/\[\[[^[\]]*(?:\[\[[^[\]]*\]\][^[\]]*)*\]\]/g, ' ')
  return NAVIGATION_FILLER.test(rest)
}
