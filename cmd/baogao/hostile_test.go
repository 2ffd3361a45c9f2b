package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// hostile are strings that would drive a terminal if printed raw: a screen
// clear, a clipboard write (OSC 52), a title change, 8-bit CSI, bidi
// overrides and isolates, invisible characters, BEL, DEL and a CR that
// would let a line overwrite itself.
var hostile = []string{
	"\x1b[2J\x1b]52;c;aGk=\a",
	"\x1b]0;pwned\x1b\\",
	"\u009b31m\u009d0;t\u009c",
	"x\u202egnp.txt",
	"\u2066abc\u2069\u200f\u061c",
	"a\u200b\u2060\ufeffb\u00ad",
	"\a\x7f\x08\rover",
	"\x1bP1$qm\x1b\\\x1b_apc\x1b\\",
}

// terminalUnsafe returns a description of the first character in s that
// could drive a terminal (any C0 control but newline, DEL, C1, bidi and
// invisible formatting characters, invalid UTF-8), or "".
func terminalUnsafe(s string) string {
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			return fmt.Sprintf("invalid UTF-8 at byte %d", i)
		case r < 0x20 && r != '\n', r == 0x7f, r >= 0x80 && r <= 0x9f,
			r >= 0x200b && r <= 0x200f, r >= 0x202a && r <= 0x202e, r == 0x2060,
			r >= 0x2066 && r <= 0x2069, r == 0x061c, r == 0xfeff, r == 0x00ad:
			return fmt.Sprintf("%U at byte %d", r, i)
		}
	}
	return ""
}

// TestCLIHostileInputs sends hostile text through every message that
// echoes what baogao was given (flags, flag values, paths, REPORT and
// SECTION arguments, queries, file names) and checks that nothing that
// could drive a terminal reaches stdout or stderr.
func TestCLIHostileInputs(t *testing.T) {
	for hi, h := range hostile {
		dir := t.TempDir()
		name := "r" + h + ".txt" // a file name may hold anything but / and NUL
		if err := os.WriteFile(filepath.Join(dir, name), []byte("某区2024年度法治政府建设报告\n前言法治。\n一、主要举措\n法治正文。\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, "e"+h+".txt"), nil, 0o644)         // fails to load: empty
		os.WriteFile(filepath.Join(dir, "s"+h+".pdf"), []byte("x"), 0o644) // skipped
		file := filepath.Join(dir, name)
		missing := filepath.Join(dir, "m"+h+".txt")
		cases := [][]string{
			{"list", "-" + h},
			{"list", "--" + h + "=1"},
			{"list", "-" + h, "--help"},
			{"outline", "--json=" + h, "1"},
			{"diff", "--width=" + h, "1", "2"},
			{"diff", "--width", "5" + h, "1", "2"},
			{"--ambiguous=" + h},
			{"search", "--color=" + h, "法治"},
			{missing},
			{"list", missing},
			{"list", dir},
			{"list", "--json", dir},
			{"outline", h},
			{"outline", "--in", dir, h},
			{"outline", "--in", missing, "1"},
			{"outline", file},
			{"outline", filepath.Join(dir, "e"+h+".txt")},
			{"show", filepath.Join(dir, "e"+h+".txt"), "1"},
			{"outline", "--json", file},
			{"outline", "--in", dir, "r"},
			{"show", "jinan-lixia-2024", h},
			{"show", "jinan-lixia-2024", "一/" + h},
			{"show", "历下", "2024", h + "/2"},
			{"show", file, "9"},
			{"show", file, "-"},
			{"show", h, "-"},
			{"search", h},
			{"search", h + "法治"},
			{"search", "法治", dir},
			{"search", "--count", "法治", dir},
			{"search", "--json", h + "法治", dir},
			{"search", "--regex", h + "("},
			{"search", "--regex", "(" + h},
			{"search", "--regex", h},
			{"search", "--regex", "^" + h + "$"},
			{"diff", h, "1"},
			{"diff", "1", h},
			{"diff", "--json", file, h},
			{"diff", file, file},
		}
		for _, args := range cases {
			out, errOut, code := runCLI(t, "", args...)
			if what := terminalUnsafe(out); what != "" {
				t.Errorf("hostile %d: %q: stdout has %s:\n%q", hi, args, what, out)
			}
			if what := terminalUnsafe(errOut); what != "" {
				t.Errorf("hostile %d: %q: stderr has %s:\n%q", hi, args, what, errOut)
			}
			if code == 2 && errOut == "" {
				t.Errorf("hostile %d: %q: exit 2 without a word", hi, args)
			}
		}
	}
}

// TestCLIHostileMessagesStillSay checks that cleaning keeps what a message
// is about, and that our own messages show what they were given escaped.
func TestCLIHostileMessagesStillSay(t *testing.T) {
	h := hostile[0]
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"list", "-x" + h}, "unknown flag -x\n"},
		{[]string{"list", "-" + h}, `baogao: "-\x1b[2J\x1b]52;c;aGk=\a" was read as a flag; put -- before file names that start with -`},
		{[]string{"diff", "--width=5" + h, "1", "2"}, `invalid value "5`},
		{[]string{"--ambiguous=w" + h}, `not "w\x1b[2J\x1b]52;c;aGk=\a"`},
		{[]string{"outline", "历下" + h}, `no report matches "历下\x1b[2J\x1b]52;c;aGk=\a"`},
		{[]string{"show", "jinan-lixia-2024", "9" + h}, `jinan-lixia-2024 has no section "9\x1b[2J\x1b]52;c;aGk=\a"`},
		{[]string{"search", "--color=" + h, "x"}, `not "\x1b[2J\x1b]52;c;aGk=\a"`},
		{[]string{"search", "--regex", "(" + h}, "missing closing ): `(`"},
	}
	for _, tt := range tests {
		_, errOut, code := runCLI(t, "", tt.args...)
		if code != 2 || !strings.Contains(errOut, tt.want) {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q", tt.args, code, errOut, tt.want)
		}
	}
}

// TestCLIJSONEscapesUnprintable checks that JSON output escapes what
// encoding/json lets through (DEL, C1, bidi, invisible characters) and
// still decodes to the text given.
func TestCLIJSONEscapesUnprintable(t *testing.T) {
	query := "\u202e\u009b\x7f\u200b枫桥经验\U000E0041"
	out, errOut, code := runCLI(t, "", "search", "--json", query)
	if code == 2 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if what := terminalUnsafe(out); what != "" {
		t.Errorf("stdout has %s", what)
	}
	if strings.ContainsRune(out, 0xE0041) {
		t.Error("stdout has a tag character")
	}
	var got struct{ Query string }
	if err := json.Unmarshal([]byte(out), &got); err != nil || got.Query != query {
		t.Errorf("query decodes as %q (%v), want %q", got.Query, err, query)
	}
	if !strings.Contains(out, `\u202e\u009b\u007f\u200b枫桥经验\udb40\udc41`) {
		t.Errorf("query not escaped as expected:\n%.200s", out)
	}
}

// TestCLIIDsAfterCleaning checks that names which cleaning makes alike do
// not share an ID, that a REPORT matching several is an error listing
// them, and that the file whose name is clean keeps the plain ID.
func TestCLIIDsAfterCleaning(t *testing.T) {
	dir := t.TempDir()
	write := func(name, title string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(title+"\n一、主要举措\n正文。\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "甲区2024年度法治政府建设报告")
	write("a.md", "乙区2024年度法治政府建设报告")
	write("a\x1b[31m.txt", "丙区2023年度法治政府建设报告")
	out, _, code := runCLI(t, "", "list", "--json", dir)
	var items []struct{ ID, Title string }
	if err := json.Unmarshal([]byte(out), &items); err != nil || code != 0 || len(items) != 3 {
		t.Fatalf("list: exit %d, %v:\n%s", code, err, out)
	}
	ids := map[string]string{}
	for _, it := range items {
		if _, dup := ids[it.ID]; dup {
			t.Errorf("ID %q shared", it.ID)
		}
		ids[it.ID] = it.Title
	}
	if ids["a.txt"] != "甲区2024年度法治政府建设报告" || ids["a.md"] != "乙区2024年度法治政府建设报告" {
		t.Errorf("IDs %q: a.txt and a.md should keep theirs", ids)
	}
	_, errOut, code := runCLI(t, "", "outline", "--in", dir, "a")
	if code != 2 || !strings.Contains(errOut, `"a" matches 3 reports: a.txt~2, a.md, a.txt`) {
		t.Errorf("outline a: exit %d, stderr %q; want the three listed", code, errOut)
	}
	out, _, code = runCLI(t, "", "outline", "--in", dir, "a.txt")
	if code != 0 || !strings.HasPrefix(out, "a.txt  甲区") {
		t.Errorf("outline a.txt: exit %d:\n%s", code, out)
	}
	out, _, code = runCLI(t, "", "search", "正文", dir)
	if code != 0 || strings.Count(out, "\n") != 3 || !strings.Contains(out, "a.txt~2  1  正文。") {
		t.Errorf("search: exit %d:\n%s", code, out)
	}
}

// TestCLIIndexOrID checks that a REPORT that is an index from list and
// another report's ID is an error naming both, not a guess.
func TestCLIIndexOrID(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"2.txt", "b.txt", "c.txt"} {
		os.WriteFile(filepath.Join(dir, name), []byte(name+"区2024年度报告\n一、部分\n正文。\n"), 0o644)
	}
	_, errOut, code := runCLI(t, "", "outline", "--in", dir, "2")
	if code != 2 || !strings.Contains(errOut, `"2" matches 2 reports: b (#2 in 'baogao list') and 2 (its ID)`) {
		t.Errorf("outline 2: exit %d, stderr %q", code, errOut)
	}
	out, _, code := runCLI(t, "", "outline", "--in", dir, "3")
	if code != 0 || !strings.HasPrefix(out, "c  ") {
		t.Errorf("outline 3: exit %d:\n%s", code, out)
	}
}
