// Package ui is baogao's full-screen app: the reader (a report list, the
// outline of the open report and the reading pane), search, compare mode,
// with a status line and a help line.
//
// # Modes
//
// App is the only tea.Model. It holds what every part reads (env: the
// reports, options, key map, measure, styles, layout and the search index)
// and a stack of modes, each a child model with its own Update, SetSize,
// View, Status and Help and its own state:
//
//	readMode     read.go        the reader, always at the bottom: focus, report list,
//	                            outline, reading pane, the search of the open report
//	                            and its prompt (read_search.go)
//	compareMode  compare.go     two reports section pair by section pair: pins, the
//	                            comparison, pair list and diff view, its focus
//	searchAll    search_all.go  the results of a search of every report and its prompt
//	picker       picker.go      a box to choose from over the main pane (report, section)
//	sheet        sheet.go       the full help and the load problems over the panes
//	figuresView  figures_view.go the key figures of the open report, or of the pair
//	                            compared, over the panes (f); Enter opens the sentence
//	checkView    check_view.go  the completeness check of the open report (c)
//	followupView followup_view.go the plans of the earlier of the pair compared and
//	                            what the later says of them (t); Enter opens the passage
//	timelineView timeline_view.go the reports by unit, a unit's parts and figures year
//	                            by year (T, timeline_grid.go); d compares two years
//	small        small.go       the notice while the terminal is too small
//
// One function, App.top, decides which mode is on top: the notice when the
// terminal is too small, else the top of the stack. That mode alone gets
// the keys, the mouse and pastes, fills the help line and places the
// cursor (a prompt's). The screen is drawn down the stack: each mode's View
// draws the pane area and may draw the modes below first to lay itself
// over them (the picker); the status line is filled the same way (a sheet
// keeps what is below, compare writes its summary). A resize sizes every
// mode; the answers of commands (searches, comparisons, wrappings) go to
// every mode, and each takes its own by type and generation.
//
// Modes change the stack only through env: push, pop, and post, a message
// for the mode then on top, which is how a closing mode hands over what was
// chosen (the picker's report as openCompareMsg, a hit as openHitMsg). The
// root applies these once the mode's Update returns, so the keys that
// follow already reach the new top. No mode reads another's state, and the
// root reads none. Adding a mode is a file with a type that implements
// mode, and a push where it opens.
//
// Keys are named only in keys.go (keyMap, from which the help line and the
// full help are made), colours only in styles.go. Keys the modes share are
// decoded once: the global ones (env.globalKey), moving among panes
// (paneKey), the wheel (wheelDelta), editing a prompt (prompt.key).
//
// # Slow work
//
// Nothing slow runs in Update: searches, comparisons, the wrapping of a
// long report and the rows of a long comparison are commands with their own
// context and generation (job.go); a newer request cancels the older and
// answers that are not the latest are dropped. So q, Ctrl-C and SIGTERM
// (which Bubble Tea delivers as a message) are answered at once.
//
// Every width is measured with one text.Measure, whose ambiguous-width
// setting is the one the process's Lip Gloss uses (see cmd/baogao/tui.go).
package ui
