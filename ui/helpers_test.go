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

// settle runs cmd when a comparison or a search of the open report is
// waiting and hands its result back, as the program loop would. Other
// commands (a search of every report) are left to the test.
func settle(a App, cmd tea.Cmd) App {
	for cmd != nil && (a.cmp.busy || a.search.finding != nil) {
		var next tea.Cmd
		for _, msg := range runCmd(cmd) {
			switch msg.(type) {
			case comparedMsg, foundMsg:
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
		if got := a.m.String(l); got != w {
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
