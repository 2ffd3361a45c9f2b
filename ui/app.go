// Package ui is baogao's full-screen reader: a report list, the outline of
// the open report and the reading pane, with a status line and a help line.
//
// App is the only tea.Model. Its Update is a short dispatcher: a resize
// recomputes the layout and sizes each child, the background colour picks
// the styles, keys go through the global bindings first and then to the
// focused child only, and the mouse goes to the pane under the pointer.
// Children (reportList, outline, reader) are plain values with Update,
// View and SetSize; focus lives only here and is passed to View, so there
// is a single source of truth for it. After anything moves the reader, the
// outline follows the section being read.
//
// Every width is measured with one text.Measure, whose ambiguous-width
// setting is the one the process's Lip Gloss uses (see cmd/baogao/tui.go).
package ui

import (
	"baogao/model/pins"
	"os"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"

	"baogao/model"
	"baogao/ui/text"
)

// focus is the pane that receives keys. Search and compare will add modes
// beside it rather than more panes.
type focus int

const (
	focusReports focus = iota // the report list (1)
	focusOutline              // the outline (2)
	focusReader               // the reading pane (3)
	numPanes
)

// Options configure an App.
type Options struct {
	Problems []string // load errors and skipped files, one line each, listed under the reports
	Warnings []string // files that loaded with a warning (bytes replaced), one line each, listed after the problems
	Wide     bool     // ambiguous characters are two cells; borders become ASCII
	NoColor  bool     // no colour at all (NO_COLOR); attributes only

	Pins  *pins.Store // where hand pairs are kept; nil: not kept (compare_pins.go)
	Pairs []pins.Pair // hand pairs for the first comparison (baogao diff --pair), over the kept ones
}

// notes is what the "!" list shows: the problems, then the warnings.
func (o Options) notes() []string {
	return append(append([]string(nil), o.Problems...), o.Warnings...)
}

// notesSummary counts the notes for the status line and the sheet's title:
// "2 个文件未载入 · 1 个文件有警告", or shorter for narrow terminals.
func (o Options) notesSummary(short bool) string {
	var parts []string
	if n := len(o.Problems); n > 0 && short {
		parts = append(parts, strconv.Itoa(n)+" 未载入")
	} else if n > 0 {
		parts = append(parts, strconv.Itoa(n)+" 个文件未载入")
	}
	if n := len(o.Warnings); n > 0 && short {
		parts = append(parts, strconv.Itoa(n)+" 警告")
	} else if n > 0 {
		parts = append(parts, strconv.Itoa(n)+" 个文件有警告")
	}
	return strings.Join(parts, " · ")
}

// App is the reader application.
type App struct {
	// Configuration.
	reports []*model.Report
	opts    Options
	keys    keyMap
	m       *text.Measure
	st      *styles

	// Current state.
	current  int       // index of the open report, -1 when there is none
	focus    focus     // pane that gets the keys
	sheet    sheetKind // the help or the problems cover the panes (sheet.go)
	sheetOff int       // the sheet's first line in view
	lay      layout

	// Children.
	list    reportList
	outline outline
	reader  reader

	// Compare mode and the picker over the panes (compare.go, picker.go).
	cmp  compareMode
	pick picker

	// Search: the prompt, the results pane and the index (search.go).
	search searchUI
}

// New builds the app on the loaded reports, opening the first.
func New(reports []*model.Report, opts Options) App {
	m := text.NewMeasure(opts.Wide)
	a := App{
		reports: reports,
		opts:    opts,
		keys:    defaultKeys(),
		m:       m,
		st:      newStyles(true, opts.NoColor, opts.Wide),
		current: -1,
		focus:   focusReader,
		list:    newReportList(m, reports, opts.notes()),
		outline: newOutline(m),
		reader:  newReader(m),
		search:  newSearchUI(m, reports),
	}
	if len(reports) > 0 {
		a.open(0)
	}
	return a
}

// NoColorFromEnv reports whether the NO_COLOR convention asks for no colour.
func NoColorFromEnv() bool { return os.Getenv("NO_COLOR") != "" }

// Init asks the terminal for its background colour, builds the search
// index in the background and runs the comparison OpenCompare asked for.
func (a App) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, a.search.buildIndex(), a.compareCmd())
}

// Update dispatches one message, then starts the search of the open
// report that handling it queued, if any (search.go): opening a report,
// Enter in the prompt and a resize each need one, and it must not run here.
func (a App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := a.dispatch(msg)
	next, ok := m.(App)
	if !ok {
		return m, cmd
	}
	if find := next.queuedFind(); find != nil {
		cmd = tea.Batch(cmd, find)
	}
	return next, cmd
}

// dispatch hands one message to the part of the app it is for.
func (a App) dispatch(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.resize(msg.Width, msg.Height)
	case tea.BackgroundColorMsg:
		a.st = newStyles(msg.IsDark(), a.opts.NoColor, a.opts.Wide)
	case tea.KeyPressMsg:
		return a.handleKey(msg)
	case tea.PasteMsg:
		return a.paste(msg.Content)
	case indexReadyMsg:
		a.search.ready = true
	case resultsMsg:
		a.gotResults(msg)
	case foundMsg:
		a.gotFound(msg)
	case pinsSavedMsg:
		a.cmp.saveErr = msg.err
	case comparedMsg:
		a.gotComparison(msg)
	case tea.MouseWheelMsg:
		a.handleWheel(msg.Mouse())
	case tea.MouseClickMsg:
		a.handleClick(msg.Mouse())
	}
	return a, nil
}

// View draws the screen in the alternate screen with mouse reporting.
func (a App) View() tea.View {
	v := tea.NewView(a.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.Cursor = a.promptCursor()
	v.WindowTitle = "baogao"
	if a.current >= 0 {
		v.WindowTitle = "baogao · " + a.reports[a.current].Label()
	}
	return v
}

// resize lays the screen out again and sizes every child to its pane.
func (a *App) resize(w, h int) {
	a.lay = newLayout(w, h, a.list.Rows())
	inner := func(r rect) (int, int) { return max(r.w-2, 0), max(r.h-2, 0) }
	a.list.SetSize(inner(a.lay.reports))
	a.outline.SetSize(inner(a.lay.outline))
	a.reader.SetSize(inner(a.lay.reader))
	a.search.results.SetSize(inner(a.lay.panes))
	a.outline.Follow(a.reader.Current())
	a.sizeCompare()
}

// open makes report i the one being read.
func (a *App) open(i int) {
	if i < 0 || i >= len(a.reports) {
		return
	}
	a.current = i
	a.list.Select(i)
	a.outline.SetReport(a.reports[i])
	a.reader.SetReport(a.reports[i])
	a.searchOpened()
	a.outline.Follow(a.reader.Current())
}

// render draws the whole screen as plain lines joined by newlines: exactly
// height lines of exactly width cells, or the one-line notice.
func (a App) render() string {
	if a.lay.width <= 0 || a.lay.height <= 0 {
		return ""
	}
	if a.lay.tooSmall {
		return a.st.Notice.Render(a.m.Fit("窗口太小，至少 20×6", a.lay.width))
	}
	rows := a.renderPanes()
	if a.pick.kind != pickNone {
		rows = a.pick.overlay(a.st, a.m, rows)
	}
	if a.search.showResults {
		rows = a.renderResults()
	}
	if a.sheet != sheetNone {
		rows = a.renderSheet()
	}
	rows = append(rows, a.statusLine(), a.helpLine())
	return strings.Join(rows, "\n")
}

// renderPanes draws the pane area: side by side, or the reader with the
// focused list laid over its left part.
func (a App) renderPanes() []string {
	if a.cmp.on {
		return a.renderCompare()
	}
	l, st, m := a.lay, a.st, a.m
	readerTitle := "3 正文"
	if a.current >= 0 {
		readerTitle += " · " + a.reports[a.current].Label()
	}
	rows := st.frame(m, a.reader.View(st), l.reader.w, l.reader.h, readerTitle, a.focus == focusReader)
	reports := func() []string {
		return st.frame(m, a.list.View(st, a.focus == focusReports, a.current), l.reports.w, l.reports.h, "1 报告", a.focus == focusReports)
	}
	outline := func() []string {
		return st.frame(m, a.outline.View(st, a.focus == focusOutline), l.outline.w, l.outline.h, "2 目录", a.focus == focusOutline)
	}
	if l.wide {
		left := append(reports(), outline()...)
		for y := range rows {
			rows[y] = left[y] + rows[y]
		}
		return rows
	}
	var over []string
	switch a.focus {
	case focusReports:
		over = reports()
	case focusOutline:
		over = outline()
	default:
		return rows
	}
	for y := range rows {
		rows[y] = over[y] + skipCells(m, rows[y], l.reports.w)
	}
	return rows
}
