package ui

import (
	tea "charm.land/bubbletea/v2"
)

// mode is one screen of the app: the reader, compare, the results of a
// search of every report, the picker, a sheet, the too-small notice. The
// root keeps them in a stack (app.go); the one on top gets the keys, the
// mouse and pastes, draws the pane area (laying itself over the modes
// below when it is an overlay), fills the help line and places the
// cursor. Every mode gets the answers of commands and the resizes, and
// takes what is its own. A mode's state is its own: the root reads none
// of it, and modes speak to each other only through messages posted as
// they close (env.post).
//
// Modes are pointers; the root copies each before it changes (clone), so
// an App value stays what it was, as a Bubble Tea model must.
type mode interface {
	// Update handles one message and returns the command it asks for.
	Update(e *env, msg tea.Msg) tea.Cmd
	// SetSize fits the mode to e.lay, which is never too small here.
	SetSize(e *env) tea.Cmd
	// View draws the pane area, e.lay.panes, as lines of exactly its
	// width; below draws the modes under this one.
	View(e *env, below func() []string) []string
	// Status fills the status line; below is what the modes under this
	// one would show.
	Status(e *env, below func() status) status
	// Help is the help line: the keys that work now, or the prompt being
	// typed in.
	Help(e *env) footer
	// clone is a shallow copy, to change without changing the original.
	clone() mode
}

// status is the status line's content. A mode fills what it knows and
// keeps what the modes below filled.
type status struct {
	title   string   // the window's title
	where   []string // left: district · year · section path
	search  string   // right: the search's position or progress
	percent int      // right: how far through the text the view is
	line    string   // when set, the whole line, drawn as is (compare's summary)
}

// footer is the help line: keys to list, or a prompt being typed in (the
// line is then the prompt, with the terminal's cursor after its text).
type footer struct {
	keys   []helpItem
	prompt *prompt
	label  string // before the prompt's text
}

// overlay is embedded by the modes that keep what the modes below show on
// the status line.
type overlay struct{}

func (overlay) Status(_ *env, below func() status) status { return below() }
