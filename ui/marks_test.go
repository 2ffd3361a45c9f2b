package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// ctrl is the key message of Ctrl and a letter.
func ctrl(c rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: c, Mod: tea.ModCtrl} }

// TestMarks: m and a letter marks the reading position, ' and the letter
// goes back to it (after a resize too), ” returns to before that jump;
// a mark belongs to its report; an unknown mark does nothing.
func TestMarks(t *testing.T) {
	reports := seedReports(t)
	lixia := seedIndex(t, reports, "jinan-lixia-2024")
	for _, size := range [][2]int{{80, 24}, {160, 48}} {
		a := sized(reports, Options{}, size[0], size[1])
		a.open(lixia)
		a = keys(a, "}", "}", "j", "j", "m", "a")
		marked := a.rd().reader.Pos()
		a = keys(a, "G")
		end := a.rd().reader.off
		if a = keys(a, "'", "a"); a.rd().reader.Pos() != marked {
			t.Fatalf("%v: 'a: at %+v, want %+v", size, a.rd().reader.Pos(), marked)
		}
		if a.rd().outline.Selected() != a.rd().reader.Current() {
			t.Errorf("%v: 'a: the outline does not follow", size)
		}
		if b := keys(a, "'", "'"); b.rd().reader.off != end {
			t.Errorf("%v: '': at line %d, want the end %d", size, b.rd().reader.off, end)
		} else if c := keys(b, "'", "'"); c.rd().reader.Pos() != marked {
			t.Errorf("%v: '' twice: at %+v, want the mark", size, c.rd().reader.Pos())
		}
		if b := keys(a, "g", "'", "z"); b.rd().reader.off != 0 {
			t.Errorf("%v: 'z with no mark z moved to %d", size, b.rd().reader.off)
		}
		// m then a non-letter cancels; the next key is not swallowed twice.
		if b := keys(a, "g", "m", "1", "j"); b.rd().reader.off != 1 {
			t.Errorf("%v: m 1 j: at %d, want 1", size, b.rd().reader.off)
		}
		// The mark survives a resize: the same paragraph comes back.
		r := send(keys(a, "g"), tea.WindowSizeMsg{Width: size[0] + 7, Height: size[1]})
		r = keys(r, "'", "a")
		if got := r.rd().reader.lines[r.rd().reader.off].block; got != marked.block {
			t.Errorf("%v: 'a after a resize: paragraph %d, want %d", size, got, marked.block)
		}
		// Marks are the report's own.
		o := keys(a, "1", "j", "enter", "3", "'", "a")
		if o.rd().current == lixia || o.rd().reader.off != 0 {
			t.Errorf("%v: 'a in another report moved to %d", size, o.rd().reader.off)
		}
	}
}

// TestJumpList: section jumps, g/G and going to a mark are kept; Ctrl-O
// walks back through them and Ctrl-I (or Ctrl-N) forward again; plain
// scrolling is not a jump.
func TestJumpList(t *testing.T) {
	reports := seedReports(t)
	lixia := seedIndex(t, reports, "jinan-lixia-2024")
	for _, size := range [][2]int{{80, 24}, {160, 48}} {
		a := sized(reports, Options{}, size[0], size[1])
		a.open(lixia)
		a = keys(a, "j", "j") // scrolling: not a jump
		p0 := a.rd().reader.Pos()
		a = keys(a, "}")
		p1 := a.rd().reader.Pos()
		a = keys(a, "}")
		p2 := a.rd().reader.Pos()
		a = keys(a, "G")
		p3 := a.rd().reader.Pos()
		steps := []struct {
			msg  tea.Msg
			want readPos
		}{
			{ctrl('o'), p2}, {ctrl('o'), p1}, {ctrl('o'), p0}, {ctrl('o'), p0},
			{ctrl('i'), p1}, {ctrl('n'), p2}, {ctrl('n'), p3}, {ctrl('n'), p3},
		}
		for i, st := range steps {
			a = send(a, st.msg)
			if got := a.rd().reader.Pos(); got != st.want {
				t.Fatalf("%v: step %d (%v): at %+v, want %+v", size, i, st.msg, got, st.want)
			}
		}
		// A new jump after walking back drops the newer ones.
		a = send(a, ctrl('o'), ctrl('o'))
		a = keys(a, "g")
		if b := send(a, ctrl('n')); b.rd().reader.Pos() != a.rd().reader.Pos() {
			t.Errorf("%v: ctrl+n after a new jump moved", size)
		}
		if b := send(a, ctrl('o')); b.rd().reader.Pos() != p1 {
			t.Errorf("%v: ctrl+o after g: at %+v, want %+v", size, b.rd().reader.Pos(), p1)
		}
		// A search's first hit and n are jumps.
		s := keys(a, "G", "/", "执法", "enter")
		hit := s.rd().reader.Pos()
		if hit == p3 {
			t.Fatalf("%v: the search did not move", size)
		}
		for i := 0; i < 20 && s.rd().reader.Pos() == hit; i++ {
			s = keys(s, "n") // n moves the view only to a hit out of it
		}
		if s = send(s, ctrl('o')); s.rd().reader.Pos() != hit {
			t.Errorf("%v: ctrl+o after n: at %+v, want the first hit %+v", size, s.rd().reader.Pos(), hit)
		}
		if s = send(s, ctrl('o')); s.rd().reader.Pos() != p3 {
			t.Errorf("%v: ctrl+o after the search: at %+v, want %+v", size, s.rd().reader.Pos(), p3)
		}
		// Enter in the outline is a jump.
		c := keys(a, "G", "2", "g", "enter")
		if d := send(c, ctrl('o')); d.rd().reader.Pos() != p3 {
			t.Errorf("%v: ctrl+o after enter in the outline: at %+v, want the end %+v", size, d.rd().reader.Pos(), p3)
		}
	}
}
