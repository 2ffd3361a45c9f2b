package model

import (
	"io/fs"
	"strings"
	"testing"
	"unicode/utf8"

	"baogao/seeds"
)

// seedPrefix is how much of each sample report seeds the fuzzers: enough
// for titles, chrome, headings and run-in bodies, small enough that the
// fuzzer mutates and minimises quickly.
const seedPrefix = 1500

// addSeedCorpus gives a fuzz target the starts of the sample reports and
// a few edge cases as starting points.
func addSeedCorpus(f *testing.F) {
	fs.WalkDir(seeds.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") {
			b, _ := fs.ReadFile(seeds.FS, p)
			f.Add(b[:min(len(b), seedPrefix)])
		}
		return nil
	})
	for _, s := range []string{
		"", "一、", "（一）", "01\n标题\n副标题\n正文。", "1.5亿元", "（2024年）", "一、\n\n\n", "# **二、**",
		"\x1b]52;c;AAAA\x07（一）标题。正文", "(一）。", "①", "00\n01", "\r\n\r", "\xef\xbb\xbf", "\xff\xfe一\x00",
	} {
		f.Add([]byte(s))
	}
}

// FuzzLoad feeds arbitrary bytes through decoding, sanitizing and parsing:
// it must never panic, and what comes out must be safe to print.
func FuzzLoad(f *testing.F) {
	addSeedCorpus(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := LoadBytes("fuzz", "fuzz.txt", b)
		if err != nil {
			if r != nil {
				t.Fatal("report returned with an error")
			}
			return
		}
		text := r.Title + "\n" + r.Text()
		if !utf8.ValidString(text) {
			t.Fatalf("invalid UTF-8 in %q", text)
		}
		for _, c := range text {
			if c < 0x20 && c != '\n' || c == 0x7f || c >= 0x80 && c < 0xa0 || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 {
				t.Fatalf("control %U survived loading", c)
			}
		}
		checkTree(t, r)
	})
}

// FuzzParse feeds arbitrary text to Parse and checks the tree it builds.
func FuzzParse(f *testing.F) {
	addSeedCorpus(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		checkTree(t, Parse("fuzz", string(b)))
	})
}

// checkTree checks the invariants of a section tree: paths match positions,
// parents match nesting, children are deeper than their parent, topics sit
// on top-level parts only, and no heading or paragraph spans lines.
func checkTree(t *testing.T, r *Report) {
	t.Helper()
	var check func(ss []*Section, parent *Section, prefix string)
	check = func(ss []*Section, parent *Section, prefix string) {
		for i, s := range ss {
			if want := prefix + itoa(i+1); s.Path != want {
				t.Fatalf("path %q, want %q", s.Path, want)
			}
			if s.Parent != parent {
				t.Fatalf("%s: wrong parent", s.Path)
			}
			if parent != nil && s.Level <= parent.Level {
				t.Fatalf("%s: level %d under level %d", s.Path, s.Level, parent.Level)
			}
			if parent != nil && s.Topic != TopicNone {
				t.Fatalf("%s: topic on a sub-section", s.Path)
			}
			if strings.Contains(s.Heading(), "\n") {
				t.Fatalf("%s: heading spans lines", s.Path)
			}
			for _, p := range s.Paras {
				if p == "" || strings.Contains(p, "\n") {
					t.Fatalf("%s: empty or multi-line paragraph %q", s.Path, p)
				}
			}
			if r.FindPath(s.Path) != s {
				t.Fatalf("FindPath(%q) does not find it", s.Path)
			}
			check(s.Children, s, s.Path+".")
		}
	}
	check(r.Sections, nil, "")
	if strings.Contains(r.Title, "\n") {
		t.Fatal("title spans lines")
	}
}
