package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// small is the mode on top while the terminal is below minWidth×minHeight:
// a one-line notice instead of the screen, and only q to quit. The modes
// under it keep their state and their sizes until the terminal grows.
type small struct{ overlay }

func (s *small) clone() mode { c := *s; return &c }

func (s *small) Update(e *env, msg tea.Msg) tea.Cmd {
	if msg, ok := msg.(tea.KeyPressMsg); ok && key.Matches(msg, e.keys.Quit) {
		return tea.Quit
	}
	return nil
}

func (s *small) SetSize(*env) tea.Cmd { return nil }

func (s *small) View(_ *env, below func() []string) []string { return below() }

func (s *small) Help(*env) footer { return footer{} }

// Screen is the whole screen: the notice, cut to the width.
func (s *small) Screen(e *env) string {
	return e.st.Notice.Render(e.m.Fit("窗口太小，至少 20×6", e.lay.width))
}
