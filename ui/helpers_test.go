package ui

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"baogao/model"
	"baogao/model/search"
	"baogao/seeds"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// seedReports loads the embedded seeds once per test binary.
func seedReports(t testing.TB) []*model.Report {
	t.Helper()
	loaded := model.LoadFS(seeds.FS, "seeds")
	if len(loaded.Reports) < 2 || len(loaded.Errors) > 0 {
		t.Fatalf("seeds: %d reports, errors %v", len(loaded.Reports), loaded.Errors)
	}
	return loaded.Reports
}

// seedIndex finds a seed by ID.
func seedIndex(t testing.TB, reports []*model.Report, id string) int {
	t.Helper()
	for i, r := range reports {
		if r.ID == id {
			return i
		}
	}
	t.Fatalf("no seed %q", id)
	return -1
}

// press builds the key message a terminal sends for a key name ("enter",
// "shift+tab", "space") or a single typed character.
func press(s string) tea.KeyPressMsg {
	named := map[string]tea.KeyPressMsg{
		"enter":     {Code: tea.KeyEnter},
		"tab":       {Code: tea.KeyTab},
		"shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift},
		"esc":       {Code: tea.KeyEscape},
		"space":     {Code: tea.KeySpace, Text: " "},
		"pgdown":    {Code: tea.KeyPgDown},
		"pgup":      {Code: tea.KeyPgUp},
		"down":      {Code: tea.KeyDown},
		"up":        {Code: tea.KeyUp},
		"ctrl+c":    {Code: 'c', Mod: tea.ModCtrl},
		"ctrl+u":    {Code: 'u', Mod: tea.ModCtrl},
		"backspace": {Code: tea.KeyBackspace},
	}
	if k, ok := named[s]; ok {
		return k
	}
	r, _ := utf8.DecodeRuneInString(s)
	return tea.KeyPressMsg{Code: r, Text: s}
}

// send runs messages through Update, the way the program loop would,
// with the comparisons they ask for (see settle).
func send(a App, msgs ...tea.Msg) App {
	for _, msg := range msgs {
		m, cmd := a.Update(msg)
		a = settle(m.(App), cmd)
	}
	return a
}

// settle runs cmd when a comparison (or its rows), a search of the open
// report or the wrapping of a long report is waiting and hands its result back, as the
// program loop would. Other commands (a search of every report) are left
// to the test.
func settle(a App, cmd tea.Cmd) App {
	for cmd != nil && (a.cm().busy || a.cm().diff.Building() || a.rd().find.running != nil || a.rd().reader.Wrapping()) {
		var next tea.Cmd
		for _, msg := range runCmd(cmd) {
			switch msg.(type) {
			case comparedMsg, builtMsg, foundMsg, wrappedMsg:
				m, c := a.Update(msg)
				a, next = m.(App), tea.Batch(next, c)
			}
		}
		cmd = next
	}
	return a
}

// runCmd runs a command and the commands of a batch it returns.
func runCmd(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	batch, ok := msg.(tea.BatchMsg)
	if !ok {
		return []tea.Msg{msg}
	}
	var out []tea.Msg
	for _, c := range batch {
		out = append(out, runCmd(c)...)
	}
	return out
}

// SetMatches places hits on the reader's lines at once, as the search's
// command does, with no current hit.
func (r *reader) SetMatches(hits []search.Hit) {
	marks, first, err := placeHits(context.Background(), r.snapshot(), hits)
	if err != nil {
		panic(err)
	}
	r.setPlaced(placed{hits, len(hits), marks, first, r.layout}, -1)
}

// keys sends key presses by name.
func keys(a App, names ...string) App {
	for _, n := range names {
		a = send(a, press(n))
	}
	return a
}

// sized builds an app on reports at w×h.
func sized(reports []*model.Report, opts Options, w, h int) App {
	return send(New(reports, opts), tea.WindowSizeMsg{Width: w, Height: h})
}

// plain is the screen without escape sequences.
func plain(a App) string { return ansi.Strip(a.render()) }

// checkScreen fails unless the screen is exactly h lines of exactly w cells
// by our measure.
func checkScreen(t *testing.T, a App, w, h int) []string {
	t.Helper()
	lines := strings.Split(plain(a), "\n")
	if len(lines) != h {
		t.Errorf("%dx%d: %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if got := a.e.m.String(l); got != w {
			t.Errorf("%dx%d: line %d is %d cells: %q", w, h, i, got, l)
		}
	}
	return lines
}

// golden compares got with testdata/<test name>/<name>.golden, rewriting it
// under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", strings.ReplaceAll(t.Name(), "/", "_"), name+".golden")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./ui -update to create it)", err)
	}
	if string(want) != got {
		wl, gl := strings.Split(string(want), "\n"), strings.Split(got, "\n")
		for i := 0; i < max(len(wl), len(gl)); i++ {
			var w, g string
			if i < len(wl) {
				w = wl[i]
			}
			if i < len(gl) {
				g = gl[i]
			}
			if w != g {
				t.Errorf("%s differs first at line %d:\nwant %q\nhave %q", path, i+1, w, g)
				break
			}
		}
	}
}

// The modes of the stack, for tests to look at (and, in place, change).

// sheetNone is no sheet: what sheetNow says when none is open.
const sheetNone sheetKind = 0

// find is the topmost mode of type T in the stack, or nil.
func find[T mode](a App) (T, bool) {
	for i := len(a.stack) - 1; i >= 0; i-- {
		if m, ok := a.stack[i].(T); ok {
			return m, true
		}
	}
	var zero T
	return zero, false
}

// rd is the reader mode, at the bottom of the stack.
func (a App) rd() *readMode { return a.stack[0].(*readMode) }

// cm is compare mode, or an empty one when it is not open.
func (a App) cm() *compareMode {
	if m, ok := find[*compareMode](a); ok {
		return m
	}
	return &compareMode{}
}

// comparing reports whether compare mode is open.
func (a App) comparing() bool { _, ok := find[*compareMode](a); return ok }

// pk is the picker, or an empty one (kind pickNone) when it is closed.
func (a App) pk() *picker {
	if m, ok := find[*picker](a); ok {
		return m
	}
	return &picker{}
}

// sa is the results pane's mode, or an empty one when it is closed.
func (a App) sa() *searchAll {
	if m, ok := find[*searchAll](a); ok {
		return m
	}
	return &searchAll{}
}

// showingResults reports whether the results pane is open.
func (a App) showingResults() bool { _, ok := find[*searchAll](a); return ok }

// typing reports whether a prompt has the keys.
func (a App) typing() bool {
	if m, ok := find[*searchAll](a); ok {
		return m.typing
	}
	return a.rd().find.typing || a.rd().cmd.typing || a.rd().list.typing
}

// input is the prompt of the results pane when it is open, else the
// reader's.
func (a App) input() *prompt {
	if m, ok := find[*searchAll](a); ok {
		return &m.input
	}
	return &a.rd().find.input
}

// focusNow is the focus of compare mode when it is open, else the reader's.
func (a App) focusNow() focus {
	if m, ok := find[*compareMode](a); ok {
		return m.focus
	}
	return a.rd().focus
}

// sheetNow is the kind of the sheet open, or sheetNone.
func (a App) sheetNow() sheetKind {
	if m, ok := find[*sheet](a); ok {
		return m.kind
	}
	return sheetNone
}

// open opens report i in the reader, as a choice in the report list would.
func (a *App) open(i int) {
	a.stack = a.cloned()
	a.rd().open(&a.e, i)
}
