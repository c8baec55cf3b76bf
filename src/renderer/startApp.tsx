/**
 * Renders the app (which opens the store). Loaded by main.ts once the startup
 * read is under way.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { markStartup } from './startupMarks'
import './styles.css'

markStartup('script-evaluated')

const container = document.getElementById('root')
if (!container) throw new Error('Missing #root element')
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
