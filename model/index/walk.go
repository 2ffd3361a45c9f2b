package index

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"baogao/model"
)

// walkState is what walking the folder found, kept so that a check of an
// unchanged folder need not walk it again: adding, removing or renaming a
// file changes its folder's modification time, so while every folder's
// time is as recorded the files are those of the files table (each still
// stat-ed for changes of its own).
type walkState struct {
	dirs                 []dirStamp
	skipped, skipReasons []string // model.Skip, paths relative
	failed, failReasons  []string // walk errors (a folder that cannot be read)
}

type dirStamp struct {
	rel   string
	mtime int64
}

// walk returns the folder's files and what walking found wrong: from the
// files table when no folder changed (walked nil), else by walking it
// (walked is the new state, to be stored).
func (ix *Index) walk() ([]model.ReportFile, model.Problems, *walkState) {
	if ix.unchangedDirs() {
		files := make([]model.ReportFile, len(ix.m.files))
		for i, e := range ix.m.files {
			files[i] = model.ReportFile{Path: ix.abs(e.rel), ID: e.id}
		}
		var p model.Problems
		w := &ix.m.walk
		for i := range w.skipped {
			p.Skipped = append(p.Skipped, model.Skip{Path: ix.abs(w.skipped[i]), Reason: w.skipReasons[i]})
		}
		for i := range w.failed {
			p.Errors = append(p.Errors, &model.LoadError{Path: ix.abs(w.failed[i]), Err: errors.New(w.failReasons[i])})
		}
		return files, p, nil
	}
	st := &walkState{dirs: ix.stampDirs()} // before the walk: a change during it shows next time
	files, p := model.ReportFiles([]string{ix.folder})
	for _, s := range p.Skipped {
		st.skipped, st.skipReasons = append(st.skipped, ix.rel(s.Path)), append(st.skipReasons, s.Reason)
	}
	for _, e := range p.Errors {
		st.failed, st.failReasons = append(st.failed, ix.rel(e.Path)), append(st.failReasons, e.Err.Error())
	}
	return files, p, st
}

func (ix *Index) abs(rel string) string { return filepath.Join(ix.folder, filepath.FromSlash(rel)) }

// stampDirs records the time of every folder under the index's folder (the
// folder itself first).
func (ix *Index) stampDirs() []dirStamp {
	var out []dirStamp
	filepath.WalkDir(ix.folder, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil
		}
		if info, err := os.Stat(p); err == nil {
			out = append(out, dirStamp{rel: ix.rel(p), mtime: info.ModTime().UnixNano()})
		}
		return nil
	})
	return out
}

// unchangedDirs reports whether every folder recorded has its recorded time
// (and there was at least the folder itself).
func (ix *Index) unchangedDirs() bool {
	if len(ix.m.walk.dirs) == 0 || len(ix.m.files) == 0 {
		return false
	}
	for _, d := range ix.m.walk.dirs {
		info, err := os.Stat(ix.abs(d.rel))
		if err != nil || !info.IsDir() || info.ModTime().UnixNano() != d.mtime {
			return false
		}
	}
	return true
}
