/**
 * The one entry of the renderer: starts reading the quarter from IndexedDB,
 * then renders the app, which shows the board as soon as the quarter is in
 * memory. The read starts before React renders anything so that IndexedDB's
 * work overlaps the first render instead of following it.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { markStartup } from './startupMarks'
import { startQuarterStore } from './store/quarterSync'
import { startTheme } from './theme/theme'
import './theme/tokens.css'
import './styles.css'

markStartup('script-evaluated')
startTheme()
void startQuarterStore()

const container = document.getElementById('root')
if (!container) throw new Error('Missing #root element')
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
