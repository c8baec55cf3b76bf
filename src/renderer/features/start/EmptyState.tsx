/**
 * First run: no quarter yet. Create one, or look around in the example.
 */
import { useEffect, useState } from 'react'
import { dataLocation } from '../../platform'
import { CreatePlanForm } from './CreatePlanForm'
import { LoadExampleButton } from './LoadExampleButton'
import { LostQuarters } from './LostQuarters'
import { RestoreAutoBackup } from './RestoreAutoBackup'
import { showNewQuarter } from './showQuarter'

/** Where the app keeps its data, as a sentence. */
export function DataLocation() {
  const [where, setWhere] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    dataLocation().then(
      (location) => live && setWhere(location),
      () => live && setWhere(null),
    )
    return () => {
      live = false
    }
  }, [])
  if (!where) return null
  return <p className="data-location">Your goals are stored on this computer, in {where}.</p>
}

/** The empty state shown when there is no quarter. */
export function EmptyState() {
  return (
    <div className="empty-state">
      <h1>Plan your first quarter</h1>
      <p>
        Quarterdeck keeps your department&apos;s quarterly goals on a board, offline, and publishes
        them as a wiki page. Start with a new quarter or explore the example.
      </p>
      <LostQuarters />
      <RestoreAutoBackup />
      <div className="empty-choices">
        <section className="empty-choice" aria-labelledby="create-quarter-heading">
          <h2 id="create-quarter-heading">Create a quarter</h2>
          <CreatePlanForm onCreated={(plan) => void showNewQuarter(plan.id)} />
        </section>
        <section className="empty-choice" aria-labelledby="example-heading">
          <h2 id="example-heading">Try the example</h2>
          <p>
            The Wikimedia Technology goals of Q2 FY2019–20 (October – December 2019): teams,
            priorities and goals with their real statuses.
          </p>
          <LoadExampleButton />
        </section>
      </div>
      <DataLocation />
    </div>
  )
}
