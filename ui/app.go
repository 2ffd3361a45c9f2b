package ui

import (
	"baogao/model/pins"
	"os"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"

	"baogao/model"
	"baogao/model/config"
	"baogao/model/search"
	"baogao/ui/text"
)

// Options configure an App.
type Options struct {
	Problems []string // load errors and skipped files, one line each, listed under the reports
	Warnings []string // files that loaded with a warning (bytes replaced), one line each, listed after the problems
	Wide     bool     // ambiguous characters are two cells; borders become ASCII
	NoColor  bool     // no colour at all (NO_COLOR); attributes only
	// Settings are the config file's (model/config): keys by action,
	// colours by role and the reading width, for the key map and styles
	// to take; the zero value is the defaults.
	Settings config.Config

	ExportDir string      // where e in compare mode writes the 对照表; "" is the working directory
	Version   string      // baogao's version, in the exports' footers
	Pins      *pins.Store // where hand pairs are kept; nil: not kept (compare_pins.go)
	Pairs     []pins.Pair // hand pairs for the first comparison (baogao diff --pair), over the kept ones
	// More, when set, brings the rest of the reports in batches while the
	// app runs (model.Stream); the search index is built when it closes.
	More <-chan model.Loaded
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

// App is the only tea.Model: the environment every mode reads and the
// stack of modes, the reader at the bottom. It decides which mode is on
// top (top) and hands it the keys, the mouse and the screen; it reads no
// mode's state.
type App struct {
	e     env
	stack []mode  // stack[0] is the reader; the last one is on top
	small small   // on top instead of the stack while the terminal is too small
	start tea.Cmd // what OpenCompare asked for before the program started, for Init
}

// New builds the app on the loaded reports, opening the first.
func New(reports []*model.Report, opts Options) App {
	m := text.NewMeasure(opts.Wide)
	e := env{
		reports: reports,
		opts:    opts,
		keys:    defaultKeys(),
		m:       m,
		st:      newStyles(true, opts.NoColor, opts.Wide),
		ix:      search.NewIndex(reports),
	}
	return App{e: e, stack: []mode{newReadMode(&e)}}
}

// NoColorFromEnv reports whether the NO_COLOR convention asks for no colour.
func NoColorFromEnv() bool { return os.Getenv("NO_COLOR") != "" }

// Init asks the terminal for its background colour, builds the search
// index in the background and runs what OpenCompare asked for.
func (a App) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, buildIndex(a.e.ix), a.start, nextBatch(a.e.opts.More))
}

// OpenCompare opens compare mode on reports i (A) and j (B), as baogao
// diff A B does, and returns the command that compares them; Init runs it
// too, for the program that starts afterwards. Out-of-range indexes leave
// the app as it was.
func (a *App) OpenCompare(i, j int) tea.Cmd {
	a.stack = a.cloned()
	a.e.post(openCompareMsg{a: i, b: j})
	a.start = a.navigate()
	return a.start
}

// Update hands a message to the modes it is for, then applies the changes
// to the stack they asked for. Keys, the mouse and pastes go to the mode
// on top only; a resize sizes every mode; answers of commands go to every
// mode, each taking its own.
func (a App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	a.stack = a.cloned()
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.e.lay = newLayout(msg.Width, msg.Height, max(len(a.e.reports), 1)+len(a.e.opts.notes()))
		cmd = a.resize()
	case tea.BackgroundColorMsg:
		a.e.st = newStyles(msg.IsDark(), a.e.opts.NoColor, a.e.opts.Wide)
	case indexReadyMsg:
		a.e.ixReady = true
	case batchMsg:
		cmd = tea.Batch(a.e.addBatch(msg), a.toEvery(msg))
	case tea.KeyPressMsg, tea.PasteMsg, tea.MouseWheelMsg, tea.MouseClickMsg:
		cmd = a.top().Update(&a.e, msg)
	default:
		cmd = a.toEvery(msg)
	}
	return a, tea.Batch(cmd, a.navigate())
}

// toEvery hands msg to every mode of the stack, bottom first.
func (a *App) toEvery(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	for _, m := range a.stack {
		cmd = tea.Batch(cmd, m.Update(&a.e, msg))
	}
	return cmd
}

// top is the mode that gets the keys, the mouse and the screen: the
// notice while the terminal is too small, else the top of the stack. It
// is the only place that decides.
func (a *App) top() mode {
	if a.e.lay.tooSmall {
		return &a.small
	}
	return a.stack[len(a.stack)-1]
}

// cloned is a copy of the stack with a copy of each mode, to change.
func (a *App) cloned() []mode {
	out := make([]mode, len(a.stack))
	for i, m := range a.stack {
		out[i] = m.clone()
	}
	return out
}

// resize sizes every mode to the layout, unless the terminal is too small
// to lay anything out (they keep their sizes until it grows again).
func (a *App) resize() tea.Cmd {
	if !a.e.lay.usable() {
		return nil
	}
	var cmd tea.Cmd
	for _, m := range a.stack {
		cmd = tea.Batch(cmd, m.SetSize(&a.e))
	}
	return cmd
}

// navigate applies the changes to the stack the modes asked for, in
// order, sizing each mode pushed and handing each posted message to the
// mode then on top (which may ask for more).
func (a *App) navigate() tea.Cmd {
	var cmd tea.Cmd
	for len(a.e.todo) > 0 {
		step := a.e.todo[0]
		a.e.todo = a.e.todo[1:]
		switch {
		case step.push != nil:
			a.stack = append(a.stack[:len(a.stack):len(a.stack)], step.push)
			if a.e.lay.usable() {
				cmd = tea.Batch(cmd, step.push.SetSize(&a.e))
			}
		case step.pop && len(a.stack) > 1:
			a.stack = a.stack[: len(a.stack)-1 : len(a.stack)-1]
		case step.post != nil:
			cmd = tea.Batch(cmd, a.stack[len(a.stack)-1].Update(&a.e, step.post))
		}
	}
	return cmd
}

// View draws the screen in the alternate screen with mouse reporting.
func (a App) View() tea.View {
	v := tea.NewView(a.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "baogao"
	if t := a.status(len(a.stack)).title; t != "" {
		v.WindowTitle = "baogao · " + t
	}
	if f := a.top().Help(&a.e); f.prompt != nil && a.e.lay.width > 0 {
		_, x := f.prompt.View(a.e.st, a.e.m, f.label, a.e.lay.width)
		v.Cursor = tea.NewCursor(min(x, a.e.lay.width-1), a.e.lay.height-1)
	}
	return v
}

// render draws the whole screen as plain lines joined by newlines: exactly
// height lines of exactly width cells, or what the mode on top draws
// instead (the too-small notice).
func (a App) render() string {
	if a.e.lay.width <= 0 || a.e.lay.height <= 0 {
		return ""
	}
	if whole, ok := a.top().(interface{ Screen(*env) string }); ok {
		return whole.Screen(&a.e)
	}
	rows := a.panes(len(a.stack))
	rows = append(rows, a.statusLine(), a.helpLine())
	return strings.Join(rows, "\n")
}

// panes draws the pane area as the first n modes of the stack show it.
func (a *App) panes(n int) []string {
	if n == 0 {
		return nil
	}
	return a.stack[n-1].View(&a.e, func() []string { return a.panes(n - 1) })
}

// status is the status line's content as the first n modes fill it.
func (a *App) status(n int) status {
	if n == 0 {
		return status{}
	}
	return a.stack[n-1].Status(&a.e, func() status { return a.status(n - 1) })
}
