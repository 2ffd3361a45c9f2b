package ui

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"baogao/model/search"
	"baogao/ui/text"
)

// prompt is the one-line query editor that replaces the help line while
// typing a search. Text arrives whole: a key press's Text (an input method
// may commit several characters at once) or a paste. It edits at the end
// only, as less's and vim's search prompts do; backspace removes one
// character.
type prompt struct {
	value string
	err   string // why the query cannot run, shown after it
}

// promptAct is what a key did in the prompt.
type promptAct uint8

const (
	promptNone   promptAct = iota // nothing: the key is the mode's to use
	promptAccept                  // Enter
	promptCancel                  // Esc
	promptEdited                  // the query changed
	promptQuit                    // Ctrl-C
)

// key edits the query. Printable text (one character, or several from an
// input method) is typed into it, so q and j are letters here; Ctrl-C
// still quits. Both prompts (/ and F) decode their keys here.
func (p *prompt) key(k keyMap, msg tea.KeyPressMsg) promptAct {
	switch {
	case key.Matches(msg, k.Open):
		return promptAccept
	case key.Matches(msg, k.Back):
		return promptCancel
	case key.Matches(msg, k.DeleteRune):
		p.DeleteRune()
		return promptEdited
	case key.Matches(msg, k.ClearInput):
		p.Clear()
		return promptEdited
	case msg.Text != "" && msg.Mod&^tea.ModShift == 0:
		p.Insert(msg.Text)
		return promptEdited
	case msg.Text == "" && key.Matches(msg, k.Quit):
		return promptQuit
	}
	return promptNone
}

// check parses the query after an edit, so that a bad regular expression
// is reported while it is typed.
func (p *prompt) check() (*search.Query, error) {
	q, err := search.ParseInput(p.value)
	p.err = ""
	if err != nil && !errors.Is(err, search.ErrEmptyQuery) {
		p.err = err.Error()
	}
	return q, err
}

// Insert appends typed or pasted text. Line breaks and tabs become spaces
// and other control characters are dropped, so a pasted paragraph is a
// query and nothing can reach the terminal.
func (p *prompt) Insert(s string) {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			b.WriteByte(' ')
		case r == utf8.RuneError, unicode.IsControl(r), unicode.Is(unicode.Cf, r):
		default:
			b.WriteRune(r)
		}
	}
	p.value += b.String()
}

// DeleteRune removes the last character.
func (p *prompt) DeleteRune() {
	_, n := utf8.DecodeLastRuneInString(p.value)
	p.value = p.value[:len(p.value)-n]
}

// Clear empties the query.
func (p *prompt) Clear() { p.value = "" }

// View draws the prompt in exactly w cells: label, the end of the query
// when it is too long to show whole, and the error (at most half the line)
// at the right. It returns the cell column just after the query, where
// the terminal cursor goes.
func (p *prompt) View(st *styles, m *text.Measure, label string, w int) (string, int) {
	if w <= 0 {
		return "", 0
	}
	errText, ew := "", 0
	if p.err != "" {
		errText = m.Truncate("  "+p.err, max(w/2, 0), "…")
		ew = m.String(errText)
	}
	lw := m.String(label)
	if lw > w-ew-2 { // no room for the label: the query alone
		label, lw = "", 0
	}
	room := max(w-ew-lw-1, 0) // one cell for the cursor
	q := tailFit(m, p.value, room)
	qw := m.String(q)
	line := st.HelpKey.Render(label) + q + strings.Repeat(" ", max(w-lw-qw-ew, 0)) + st.PromptError.Render(errText)
	return line, lw + qw
}

// tailFit keeps the end of s that fits in w cells, with "…" in front when
// something was cut (the end is what one is typing).
func tailFit(m *text.Measure, s string, w int) string {
	if w <= 0 {
		return ""
	}
	if m.String(s) <= w {
		return s
	}
	used, i := m.String("…"), len(s)
	if used > w {
		return ""
	}
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		rw := m.Rune(r)
		if used+rw > w {
			break
		}
		used += rw
		i -= n
	}
	return "…" + s[i:]
}
