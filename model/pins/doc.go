// Package pins keeps the sections a reader paired by hand, so that a pair
// made with p in the app lasts: it is there the next time the same two
// reports are compared, in the app and in `baogao diff`.
//
// Pairs are kept per pair of reports, keyed by a hash of each report's
// text (Key), not by its path: a renamed or moved file keeps its pairs, an
// edited one starts afresh (its sections may have moved). A pair names
// each side's section by its dotted path as `baogao outline` prints it
// ("2.4"), or "-" for a section kept unpaired.
//
// The pairs live in one small JSON file, pins.json, in the user's state
// directory (Dir): $XDG_STATE_HOME/baogao, else ~/.local/state/baogao;
// %LocalAppData%\baogao on Windows; ~/Library/Application Support/baogao
// on macOS. Never beside the inputs. The file is read with a size cap and
// written whole through a temporary file and a rename, so a crash leaves
// the old file or the new one, never half of one; a file that does not
// parse is treated as empty (and replaced on the next save).
package pins
