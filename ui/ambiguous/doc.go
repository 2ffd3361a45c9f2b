// Package ambiguous decides whether East Asian ambiguous characters (“ ” —
// … · ① and box drawing) take one terminal cell or two, and makes the
// process agree with that decision.
//
// x/ansi, and with it Lip Gloss and Bubble Tea's renderer, reads
// RUNEWIDTH_EASTASIAN once, in a package init. A decision made later (after
// asking the terminal) can only reach it by starting the program again with
// the variable set, so Resolve re-executes the binary when the variable
// does not already say what was decided. The re-executed process is told
// the decision through the environment and does not probe again.
package ambiguous
