// Package text measures and wraps report text for the terminal.
//
// Everything that decides how many cells a string takes on screen goes
// through a Measure, so the wrapper, the pane layout and the tests agree to
// the cell. A Measure is go-runewidth behind a runewidth.Condition whose
// East-Asian-ambiguous setting is ours: the package-level runewidth functions
// read the locale (LANG=zh_CN.UTF-8 turns “ into two cells) while Lip Gloss
// and Bubble Tea's renderer read only RUNEWIDTH_EASTASIAN, and the two must
// never disagree. The caller makes them agree by choosing the setting once
// and making sure the process environment says the same (see Ambiguous).
//
// A string is as wide as the sum of its runes, as Bubble Tea's renderer
// places it (x/ansi's wcwidth method) and as terminals without grapheme
// clustering (tmux, and every terminal that does not answer mode 2027)
// advance the cursor: marks and format characters are zero, everything
// else is go-runewidth's width. go-runewidth's own StringWidth counts some
// clusters as one two-cell glyph ("가" and a spacing mark: 2, where the
// renderer and libc say 3), which would put the layout and the renderer a
// cell apart. The characters on which terminals themselves disagree are
// removed or replaced when a report is loaded (model.Sanitize), which
// leaves per-rune sums that libc wcwidth agrees with too.
package text
