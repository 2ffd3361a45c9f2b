package export

import (
	"baogao/model"
)

// BuildReport makes the Doc of one report, or of one of its sections when
// s is not nil: its title and outline, then its text, headings styled by
// level (a section's own heading is level 1).
func BuildReport(r *model.Report, s *model.Section, opt Options) *Doc {
	d := &Doc{Kind: KindReport, Version: opt.Version, Date: dateOf(opt), Full: true, A: sideOf(r, opt.HashA)}
	if r.Title != "" {
		d.Text = append(d.Text, Para{Style: Title, Pieces: []Piece{{Text: r.Title}}})
	}
	if s != nil {
		return addSection(d, s, 0)
	}
	for _, p := range r.Preamble {
		d.Text = append(d.Text, Para{Pieces: []Piece{{Text: p}}})
	}
	for _, s := range r.Sections {
		addSection(d, s, 0)
	}
	for _, l := range r.Signature {
		d.Text = append(d.Text, Para{Pieces: []Piece{{Text: l}}})
	}
	return d
}

// addSection appends s and its sub-sections at depth.
func addSection(d *Doc, s *model.Section, depth int) *Doc {
	if h := s.Heading(); h != "" {
		d.Text = append(d.Text, Para{Style: headingStyle(depth), Pieces: []Piece{{Text: h}}, Anchor: "s" + s.Path})
	}
	for _, p := range s.Paras {
		d.Text = append(d.Text, Para{Pieces: []Piece{{Text: p}}})
	}
	for _, c := range s.Children {
		addSection(d, c, depth+1)
	}
	return d
}
