/**
 * A menu item that the renderer turns on and off: the application menu's
 * "Save Backup…" is enabled only while there is a quarter to back up, as the
 * header menu's item is. It starts disabled (before a page has read the store
 * there is nothing to save) and keeps its state across a rebuilt menu.
 */
import type { MenuItem } from 'electron'

/** The id menu.ts gives "Save Backup…" (command items are `command:<MenuCommand>`). */
export const SAVE_BACKUP_ITEM_ID = 'command:save-backup'

/** Holds an item's enabled state and applies it to the item once there is one. */
export interface MenuItemSwitch {
  /** The item of a newly built menu (null when the menu has none). */
  attach(item: Pick<MenuItem, 'enabled'> | null): void
  enable(enabled: boolean): void
}

/** A switch for one menu item, off until `enable(true)`. */
export function createMenuItemSwitch(): MenuItemSwitch {
  let item: Pick<MenuItem, 'enabled'> | null = null
  let enabled = false
  return {
    attach(next) {
      item = next
      if (item) item.enabled = enabled
    },
    enable(next) {
      enabled = next
      if (item) item.enabled = next
    },
  }
}
