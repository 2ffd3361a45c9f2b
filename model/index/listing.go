package index

import (
	"errors"

	"baogao/model"
)

// Listed is one file of the folder as the index knows it.
type Listed struct {
	Path, ID string
	Meta
	Warnings []string
}

// Listing returns what `baogao list` shows of the folder as last synced,
// without reading a file: the reports that loaded, in load order, and the
// problems loading them gave (as model.LoadPaths reports them).
func (ix *Index) Listing() ([]Listed, model.Problems) {
	p := ix.problems
	var out []Listed
	for i, f := range ix.files {
		e := ix.m.files[ix.entries[i]]
		if e.err != "" {
			p.Errors = append(p.Errors, &model.LoadError{Path: f.Path, Err: errors.New(e.err)})
			continue
		}
		out = append(out, Listed{Path: f.Path, ID: f.ID, Meta: e.meta, Warnings: e.warnings})
		for _, w := range e.warnings {
			p.Warnings = append(p.Warnings, &model.Warning{Path: f.Path, Msg: w})
		}
	}
	return out, p
}
