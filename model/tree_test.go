package model

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"baogao/internal/fixture"
	"baogao/model/internal/corpus"
)

// TestParseOutline keeps parseTree in step with Parse: the same tree on
// the seeds and on generated files.
func TestParseOutline(t *testing.T) {
	texts := fixture.SeedTexts(t)
	for _, f := range corpus.Generate(200 << 10) {
		if !f.GB18030 {
			texts = append(texts, string(f.Data))
		}
	}
	for i, text := range texts {
		text = Sanitize(text)
		want, got := Parse("x", text), parseTree("x", text)
		if got.Title != want.Title || !reflect.DeepEqual(got.Preamble, want.Preamble) || outline(got.Sections) != outline(want.Sections) {
			t.Fatalf("text %d: parseTree differs from Parse:\n%s\n---\n%s", i, outline(got.Sections), outline(want.Sections))
		}
	}
}

func outline(ss []*Section) string {
	var b strings.Builder
	var walk func([]*Section)
	walk = func(ss []*Section) {
		for _, s := range ss {
			fmt.Fprintf(&b, "%s %d %q %q %q %s %q\n", s.Path, s.Level, s.Label, s.Marker, s.Title, s.Topic, s.Paras)
			walk(s.Children)
		}
	}
	walk(ss)
	return b.String()
}
