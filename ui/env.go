package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"baogao/model"
	"baogao/model/search"
	"baogao/ui/text"
)

// env is what every mode reads and nothing owns: the reports, the options,
// the key map, the measure, the styles, the layout and the search index,
// and the few choices that outlive a mode (the comparison's layout). The
// root keeps it and passes it to each call; a mode asks the root to change
// the stack through it (push, pop, post), and the root does so once the
// mode's Update has returned.
type env struct {
	reports []*model.Report
	opts    Options
	keys    keyMap
	m       *text.Measure
	st      *styles
	lay     layout

	ix      *search.Index // every report's search index, built in the background
	ixReady bool          // its keys are built

	cmpSide sideChoice // how comparisons are laid out, as last chosen with u
	serial  int        // the last generation handed out (next)

	todo []navStep // what the mode on top asked of the stack
}

// navStep is one change to the stack: push a mode, pop the top, or post a
// message to the mode then on top.
type navStep struct {
	push mode
	pop  bool
	post tea.Msg
}

// push puts m on top of the stack once the current Update returns.
func (e *env) push(m mode) { e.todo = append(e.todo, navStep{push: m}) }

// pop removes the mode on top once the current Update returns.
func (e *env) pop() { e.todo = append(e.todo, navStep{pop: true}) }

// post hands msg to the mode on top after the steps before it: how a mode
// that closes tells the one below what was chosen, in the same Update.
func (e *env) post(msg tea.Msg) { e.todo = append(e.todo, navStep{post: msg}) }

// next is a generation no command has had: each search and comparison
// gets one, so an answer meant for a mode that is gone, or for an older
// request, matches nothing.
func (e *env) next() int {
	e.serial++
	return e.serial
}

// globalKey applies the keys that work everywhere except while typing:
// q quits and ! shows the load problems (when there are any). ok is false
// for every other key.
func (e *env) globalKey(msg tea.KeyPressMsg) (cmd tea.Cmd, ok bool) {
	switch {
	case key.Matches(msg, e.keys.Quit):
		return tea.Quit, true
	case key.Matches(msg, e.keys.Problems) && len(e.opts.notes()) > 0:
		e.push(newSheet(sheetProblems))
		return nil, true
	}
	return nil, false
}

// inner is the inside of a pane's border.
func inner(r rect) (int, int) { return max(r.w-2, 0), max(r.h-2, 0) }

// wheelDelta is how many lines a wheel event scrolls (negative: up); ok
// is false for any other button.
func wheelDelta(m tea.Mouse) (int, bool) {
	switch m.Button {
	case tea.MouseWheelUp:
		return -wheelStep, true
	case tea.MouseWheelDown:
		return wheelStep, true
	}
	return 0, false
}

// wheelStep is how many lines one wheel notch scrolls.
const wheelStep = 3
