import { isTaskId, taskUrl } from '../../shared/taskLinks'
import { openTaskInBrowser } from '../platform'

/**
 * A task id as a link to its Phabricator page. In the desktop app the click
 * goes to main, which opens the system browser (only for task pages); in a
 * browser the link opens a new tab. Either way a card under it neither
 * opens its editor nor starts a drag. Used on cards and in the export preview.
 */
export function TaskLink({ task }: { task: string }) {
  if (!isTaskId(task)) return <span className="task-id">{task}</span>
  return (
    <a
      className="task-id"
      href={taskUrl(task)}
      target="_blank"
      rel="noopener noreferrer"
      onPointerDown={stopPropagation}
      onKeyDown={stopPropagation}
      onClick={(event) => {
        event.stopPropagation()
        if (openTaskInBrowser(task)) event.preventDefault()
      }}
    >
      {task}
    </a>
  )
}

function stopPropagation(event: { stopPropagation(): void }): void {
  event.stopPropagation()
}
