/** Help texts of the command line, shown by --help and after usage errors. */

/** Overview of every command. */
export const MAIN_HELP = `Usage: quarterdeck <command> [options]

Plan a department's quarterly goals and publish them as a MediaWiki page.
The commands read and write Quarterdeck backup files (.json, as saved by
File → Save backup… in the app) and wiki pages (.wiki).

Commands:
  export FILE.json   Write the wiki page of a plan in a backup file
  import PAGE.wiki   Read a goals page into a new backup file
  publish FILE.json  Save a plan's page on a wiki (MediaWiki 1.35+)
  pull FILE.json     Merge a wiki page's latest revision into a plan

Options:
  -h, --help         Show this help (also: quarterdeck <command> --help)

Exit status: 0 on success, 1 on bad input (missing file, damaged backup,
unknown plan, not a goals page) or a wiki that refused or cannot be reached,
2 on wrong usage, 3 on a conflict that needs a decision (the wiki's page
changed since the last publish or pull; a pull with differences changed on
both sides).

Examples:
  quarterdeck export backup.json --plan 2019-20Q2 -o goals.wiki
  quarterdeck import goals.wiki -o backup.json
  QUARTERDECK_WIKI_PASSWORD=… quarterdeck publish backup.json \\
    --wiki https://wiki.example.org/w/api.php --title "Tech/Goals/2019-20 Q2" --user Me@quarterdeck
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

const WIKI_OPTIONS = `  --wiki URL          The wiki's api.php, such as
                      https://www.mediawiki.org/w/api.php
  --title TITLE       The page's title.
  --plan KEY          The plan, by key such as 2019-20Q2 or by plan id; needed
                      only when the file holds several plans.`

const PASSWORD = `The password is a bot password (Special:BotPasswords on the wiki; grants
"Edit existing pages" and "Create, edit, and move pages"), read from the
environment variable QUARTERDECK_WIKI_PASSWORD or, when that is not set, from
the first line of standard input. It is never an argument.`

/** Help of \`quarterdeck publish\`. */
export const PUBLISH_HELP = `Usage: quarterdeck publish FILE.json --wiki URL --title TITLE --user NAME [--summary TEXT]

Saves the wiki page of a plan in the backup file FILE.json as TITLE, unless
someone changed that page on the wiki since the plan was last published or
pulled (its base): then nothing is saved, and it says to pull first (exit 3).
A page that already holds exactly this text gets no new revision. The
revision published is recorded in FILE.json as the plan's new base.

Options:
${WIKI_OPTIONS}
  --user NAME         The bot password's login name, such as Me@quarterdeck.
  --summary TEXT      The edit summary (default: "Quarterly goals updated
                      with Quarterdeck").
  -h, --help          Show this help.

${PASSWORD}
`

/** Help of \`quarterdeck pull\`. */
export const PULL_HELP = `Usage: quarterdeck pull FILE.json --wiki URL --title TITLE [-o OUT.json] [--user NAME] [--prefer local|remote]

Reads the latest revision of the wiki page TITLE and merges it into the plan
in FILE.json, three ways against the revision last published or pulled
(recorded in the file): changes made only on the wiki are applied, changes
made only here are kept. Writes the backup file with the merged plan, and
the pulled revision as its new base, to OUT.json or standard output; the
import report and a summary of the merge go to standard error. FILE.json
itself is not changed.

When a field changed differently on both sides (or, with no recorded base,
differs at all), it lists each conflict, writes nothing and exits with 3;
run again with --prefer to decide them all one way, or pull in the app to
choose one by one.

Options:
${WIKI_OPTIONS}
  -o, --output FILE   Write the merged backup to FILE instead of standard output.
  --user NAME         Log in first (needed on a private wiki); see below.
  --prefer SIDE       local: keep this file's value in every conflict;
                      remote: take the wiki's.
  -h, --help          Show this help.

${PASSWORD}
`
