package ui

// Marks and the jump list of the reader, as in less and vim: m and a
// letter marks the reading position, ' and the letter goes back to it,
// '' to where the reader was before the latest jump. Section jumps ([ ] {
// } g G, Enter in the outline), search hits (n N, Enter in the search
// prompt) and going to a mark are jumps: the position before each is kept,
// and Ctrl-O walks back through them, Ctrl-I (where the terminal tells it
// from Tab) or Ctrl-N forward again. Positions are paragraphs, not lines,
// so they survive a resize. Marks belong to a report; the jump list is
// dropped when another report is opened.

import (
	"sort"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// readPos is a reading position: the paragraph on the top line, how many of
// its lines are above the view, and the section being read.
type readPos struct {
	block  int32
	within int
	cur    int
}

// Pos is the reading position.
func (r *reader) Pos() readPos {
	if r.off >= len(r.lines) {
		return readPos{cur: r.cur}
	}
	b := r.lines[r.off].block
	first := sort.Search(len(r.lines), func(i int) bool { return r.lines[i].block >= b })
	return readPos{block: b, within: r.off - first, cur: r.cur}
}

// SetPos shows a reading position again.
func (r *reader) SetPos(p readPos) {
	first := sort.Search(len(r.lines), func(i int) bool { return r.lines[i].block >= p.block })
	off := first
	for off < first+p.within && off+1 < len(r.lines) && r.lines[off+1].block == p.block {
		off++
	}
	r.scrollTo(off)
	r.cur = clamp(p.cur, -1, len(r.secs)-1)
	r.settle()
}

// maxJumps bounds the jump list.
const maxJumps = 100

// jumps are the marks of every report (by index) and the open report's
// jump list: at is where Ctrl-O and Ctrl-I are in it, len(list) when
// not walking it; last is the position before the latest jump (for ”).
type jumps struct {
	marks   map[int]map[rune]readPos
	list    []readPos
	at      int
	last    readPos
	hasLast bool
	pending rune // 'm' or '\'' waiting for its letter; 0 for none
}

// clone copies the marks and the list, so that a copy of the reader mode
// does not change this one's.
func (j jumps) clone() jumps {
	c := j
	c.marks = make(map[int]map[rune]readPos, len(j.marks))
	for rep, ms := range j.marks {
		c.marks[rep] = make(map[rune]readPos, len(ms))
		for k, v := range ms {
			c.marks[rep][k] = v
		}
	}
	c.list = append([]readPos(nil), j.list...)
	return c
}

// record keeps from, the position before a jump.
func (j *jumps) record(from readPos) {
	j.last, j.hasLast = from, true
	j.list = j.list[:min(j.at, len(j.list))]
	if n := len(j.list); n == 0 || j.list[n-1] != from {
		j.list = append(j.list, from)
	}
	if len(j.list) > maxJumps {
		j.list = j.list[len(j.list)-maxJumps:]
	}
	j.at = len(j.list)
}

// back is Ctrl-O from now: the older position, if any.
func (j *jumps) back(now readPos) (readPos, bool) {
	if j.at >= len(j.list) {
		if n := len(j.list); n > 0 && j.list[n-1] == now {
			j.at = n - 1
		} else {
			j.list = append(j.list, now)
			j.at = len(j.list) - 1
		}
	}
	if j.at == 0 {
		return readPos{}, false
	}
	j.at--
	return j.list[j.at], true
}

// forward is Ctrl-I: the newer position, if any.
func (j *jumps) forward() (readPos, bool) {
	if j.at+1 >= len(j.list) {
		return readPos{}, false
	}
	j.at++
	return j.list[j.at], true
}

// reset drops the jump list, for another report.
func (j *jumps) reset() { j.list, j.at, j.hasLast, j.pending = nil, 0, false, 0 }

// isJump says whether a key of the reader is a jump the list keeps.
func isJump(k keyMap, f focus, msg tea.KeyPressMsg) bool {
	if f == focusOutline && key.Matches(msg, k.Open) {
		return true
	}
	if f != focusReader && f != focusOutline {
		return false
	}
	return key.Matches(msg, k.PrevSection, k.NextSection, k.PrevPart, k.NextPart, k.Top, k.Bottom, k.NextMatch, k.PrevMatch)
}

// keyTracked applies a key and, when it was a jump that moved the reader,
// keeps the position before it.
func (r *readMode) keyTracked(e *env, msg tea.KeyPressMsg) tea.Cmd {
	before, rep, f := r.reader.Pos(), r.current, r.focus
	typing := r.find.typing
	r.flash = ""
	cmd := r.key(e, msg)
	switch {
	case rep != r.current:
	case typing && !r.find.typing && key.Matches(msg, e.keys.Open) && r.find.query != nil:
		r.jumps.record(before) // the search moves to its first hit when it answers
	case !typing && isJump(e.keys, f, msg) && r.reader.Pos() != before:
		r.jumps.record(before)
	}
	return cmd
}

// markKey handles the keys of marks and the jump list; ok is false for
// any other key.
func (r *readMode) markKey(e *env, msg tea.KeyPressMsg) bool {
	k := e.keys
	switch {
	case r.jumps.pending != 0:
		r.letter(msg)
	case r.current < 0 || r.focus == focusReports:
		return false
	case key.Matches(msg, k.SetMark):
		r.jumps.pending = 'm'
	case key.Matches(msg, k.GoMark):
		r.jumps.pending = '\''
	case key.Matches(msg, k.JumpBack):
		if p, ok := r.jumps.back(r.reader.Pos()); ok {
			r.goPlace(p)
		}
	case key.Matches(msg, k.JumpForward):
		if p, ok := r.jumps.forward(); ok {
			r.goPlace(p)
		}
	default:
		return false
	}
	return true
}

// letter completes m or ': a letter sets or goes to that mark, ' after '
// goes back to before the latest jump; any other key cancels.
func (r *readMode) letter(msg tea.KeyPressMsg) {
	pending := r.jumps.pending
	r.jumps.pending = 0
	ch := []rune(msg.Text)
	if len(ch) != 1 {
		return
	}
	c := ch[0]
	switch {
	case pending == 'm' && isMarkLetter(c):
		if r.jumps.marks == nil {
			r.jumps.marks = map[int]map[rune]readPos{}
		}
		if r.jumps.marks[r.current] == nil {
			r.jumps.marks[r.current] = map[rune]readPos{}
		}
		r.jumps.marks[r.current][c] = r.reader.Pos()
	case pending == '\'' && c == '\'' && r.jumps.hasLast:
		to := r.jumps.last
		r.jumps.record(r.reader.Pos())
		r.goPlace(to)
	case pending == '\'' && isMarkLetter(c):
		if p, ok := r.jumps.marks[r.current][c]; ok {
			r.jumps.record(r.reader.Pos())
			r.goPlace(p)
		}
	}
}

func isMarkLetter(c rune) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// goPlace shows a position and the outline follows.
func (r *readMode) goPlace(p readPos) {
	r.reader.SetPos(p)
	r.outline.Follow(r.reader.Current())
}
