// Command baogao reads and compares Chinese government annual reports in a
// terminal.
//
//	baogao [--ambiguous=narrow|wide|auto] [PATH...]   open the reader
//	baogao list [--json] [PATH...] [WORDS]            one line per report
//	baogao outline [--json] [PATH...] REPORT          a report's section tree
//	baogao show [PATH...] REPORT [SECTION]            a report's cleaned text (--export html|docx|md)
//	baogao search [--json] [--count] [--regex] QUERY [PATH...]
//	baogao diff [--json] [--unified|--side-by-side] [--width N] [PATH...] A B
//	baogao help [COMMAND]
//	baogao check [--json] [PATH...] REPORT...         the completeness check (体检)
//	baogao figures [--json|--csv] [PATH...] REPORT... key figures, or their table
//	baogao followup [--json] [PATH...] A B            A's plans followed into B
//	baogao timeline [--json] [PATH...]                a unit's years side by side
//
// Every command takes reports the same way (args.go): arguments that name
// files or folders are loaded (--in PATH is the same), the other words pick
// reports among them. With no PATH, the config's folders are loaded, or else
// the sample reports embedded in the binary. --lang zh|en, anywhere, sets
// the language of messages and help (model/i18n); --json output keeps its
// English keys.
//
// Load errors are printed as "baogao: PATH: reason" and the rest still
// loads; the exit status is then 2. Skipped files and warnings about files
// that loaded ("baogao: PATH: 41 invalid bytes replaced") are printed the
// same way but leave the exit status alone.
package main
