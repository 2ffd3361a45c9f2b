package ui

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"baogao/model"
	"baogao/ui/text"
)

// hostilePath is a report with one paragraph per class of character that
// terminals and width tables measure differently (Hangul fillers and jamo,
// emoji sequences, regional indicators, variation selectors, marks at the
// start of a line, format characters, unassigned and new code points, the
// symbols Unicode 16 widened, private use, ambiguous…). .ci/e2e-tmux.sh
// shows it in tmux too.
const hostilePath = "testdata/hostile-widths.txt"

// hostileReport loads the hostile report as a user's file would load.
func hostileReport(t testing.TB) *model.Report {
	t.Helper()
	b, err := os.ReadFile(hostilePath)
	if err != nil {
		t.Fatal(err)
	}
	r, err := model.LoadBytes("hostile-widths", "hostile-widths.txt", b)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestHostileWidths shows the hostile report whole at every width from 40
// to 160, with the outline open, and compared with a seed, in both
// ambiguous modes, and checks every screen line: exactly the width to us
// and to Bubble Tea's renderer (x/ansi's wcwidth), and made only of text
// Sanitize leaves as it is, so that libc wcwidth agrees as well
// (TestSanitizedWidthsAgree in ui/text and .ci/width-sweep.sh prove that
// for every sanitized code point). x/ansi reads RUNEWIDTH_EASTASIAN at
// start-up, so the other mode runs in a child process. -short tries every
// ninth width.
func TestHostileWidths(t *testing.T) {
	wide := text.EnvAmbiguousWide()
	if os.Getenv("BAOGAO_HOSTILE_CHILD") == "" {
		other := map[bool]string{false: "1", true: "0"}[wide]
		args := []string{"-test.run=^TestHostileWidths$", "-test.v"}
		if testing.Short() {
			args = append(args, "-test.short")
		}
		cmd := selfCommand(args...)
		cmd.Env = append(os.Environ(), "BAOGAO_HOSTILE_CHILD=1", "RUNEWIDTH_EASTASIAN="+other)
		out, err := cmd.CombinedOutput()
		if err != nil || !strings.Contains(string(out), "hostile screens checked") {
			t.Errorf("child with RUNEWIDTH_EASTASIAN=%s: %v\n%s", other, err, out)
		}
	}
	reports := append(seedReports(t), hostileReport(t))
	h := len(reports) - 1
	seed := seedIndex(t, reports, "jinan-lixia-2024")
	opts := Options{Wide: wide}
	screens := 0
	step := 1
	if testing.Short() {
		step = 9 // 40, 49, … 157
	}
	for w := 40; w <= 160; w += step {
		one := []*model.Report{reports[h]}
		a := sized(one, opts, w, 24)
		tall := a.rd().reader.Lines() + 4
		a = sized(one, opts, w, tall)
		screens += checkHostile(t, a, w, tall, "whole")
		screens += checkHostile(t, keys(sized(one, opts, w, 30), "o"), w, 30, "outline")
		c := comparing(reports, opts, w, 40, h, seed)
		for k := range 4 {
			screens += checkHostile(t, c, w, 40, fmt.Sprintf("compare %d", k))
			c = keys(c, "n", "n", "space")
		}
		if t.Failed() {
			break
		}
	}
	t.Logf("hostile screens checked: wide=%v, %d screens", wide, screens)
}

// checkHostile checks one screen of TestHostileWidths and returns 1.
func checkHostile(t *testing.T, a App, w, h int, what string) int {
	t.Helper()
	lines := strings.Split(plain(a), "\n")
	if len(lines) != h {
		t.Errorf("%s %dx%d wide=%v: %d lines", what, w, h, a.e.m.Wide(), len(lines))
	}
	for i, l := range lines {
		ours, wc := a.e.m.String(l), ansi.StringWidthWc(l)
		if ours != w || wc != w {
			t.Errorf("%s %dx%d wide=%v: line %d is %d cells to us, %d to the renderer: %+q", what, w, h, a.e.m.Wide(), i, ours, wc, l)
		}
		if s := model.Sanitize(l); s != l {
			t.Errorf("%s %dx%d: line %d holds text Sanitize changes: %+q", what, w, h, i, l)
		}
	}
	return 1
}

// selfCommand runs this test binary again with args. Under an emulator
// (go test -exec qemu-aarch64-static, on a machine whose kernel cannot run
// the binary itself), BAOGAO_TEST_EXEC names the emulator to run it with.
func selfCommand(args ...string) *exec.Cmd {
	if emu := os.Getenv("BAOGAO_TEST_EXEC"); emu != "" {
		return exec.Command(emu, append([]string{os.Args[0]}, args...)...)
	}
	return exec.Command(os.Args[0], args...)
}
