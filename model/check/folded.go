package check

import (
	"baogao/model"
	"baogao/model/fold"
)

// folded is a report's text folded (model.Fold: width, Traditional
// characters, spaces next to Chinese) at most once, when a criterion first
// looks for words in it: each paragraph is read by several criteria, and
// the report of the year before only for its 不足.
type folded struct {
	r        *model.Report
	preamble []string
	paras    map[*model.Section][]string
	titles   map[*model.Section]string
}

func foldReport(r *model.Report) *folded {
	return &folded{r: r, paras: map[*model.Section][]string{}, titles: map[*model.Section]string{}}
}

// of returns the section's paragraphs folded.
func (fd *folded) of(s *model.Section) []string {
	if keys, ok := fd.paras[s]; ok {
		return keys
	}
	keys := make([]string, len(s.Paras))
	for i, p := range s.Paras {
		keys[i] = fold.String(p)
	}
	fd.paras[s] = keys
	return keys
}

// title returns the section's title folded.
func (fd *folded) title(s *model.Section) string {
	if t, ok := fd.titles[s]; ok {
		return t
	}
	t := fold.String(s.Title)
	fd.titles[s] = t
	return t
}

// pre returns the preamble's paragraphs folded.
func (fd *folded) pre() []string {
	if fd.preamble == nil {
		fd.preamble = make([]string, len(fd.r.Preamble))
		for i, p := range fd.r.Preamble {
			fd.preamble[i] = fold.String(p)
		}
	}
	return fd.preamble
}
