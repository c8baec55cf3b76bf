/**
 * Recognising the markup a goals page uses for statuses, tasks and goal
 * markers, in Quarterdeck's own profiles and in the hand-written variants
 * found on real pages. The exporter uses the same patterns to know what to
 * guard in user text, so reading its output back is exact.
 */
import type { StatusId, TemplateProfile } from '../../model'
import { scanBrackets } from './brackets'
import { PLAIN_PROFILE } from '../../profiles'

/** A status found in a piece of wikitext. */
export interface StatusMatch {
  status: StatusId
  start: number
  end: number
  /** Set when the markup was read with a guess worth reporting. */
  guess?: string
  /** The profile markup matched, when it was a literal (not a recognised template). */
  literal?: string
}

const TEMPLATE_STATUS: Record<string, StatusId> = {
  done: 'done',
  'in progress': 'in-progress',
  inprogress: 'in-progress',
  'to do': 'todo',
  todo: 'todo',
  blocked: 'blocked',
  postponed: 'postponed',
  'partially done': 'partially-done',
  incomplete: 'partially-done',
}

function normaliseName(name: string): string {
  return name.replace(/[_-]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()
}

// Status cells repeat the same few spellings thousands of times on a large page.
const templateCache = new Map<string, { status: StatusId; guess?: string } | null>()

function templateStatus(span: string): { status: StatusId; guess?: string } | null {
  const cached = templateCache.get(span)
  if (cached !== undefined) return cached
  const result = readTemplateStatus(span)
  if (span.length <= 80 && templateCache.size < 1000) templateCache.set(span, result)
  return result
}

/**
 * The status a whole template stands for (`{{Done}}`, `{{Not done|Blocked}}`,
 * `{{in progress}}`…), as the importer reads it, or null for any other template.
 */
export function statusOfTemplate(span: string): StatusId | null {
  return /^\{\{[^{}]*\}\}$/.test(span) ? (templateStatus(span)?.status ?? null) : null
}

function readTemplateStatus(span: string): { status: StatusId; guess?: string } | null {
  const inner = span.slice(2, -2)
  const [rawName = '', rawArg = ''] = inner.split('|')
  const name = normaliseName(rawName)
  if (name === 'not done' || name === 'notdone') {
    const arg = normaliseName(rawArg)
    if (arg === 'postponed') return { status: 'postponed' }
    if (arg === 'partially done') return { status: 'partially-done' }
    if (arg === 'blocked') return { status: 'blocked' }
    return { status: 'blocked', guess: `read ${span} as Blocked` }
  }
  const status = TEMPLATE_STATUS[name]
  return status ? { status } : null
}

/** Reads statuses under a profile (plus every built-in form). */
export class StatusReader {
  private readonly literals: Array<{ markup: string; status: StatusId }>

  constructor(profile: TemplateProfile | null) {
    const literals = new Map<string, StatusId>()
    for (const source of [PLAIN_PROFILE, profile]) {
      if (!source) continue
      for (const [status, markup] of Object.entries(source.statuses) as Array<[StatusId, string]>) {
        if (markup.trim() === '' || literals.has(markup)) continue
        // A template the built-in reading already maps to this status needs no literal search.
        const builtIn = /^\{\{[^{}]*\}\}$/.test(markup) ? templateStatus(markup) : null
        if (builtIn?.status !== status) literals.set(markup, status)
      }
    }
    this.literals = [...literals].map(([markup, status]) => ({ markup, status }))
    this.literals.sort((a, b) => b.markup.length - a.markup.length)
  }

  private readonly cache = new Map<string, StatusMatch[]>()

  /** Statuses at the top level of `raw` (not inside another template or link), in order. */
  find(raw: string): StatusMatch[] {
    if (raw.length > 60) return this.search(raw)
    let found = this.cache.get(raw)
    if (!found) {
      found = this.search(raw)
      if (this.cache.size < 2000) this.cache.set(raw, found)
    }
    return found
  }

  private search(raw: string): StatusMatch[] {
    if (!raw.includes('{{') && !this.literals.some((l) => raw.includes(l.markup))) return []
    const { spans } = scanBrackets(raw, true)
    const found: StatusMatch[] = []
    // Profile markup first: on a tie it wins over the built-in reading of a template.
    for (const { markup, status } of this.literals) {
      let at = raw.indexOf(markup)
      while (at >= 0) {
        const end = at + markup.length
        const crosses = spans.some(([s, e]) => (s < at && at < e) || (s < end && end < e))
        if (!crosses) found.push({ status, start: at, end, literal: markup })
        at = raw.indexOf(markup, end)
      }
    }
    for (const [start, end] of spans) {
      if (raw[start] !== '{') continue
      const hit = templateStatus(raw.slice(start, end))
      if (hit) found.push({ ...hit, start, end })
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end)
    const result: StatusMatch[] = []
    let last = -1
    for (const match of found) {
      if (match.start >= last) {
        result.push(match)
        last = match.end
      }
    }
    return result
  }

  /** The status when `raw` is nothing but one status markup. */
  only(raw: string): StatusMatch | null {
    const trimmed = raw.trim()
    const [match] = this.find(trimmed)
    return match && match.start === 0 && match.end === trimmed.length ? match : null
  }
}

/** A bare task id in running text ("T223626"); three digits or more, as Phabricator's are. */
export const BARE_TASK = /\bT[1-9][0-9]{2,}\b/
/** "(stretch)", "[stretch]", "(Stretch):". */
export const STRETCH_MARK = /[([]\s*stretch\s*[)\]]:?/i
/** "(continued from Q1)". */
export const CARRIED_MARK = /\(\s*continued from\s+([^()]*?)\s*\)/i

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

// The last character that is not a space or a comma, or '' (a loop: the regex /[\s,]+$/ retries
// from every space of a long text, and this runs for every goal of a page).
function lastMeaningful(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) {
    const char = text[i] as string
    if (char !== ',' && char.trim() !== '') return char
  }
  return ''
}

/** Reads task links: the trailing run of task markup after a goal's text. */
export class TaskReader {
  private readonly trailing: RegExp
  private readonly anywhere: RegExp
  // Every task form ends with one of these; text ending otherwise needs no regex.
  private readonly lastChars: string

  constructor(profile: TemplateProfile | null) {
    const forms = [
      String.raw`\{\{\s*(?:phabricator|phab)\s*\|\s*[tT]([1-9][0-9]*)\s*\}\}`,
      String.raw`\[\[\s*phab:[tT]([1-9][0-9]*)(?:\|[^\]|]*)?\]\]`,
    ]
    if (profile && profile.task.includes('$1')) {
      forms.push(profile.task.split('$1').map(escapeRegExp).join('T([1-9][0-9]*)'))
    }
    this.trailing = new RegExp(`(?:^|[\\s,]+)(?:${forms.join('|')})[\\s,]*$`, 'i')
    this.anywhere = new RegExp(forms.join('|'), 'gi')
    const task = profile?.task.trim() ?? ''
    this.lastChars = '}]' + (task.endsWith('$1') ? '0123456789' : task.slice(-1))
  }

  /** Splits trailing task markup off `raw`: the rest and the task ids in page order. */
  splitTrailing(raw: string): { rest: string; tasks: string[] } {
    const tasks: string[] = []
    let rest = raw.trimEnd()
    for (;;) {
      if (!this.lastChars.includes(lastMeaningful(rest) || '-')) break
      const match = this.trailing.exec(rest)
      if (!match) break
      const id = match.slice(1).find((group) => group !== undefined)
      tasks.unshift(`T${id}`)
      rest = rest.slice(0, match.index)
    }
    return { rest, tasks }
  }

  /** Every task link in `wikitext` (the profile's own form too), with where it starts. */
  links(wikitext: string): Array<{ at: number; id: string }> {
    const links: Array<{ at: number; id: string }> = []
    for (const match of wikitext.matchAll(this.anywhere)) {
      const id = match.slice(1).find((group) => group !== undefined)
      links.push({ at: match.index, id: `T${id}` })
    }
    return links
  }

  /** True when `encoded` ends with something `splitTrailing` would take. */
  endsWithTask(encoded: string): boolean {
    const last = lastMeaningful(encoded)
    return last !== '' && this.lastChars.includes(last) && this.trailing.test(encoded)
  }
}

/** The status of a status-group bullet ("** {{Done}}"), or null when the line is an item. */
export function groupHeaderStatus(
  raw: string,
  statuses: StatusReader,
): { status: StatusId; several: boolean } | null {
  const trimmed = raw.trim()
  const matches = statuses.find(trimmed)
  const [first] = matches
  if (!first) return null
  if (first.start !== 0) return null
  let gaps = ''
  for (let i = 0; i < matches.length; i++) {
    const end = (matches[i] as StatusMatch).end
    gaps += '  ' + trimmed.slice(end, matches[i + 1]?.start ?? trimmed.length)
  }
  // Statuses joined as in "{{Not done|Postponed}}-or-{{Not done|Blocked}}"; a lone dash starts a text.
  for (const gap of gaps.split('  ')) {
    if (!/^\s*(?:-?\s*or\s*-?|\/|&|,|and)?\s*$/i.test(gap)) return null
  }
  return { status: first.status, several: matches.length > 1 }
}
