package model

import (
	"fmt"
	"strings"
)

// dump renders a report as text for golden files: metadata, then one line
// per section (indented by depth: path, marker+title, topic, paragraph count).
func dump(r *Report) string {
	var b strings.Builder
	fmt.Fprintf(&b, "id: %s\ntitle: %s\ndistrict: %s\ncity: %s\nyear: %d\nkind: %s\nchars: %d\npreamble: %d paragraphs\n",
		r.ID, r.Title, r.District, r.City, r.Year, r.Kind, r.Chars(), len(r.Preamble))
	for _, f := range []struct{ name, v string }{{"unit", r.Unit}, {"subtitle", r.Subtitle}, {"dateline", r.Dateline},
		{"speaker", r.Speaker}, {"docnumber", r.DocNumber}, {"published", r.Published}, {"outlet", r.Outlet}} {
		if f.v != "" {
			fmt.Fprintf(&b, "%s: %s\n", f.name, f.v)
		}
	}
	for _, p := range r.Preamble {
		fmt.Fprintf(&b, "  | %s\n", clip(p))
	}
	r.Walk(func(s *Section) {
		depth := strings.Count(s.Path, ".")
		fmt.Fprintf(&b, "%s%s [L%d %q] %s", strings.Repeat("  ", depth), s.Path, s.Level, s.Label, s.Heading())
		if s.Topic != TopicNone {
			fmt.Fprintf(&b, " {%s}", s.Topic)
		}
		fmt.Fprintf(&b, " (%d paragraphs)\n", len(s.Paras))
		for _, p := range s.Paras {
			fmt.Fprintf(&b, "%s  | %s\n", strings.Repeat("  ", depth), clip(p))
		}
	})
	for _, l := range r.Signature {
		fmt.Fprintf(&b, "signature: %s\n", l)
	}
	return b.String()
}

// clip shows a paragraph's first and last characters, enough to see where a
// page-break join or a run-in split went wrong.
func clip(p string) string {
	r := []rune(p)
	if len(r) <= 24 {
		return p
	}
	return fmt.Sprintf("%s…%s [%d]", string(r[:12]), string(r[len(r)-8:]), len(r))
}
