/**
 * The manager line of a team: "Team Manager: Nuria Ruiz", "Directors: Mark
 * Bergsma and Faidon Liambotis", with or without a bold label.
 */
import { decodeText } from './escape'

// The label's own colons are escaped on export; lines that start table or heading syntax are not labels.
const MANAGER_BOLD = /^('''?)([^:]+?)\s*:\s*\1\s*(.*)$/
// "'''Team Manager''': Nuria Ruiz": the colon after the bold label.
const MANAGER_BOLD_LABEL = /^('''?)([^:']+?)\1\s*:\s*(.*)$/
const MANAGER = /^(?!\{\||[|!=])([^:]+?)\s*:\s*(.*)$/

/** Label and names of a manager line, or null when the line is not one. */
export function readManagerLine(text: string): { label: string; managers: string[] } | null {
  const bold = MANAGER_BOLD.exec(text) ?? MANAGER_BOLD_LABEL.exec(text)
  if (bold) return { label: decodeText(bold[2] ?? ''), managers: splitManagers(bold[3] ?? '') }
  const plain = MANAGER.exec(text)
  return plain
    ? { label: decodeText(plain[1] ?? ''), managers: splitManagers(plain[2] ?? '') }
    : null
}

/** "Mark Bergsma and Faidon Liambotis", "A, B and C" → names. */
function splitManagers(raw: string): string[] {
  if (raw.trim() === '') return []
  return raw
    .split(/, | and /)
    .map((name) => decodeText(name.trim()))
    .filter((name) => name !== '')
}
