package html_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"baogao/model"
	"baogao/model/format"
	"baogao/model/format/html"
)

// TestSeedPages wraps every seed into every template and reads it back:
// the text must parse into the same report as the seed's .txt (outline,
// paragraphs, 落款), and the page's metadata must come out exactly.
func TestSeedPages(t *testing.T) {
	for _, f := range fixtures {
		for _, s := range loadSeeds(t) {
			t.Run(f.name+"/"+s.name, func(t *testing.T) {
				doc, err := html.Extract(context.Background(), page(t, f, s))
				if err != nil {
					t.Fatal(err)
				}
				got, err := model.LoadBytes(s.name, s.name, []byte(doc.Text()))
				if err != nil {
					t.Fatal(err)
				}
				want := s.report
				wantOutline := outline(want)
				if s.title == "" && !f.titleInBody {
					wantOutline[0] = "title: " + headline
				}
				if g := outline(got); !slices.Equal(g, wantOutline) {
					t.Errorf("outline:\n%s\nwant:\n%s", strings.Join(g, "\n"), strings.Join(wantOutline, "\n"))
				}
				if g, w := texts(got), texts(want); !slices.Equal(g, w) {
					t.Errorf("paragraphs differ: %d, want %d; first difference:\n%s", len(g), len(w), firstDiff(g, w))
				}
				checkParas(t, doc, f, s)
				checkMeta(t, doc.Meta, f, s)
				checkLevels(t, doc, f, s)
			})
		}
	}
}

// seedChrome are the lines of page chrome the seeds were copied with.
var seedChrome = map[string]bool{"字号:": true, "大 中 小": true, "扫码使用手机浏览本页内容": true}

// checkParas: the paragraphs are exactly the seed's lines, blank lines and
// chrome left out, the title in one paragraph where the page shows it as
// its title (a heading above the text, or lines matching <title>).
func checkParas(t *testing.T, doc *format.Document, f fixture, s seed) {
	t.Helper()
	var want []string
	lines := s.lines
	rawTitle := strings.Join(s.titleLines, "") // lines joined as titles join: no space between CJK
	switch {
	case !f.titleInBody:
		want, lines = append(want, rawTitle), s.body
		if s.title == "" {
			want[0] = headline
		}
	case f.name == "govcn" && len(s.titleLines) > 0 && !strings.HasPrefix(strings.TrimSpace(strings.Join(s.lines, "")), "#"):
		want, lines = append(want, rawTitle), s.body
	}
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" && !seedChrome[l] {
			want = append(want, l)
		}
	}
	got := make([]string, len(doc.Paras))
	for i, p := range doc.Paras {
		got[i] = p.Text
	}
	if !slices.Equal(got, want) {
		t.Errorf("document paragraphs: %d, want %d; first difference:\n%s", len(got), len(want), firstDiff(got, want))
	}
}

func checkMeta(t *testing.T, got format.Meta, f fixture, s seed) {
	t.Helper()
	want := f.meta
	if f.name != "fragment" {
		want.Title = s.title
		if s.title == "" {
			want.Title = headline
		}
	}
	if got != want {
		t.Errorf("meta:\n%+v\nwant\n%+v", got, want)
	}
}

// checkLevels: a heading written as <h2>/<h3> (html5) comes with its
// level, the title in an <h1> with level 1, and nothing else has one.
func checkLevels(t *testing.T, doc *format.Document, f fixture, s seed) {
	t.Helper()
	for i, p := range doc.Paras {
		want := 0
		switch {
		case f.name == "html5" && i == 0:
			want = 1
		case f.name == "html5":
			want = s.levels[p.Text]
			if want > 2 {
				want = 0 // the template has h2 and h3 only
			}
			if want > 0 {
				want++ // 一、 is an <h2>, （一） an <h3>
			}
		case f.name == "district" && i == 0:
			want = 1
		case f.name == "savedas" && i == 0:
			want = 2
		}
		if p.Level != want {
			t.Errorf("paragraph %d %q: level %d, want %d", i, p.Text, p.Level, want)
		}
	}
}

func firstDiff(a, b []string) string {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return "got:  " + a[i] + "\nwant: " + b[i]
		}
	}
	if len(a) > len(b) {
		return "extra: " + a[len(b)]
	}
	if len(b) > len(a) {
		return "missing: " + b[len(a)]
	}
	return ""
}
