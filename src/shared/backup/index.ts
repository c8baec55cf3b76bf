/** The Quarterdeck backup file format. */
export {
  BACKUP_FORMAT_NAME,
  BACKUP_FORMAT_VERSION,
  parseBackup,
  serializeBackup,
  type BackupIdentity,
  type ParseBackupResult,
} from './format'
export { reidentifyPlan } from './reidentify'
export type { WikiBases } from './wikiBases'
export { basesAfterRewrite } from './backupBases'
export type { BackupBase, BackupBases, BackupMark, CarriedBackupBase } from './backupBases'
