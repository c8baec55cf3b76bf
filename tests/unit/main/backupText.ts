/**
 * The text of a backup as main sees it. Main reads only the header
 * (format, plans), so one small made-up plan stands for a real quarter.
 */
export function backupText(planName: string, plans: unknown[] = [{ name: planName }]): string {
  const file = { format: 'quarterdeck', version: 1, exportedAt: '2026-12-02T05:40:12Z', plans }
  return `${JSON.stringify(file, null, 2)}\n`
}
