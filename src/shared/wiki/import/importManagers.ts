/**
 * The manager line of a team: "Team Manager: Nuria Ruiz", "Directors: Mark
 * Bergsma and Faidon Liambotis", with or without a bold label.
 */
import type { ManagerJoin } from '../../model'
import { decodeText } from '../syntax/escape'

// The label's own colons are escaped on export; lines that start table or heading syntax are not labels.
const MANAGER_BOLD = /^('''?)([^:]+?)\s*:\s*\1\s*(.*)$/
// "'''Team Manager''': Nuria Ruiz": the colon after the bold label.
const MANAGER_BOLD_LABEL = /^('''?)([^:']+?)\1\s*:\s*(.*)$/
const MANAGER = /^(?!\{\||[|!=])([^:]+?)\s*:\s*(.*)$/

/** A manager line as read: its label, the names, and how the page joined them. */
export interface ManagerLine {
  label: string
  managers: string[]
  /** Absent for "A, B and C"; see Team.managerJoin. */
  join?: ManagerJoin
}

/** Label and names of a manager line, or null when the line is not one. */
export function readManagerLine(text: string): ManagerLine | null {
  const bold = MANAGER_BOLD.exec(text) ?? MANAGER_BOLD_LABEL.exec(text)
  const plain = bold ? null : MANAGER.exec(text)
  const label = bold ? bold[2] : plain?.[1]
  if (label === undefined) return null
  const names = (bold ? bold[3] : plain?.[2]) ?? ''
  const managers = splitManagers(names)
  const join = joinOf(names, managers.length)
  return { label: decodeText(label), managers, ...(join ? { join } : {}) }
}

/** "Mark Bergsma and Faidon Liambotis", "A, B and C", "A, B", "A, B, and C" → names. */
function splitManagers(raw: string): string[] {
  if (raw.trim() === '') return []
  return raw
    .split(/, and | and |, /)
    .map((name) => decodeText(name.trim()))
    .filter((name) => name !== '')
}

// How the names were joined, so the line is written back as it was.
function joinOf(raw: string, count: number): ManagerJoin | undefined {
  if (count < 2) return undefined
  if (raw.includes(', and ')) return 'oxford'
  if (raw.includes(' and ')) return undefined
  return 'commas'
}
