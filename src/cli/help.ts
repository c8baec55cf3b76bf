/** Help texts of the command line, shown by --help and after usage errors. */

/** Overview of every command. */
export const MAIN_HELP = `Usage: quarterdeck <command> [options]

Plan a department's quarterly goals and publish them as a MediaWiki page.
The commands read and write Quarterdeck backup files (.json, as saved by
File → Save backup… in the app) and wiki pages (.wiki).

Commands:
  export FILE.json   Write the wiki page of a plan in a backup file
  import PAGE.wiki   Read a goals page into a new backup file

Options:
  -h, --help         Show this help (also: quarterdeck <command> --help)

Exit status: 0 on success, 1 on bad input (missing file, damaged backup,
unknown plan, not a goals page), 2 on wrong usage.

Examples:
  quarterdeck export backup.json --plan 2019-20Q2 -o goals.wiki
  quarterdeck import goals.wiki -o backup.json
`

/** Help of `quarterdeck export`. */
export const EXPORT_HELP = `Usage: quarterdeck export FILE.json [--plan KEY] [--layout table|list] [-o OUT.wiki]

Writes the wiki page of one plan in the backup file FILE.json, to standard
output or to OUT.wiki. It is the same page the app's Export view shows.

Options:
  --plan KEY          The plan to export, by key such as 2019-20Q2 (fiscal
                      year and quarter) or by plan id. Needed only when the
                      file holds several plans.
  --layout LAYOUT     table (a wikitable per team) or list (bullet lists).
                      Default: the layout saved with the plan.
  -o, --output FILE   Write the page to FILE instead of standard output.
  -h, --help          Show this help.
`

/** Help of `quarterdeck import`. */
export const IMPORT_HELP = `Usage: quarterdeck import PAGE.wiki [--title TITLE] [-o OUT.json]

Reads a quarterly goals page (wikitext, as written by Quarterdeck or by
hand) and writes a Quarterdeck backup file holding it, to standard output or
to OUT.json; open that file in the app with File → Open backup….
The import report (counts, and every line that could not be placed, which is
kept as goal text or note) goes to standard error.

Options:
  --title TITLE       The page's title, such as
                      "Wikimedia Technology/Goals/2019-20 Q2", which tells the
                      department and quarter when the page text does not.
  -o, --output FILE   Write the backup to FILE instead of standard output.
  -h, --help          Show this help.
`
