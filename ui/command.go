package ui

// The : command line of the reader, on the help line as the search prompt
// is (typed, IME and pasted text alike). Enter runs the command; one that
// cannot run keeps the prompt open with the reason, as a bad search does.
//
//	:2.3  :二/三      go to a section by index path or by its labels
//	:50%             go to that far through the report
//	:diff 2023       compare with the same unit's report of that year (or
//	                 the report the words name, as the list's filter finds it)
//	:check :figures  the completeness check, the key figures
//
// Tab completes a command's name. Going to a section or a percentage is a
// jump (marks.go), so Ctrl-O comes back.

import (
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"

	"baogao/model"
)

// commandNames are the commands Tab completes, in the order help lists them.
var commandNames = []string{"diff", "check", "figures"}

// commandLine is the reader's : prompt.
type commandLine struct {
	typing bool
	input  prompt
}

// commandKey edits the command line; Tab completes, Enter runs.
func (r *readMode) commandKey(e *env, msg tea.KeyPressMsg) tea.Cmd {
	if msg.Code == tea.KeyTab && msg.Mod == 0 {
		r.cmd.input.value = completeCommand(r.cmd.input.value)
		return nil
	}
	switch r.cmd.input.key(e.keys, msg) {
	case promptAccept:
		return r.runCommand(e, strings.TrimSpace(r.cmd.input.value))
	case promptCancel:
		r.cmd.typing = false
	case promptEdited:
		r.cmd.input.err = ""
	case promptQuit:
		return tea.Quit
	}
	return nil
}

// completeCommand completes the command name being typed when one name
// alone starts with it.
func completeCommand(s string) string {
	if strings.ContainsRune(s, ' ') {
		return s
	}
	var found []string
	for _, n := range commandNames {
		if strings.HasPrefix(n, s) {
			found = append(found, n)
		}
	}
	switch {
	case len(found) == 1 && found[0] == "diff":
		return "diff "
	case len(found) == 1:
		return found[0]
	}
	return s
}

// runCommand runs a command line; the prompt closes unless it failed.
func (r *readMode) runCommand(e *env, line string) tea.Cmd {
	fail := func(why string) tea.Cmd { r.cmd.input.err = why; return nil }
	if line == "" {
		r.cmd.typing = false
		return nil
	}
	if r.current < 0 {
		return fail("没有打开的报告")
	}
	name, arg, _ := strings.Cut(line, " ")
	arg = strings.TrimSpace(arg)
	switch {
	case name == "check":
		r.cmd.typing = false
		v, cmd := newCheckView(e, r.current)
		e.push(v)
		return cmd
	case name == "figures":
		r.cmd.typing = false
		v, cmd := newFiguresView(e.reports[r.current], nil, nil)
		e.push(v)
		return cmd
	case name == "diff":
		b := diffTarget(e.reports, r.current, arg)
		if b < 0 {
			return fail("没有可对比的报告：" + arg)
		}
		r.cmd.typing = false
		return r.openCompare(e, openCompareMsg{a: r.current, b: b})
	case strings.HasSuffix(line, "%"):
		pct, err := strconv.Atoi(strings.TrimSuffix(line, "%"))
		if err != nil || pct < 0 || pct > 100 {
			return fail("百分比应为 0–100")
		}
		r.cmd.typing = false
		r.jumpTo(func() { r.reader.GoPercent(pct) })
		return nil
	}
	sec := findSectionSpec(e.reports[r.current], line)
	i, ok := r.reader.secIdx[sec]
	if sec == nil || !ok {
		return fail("没有这一节或命令：" + line)
	}
	r.cmd.typing = false
	r.focus = focusReader
	r.jumpTo(func() { r.reader.GoTo(i) })
	return nil
}

// jumpTo moves the reader as a jump: the position before is kept.
func (r *readMode) jumpTo(move func()) {
	before := r.reader.Pos()
	move()
	r.outline.Follow(r.reader.Current())
	if r.reader.Pos() != before {
		r.jumps.record(before)
	}
}

// GoPercent shows the report from pct percent of the way through.
func (r *reader) GoPercent(pct int) {
	r.scrollTo(max(len(r.lines)-r.height, 0) * pct / 100)
	r.cur = r.reading()
}

// findSectionSpec resolves an index path (2.3) or a path of labels or
// titles separated by / (二/三, 二/（三）); nil when there is no such
// section.
func findSectionSpec(rep *model.Report, spec string) *model.Section {
	if s := rep.FindPath(spec); s != nil {
		return s
	}
	var found *model.Section
	level := rep.Sections
	for _, part := range strings.Split(spec, "/") {
		label := strings.Trim(strings.TrimSpace(part), "()（）、.．")
		found = nil
		for _, s := range level {
			if label != "" && (s.Label == label || s.Title == part) {
				found = s
				break
			}
		}
		if found == nil {
			return nil
		}
		level = found.Children
	}
	return found
}

// diffTarget is the report :diff ARG names for report base: a year is the
// same unit's report of that year; other words are matched as the list's
// filter matches them, and must name one report. -1 when none.
func diffTarget(reports []*model.Report, base int, arg string) int {
	if y, err := strconv.Atoi(arg); err == nil {
		for i, r := range reports {
			if i != base && r.Year == y && unitName(r) == unitName(reports[base]) {
				return i
			}
		}
	}
	if arg == "" {
		return neighbourYear(reports, base)
	}
	found := -1
	terms := filterTerms(arg)
	for i, r := range reports {
		if i != base && matchesAll(reportFilterText(r), terms) {
			if found >= 0 {
				return -1 // several: never a guess
			}
			found = i
		}
	}
	return found
}
