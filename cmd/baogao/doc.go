// Command baogao reads and compares Chinese government annual reports in a
// terminal.
//
//	baogao [--ambiguous=narrow|wide|auto] [PATH...]   open the reader
//	baogao list [--json] [PATH...]                    one line per report
//	baogao outline [--json] [--in PATH]... REPORT     a report's section tree
//	baogao show [--in PATH]... REPORT [SECTION]       a report's cleaned text
//	baogao search [--json] [--count] [--regex] QUERY [PATH...]
//	baogao diff [--json] [--unified|--side-by-side] [--width N] A B
//	baogao check [--json] REPORT...                  the completeness check (体检)
//	baogao figures [--json|--csv] REPORT...           key figures, or their table
//	baogao followup [--json] A B                      A's plans followed into B
//	baogao timeline [--json] [PATH...]                a unit's years side by side
//
// With no PATH, the sample reports embedded in the binary are used. Load
// errors are printed as "baogao: PATH: reason" and the rest still loads; the
// exit status is then 2. Skipped files and warnings about files that loaded
// ("baogao: PATH: 41 invalid bytes replaced") are printed the same way but
// leave the exit status alone.
package main
