package text

import (
	"os"
	"os/exec"
	"sort"
	"strings"
	"testing"

	"baogao/model"
	"baogao/seeds"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// chrome is every character the UI itself draws around report text.
const chrome = "╭╮╰╯─│+-|…·›>*%!0123456789 "

// TestWidthAgreesWithLipGloss proves that our width equals Lip Gloss's (and
// the renderer's) for every character in the seeds, in both ambiguous
// modes. x/ansi reads RUNEWIDTH_EASTASIAN once at start-up, so each mode
// runs in a child test process started with that variable; the child also
// gets LANG=zh_CN.UTF-8, which would change go-runewidth's package
// functions, to prove that our Measure does not read the locale.
func TestWidthAgreesWithLipGloss(t *testing.T) {
	if os.Getenv("BAOGAO_WIDTH_CHILD") != "" {
		t.Skip("running as a child")
	}
	for _, mode := range []string{"0", "1"} {
		t.Run("RUNEWIDTH_EASTASIAN="+mode, func(t *testing.T) {
			cmd := selfCommand("-test.run=^TestWidthChild$", "-test.v")
			cmd.Env = append(os.Environ(), "BAOGAO_WIDTH_CHILD=1",
				"RUNEWIDTH_EASTASIAN="+mode, "LANG=zh_CN.UTF-8", "LC_ALL=zh_CN.UTF-8")
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("child failed: %v\n%s", err, out)
			}
			if !strings.Contains(string(out), "agreement checked") {
				t.Fatalf("child did not run the check:\n%s", out)
			}
			t.Logf("%s", grep(string(out), "agreement checked"))
		})
	}
}

// TestWidthChild is the check itself; it runs only inside the child
// processes that TestWidthAgreesWithLipGloss starts.
func TestWidthChild(t *testing.T) {
	if os.Getenv("BAOGAO_WIDTH_CHILD") == "" {
		t.Skip("run through TestWidthAgreesWithLipGloss")
	}
	wide := EnvAmbiguousWide()
	m := NewMeasure(wide)
	if want := map[bool]int{false: 1, true: 2}[wide]; m.String("“") != want || lipgloss.Width("“") != want {
		t.Fatalf("wide=%v: “ is %d cells to us and %d to Lip Gloss, want %d",
			wide, m.String("“"), lipgloss.Width("“"), want)
	}
	runes, lines := seedText(t)
	for _, r := range chrome {
		runes[r] = true
	}
	var sorted []rune
	for r := range runes {
		sorted = append(sorted, r)
	}
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	bad := 0
	for _, r := range sorted {
		s := string(r)
		ours, lg, wc := m.String(s), lipgloss.Width(s), ansi.StringWidthWc(s)
		if ours != lg || ours != wc {
			bad++
			t.Errorf("wide=%v %q U+%04X: ours %d, lipgloss %d, renderer %d", wide, s, r, ours, lg, wc)
		}
	}
	for _, l := range lines {
		if ours, lg := m.String(l), lipgloss.Width(l); ours != lg {
			bad++
			t.Errorf("wide=%v line %q: ours %d, lipgloss %d", wide, l, ours, lg)
		}
	}
	t.Logf("agreement checked: wide=%v, %d distinct characters, %d lines, %d disagreements",
		wide, len(sorted), len(lines), bad)
}

// seedText returns the distinct characters of the loaded seeds and their
// text lines.
func seedText(t *testing.T) (map[rune]bool, []string) {
	t.Helper()
	loaded := model.LoadFS(seeds.FS, ".")
	if len(loaded.Reports) == 0 {
		t.Fatalf("no seeds loaded: %v", loaded.Errors)
	}
	runes := map[rune]bool{}
	var lines []string
	for _, r := range loaded.Reports {
		for _, l := range strings.Split(r.Text(), "\n") {
			lines = append(lines, l)
			for _, c := range l {
				runes[c] = true
			}
		}
	}
	return runes, lines
}

func grep(s, sub string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			return strings.TrimSpace(l)
		}
	}
	return ""
}

// TestStringIsRendererWidth checks Measure.String against the width Bubble
// Tea's renderer places text at (x/ansi's wcwidth method: the sum of the
// runes), on the seeds and on text where clusters matter. go-runewidth's
// grapheme count, which String followed before, says 2 for "가" and for
// the ZWJ family, where the renderer and libc say 3 and 6. This process's
// x/ansi has the ambiguous mode of its environment, so that mode is the one
// checked here; TestSanitizedWidthsAgree checks both over all of Unicode.
func TestStringIsRendererWidth(t *testing.T) {
	_, lines := seedText(t)
	lines = append(lines, "e\u0301", "👨\u200d👩\u200d👧", "☀\ufe0f", "か\u3099", "한국어", "\u1100\u1161", "🇨🇳", "a\u00adb",
		"“①→─╮”", "가\u0903", "\u0600a", "\U0001F44D\U0001F3FB", "\uFFFD")
	m := NewMeasure(EnvAmbiguousWide())
	for _, l := range lines {
		if got, want := m.String(l), ansi.StringWidthWc(l); got != want {
			t.Errorf("wide=%v %q: %d, the renderer says %d", m.Wide(), l, got, want)
		}
	}
}

// TestTruncateKeepsMarks checks that Truncate cuts before a rune that does
// not fit, never between a rune and the marks on it, and fits the tail.
func TestTruncateKeepsMarks(t *testing.T) {
	m := NewMeasure(false)
	tests := []struct {
		s    string
		w    int
		want string
	}{
		{"法治政府", 8, "法治政府"},
		{"法治政府", 7, "法治政…"},
		{"法治政府", 6, "法治…"},
		{"e\u0301e\u0301e", 3, "e\u0301e\u0301e"},
		{"e\u0301e\u0301ee", 3, "e\u0301e\u0301…"},
		{"ab", 0, ""},
		{"法治", 1, "…"},
	}
	for _, tt := range tests {
		if got := m.Truncate(tt.s, tt.w, "…"); got != tt.want || m.String(got) > tt.w {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tt.s, tt.w, got, tt.want)
		}
	}
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
