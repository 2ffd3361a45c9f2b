// Inputs: which files a list of paths names, and what each is called.
//
// "-" is standard input; a file named directly is read whatever its
// extension (a pipe or device as a stream, as cat reads it); a folder
// contributes the files of the formats baogao reads (pipeline.go), and the
// others are skipped without being opened: opening a FIFO blocks until
// something writes to it, and opening a device may act on it. Every input
// gets its ID here, before anything is read, so that an ID does not depend
// on which other files load, and search and list agree.

package model

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Input is one file to load: a regular file, a stream or an embedded file.
type Input struct {
	ID     string // unique among the inputs it came with
	Source string // the path as given, "-" for stdin, or "seeds/…"
	read   func() ([]byte, error)
	// file is set for a regular file at Source, which ReadInto may read
	// into a buffer the caller reuses.
	file bool
}

// Read reads the input, within MaxFileSize: a regular file in one
// allocation of its size, a stream in chunks to its end.
func (in Input) Read() ([]byte, error) { return in.read() }

// ReadInto is Read into buf, grown if need be, for a caller that reads many
// files and keeps none of their bytes (a worker of search reuses its
// buffer; Text copies what it keeps when not given the bytes to own).
func (in Input) ReadInto(buf []byte) ([]byte, error) {
	if in.file {
		return readInto(in.Source, buf)
	}
	return in.read()
}

// Inputs turns paths into inputs: "-" reads stdin, a file named directly is
// read whatever its extension, a folder contributes its regular files of
// the formats baogao reads (the others are skipped, in p). A path named
// twice is read once. The inputs' IDs are unique.
func Inputs(paths []string, stdin io.Reader) ([]Input, Problems) {
	var ins []Input
	var p Problems
	seen := map[string]bool{}
	for _, in := range paths {
		key := in
		if abs, err := filepath.Abs(in); err == nil && in != "-" {
			key = abs
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		if in == "-" {
			ins = append(ins, Input{ID: "stdin", Source: "-", read: func() ([]byte, error) { return readStream(stdin, nil, MaxFileSize) }})
			continue
		}
		info, err := os.Stat(in)
		switch {
		case err != nil:
			p.Fail(in, err)
		case info.Mode().IsRegular():
			ins = append(ins, fileInput(in))
		case !info.IsDir():
			ins = append(ins, pipeInput(in))
		default:
			walkFolder(in, func(fp string) { ins = append(ins, fileInput(fp)) }, &p)
		}
	}
	uniqueIDs(ins)
	return ins, p
}

// FSInputs is every file of fsys in a format baogao reads, in lexical
// order, its source led by prefix; the embedded seeds come in this way.
func FSInputs(fsys fs.FS, prefix string) ([]Input, Problems) {
	var ins []Input
	var p Problems
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			p.Fail(path.Join(prefix, name), err)
		case d.IsDir():
		case isReportFile(name):
			ins = append(ins, Input{ID: reportID(name), Source: path.Join(prefix, name), read: func() ([]byte, error) {
				return fs.ReadFile(fsys, name)
			}})
		}
		return nil
	})
	if err != nil {
		p.Fail(prefix, err)
	}
	uniqueIDs(ins)
	return ins, p
}

// fileInput reads a regular file.
func fileInput(p string) Input {
	return Input{ID: reportID(p), Source: p, file: true, read: func() ([]byte, error) { return readFile(p) }}
}

// pipeInput reads a pipe or device named directly, as cat would: the open
// waits for a writer, the read for the end of the stream.
func pipeInput(p string) Input {
	return Input{ID: reportID(p), Source: p, read: func() ([]byte, error) {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return readStream(f, nil, MaxFileSize)
	}}
}

// walkFolder calls found for every file under dir that baogao reads: a
// regular file of a format it reads, or a symbolic link to one. Other files
// are skipped, and none is opened here.
func walkFolder(dir string, found func(path string), p *Problems) {
	root := dir
	if info, err := os.Lstat(dir); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		root = dir + string(filepath.Separator) // walk the folder the link names
	}
	err := filepath.WalkDir(root, func(fp string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			p.Fail(fp, err)
		case d.IsDir() && fp != root && isSavedPageFolder(fp):
			return filepath.SkipDir
		case d.IsDir():
		case !isReportFile(fp):
			p.Skipped = append(p.Skipped, Skip{fp, skipExtension})
		case d.Type().IsRegular():
			found(fp)
		case d.Type()&fs.ModeSymlink == 0:
			p.Skipped = append(p.Skipped, Skip{fp, skipNotRegular})
		default:
			info, err := os.Stat(fp) // where the link leads
			switch {
			case err != nil:
				p.Fail(fp, err)
			case info.Mode().IsRegular():
				found(fp)
			default:
				p.Skipped = append(p.Skipped, Skip{fp, skipNotRegular})
			}
		}
		return nil
	})
	if err != nil {
		p.Fail(dir, err)
	}
}

// reportID is a file's name without folder and extension.
func reportID(p string) string {
	base := filepath.Base(p)
	return PrintableName(strings.TrimSuffix(base, filepath.Ext(base)))
}

// uniqueIDs makes the inputs' IDs unique. Files that share a name (2024.txt
// in one folder per district) keep as many trailing folders of their path
// as it takes to tell them apart (lixia/2024 and zhoucun/2024), or else
// their extension (a.txt and a.md). Names that only cleaning made alike
// (a<ESC>[31m.txt beside a.txt) cannot be told apart that way: they are
// numbered, a.txt~2, and a name that cleaning changed never takes the plain
// ID from one it did not.
func uniqueIDs(ins []Input) {
	groups := map[string][]int{}
	for i, in := range ins {
		groups[in.ID] = append(groups[in.ID], i)
	}
	for _, same := range groups {
		if len(same) > 1 {
			distinguish(ins, same)
		}
	}
	count := map[string]int{}
	for _, in := range ins {
		count[in.ID]++
	}
	taken := map[string]bool{}
	for id, n := range count {
		taken[id] = n == 1
	}
	for _, cleaned := range []bool{false, true} {
		for i := range ins {
			in := &ins[i]
			if count[in.ID] < 2 || (PrintableName(in.Source) != in.Source) != cleaned {
				continue
			}
			id := in.ID
			for n := 2; taken[id]; n++ {
				id = fmt.Sprintf("%s~%d", in.ID, n)
			}
			taken[id], in.ID = true, id
		}
	}
}

// distinguish gives the inputs at same (which share an ID) the shortest
// path IDs that tell them all apart: trailing folders first, then with the
// extension. When none does, it takes the first that tells most apart, or
// keeps the ID when none tells any apart.
func distinguish(ins []Input, same []int) {
	depth := 0
	for _, i := range same {
		depth = max(depth, strings.Count(filepath.ToSlash(filepath.Clean(ins[i].Source)), "/"))
	}
	plain := ins[same[0]].ID
	best, bestN := func(string) string { return plain }, 1
	for _, ext := range []bool{false, true} {
		for d := 0; d <= depth; d++ {
			if d == 0 && !ext {
				continue
			}
			id := func(source string) string { return pathID(source, d, ext) }
			seen := map[string]bool{}
			for _, i := range same {
				seen[id(ins[i].Source)] = true
			}
			if len(seen) > bestN {
				best, bestN = id, len(seen)
			}
			if len(seen) == len(same) {
				break
			}
		}
		if bestN == len(same) {
			break
		}
	}
	for _, i := range same {
		ins[i].ID = best(ins[i].Source)
	}
}

// pathID is the file's name, without its extension unless ext, led by up
// to depth of the folders above it, joined by "/" and cleaned for printing.
func pathID(source string, depth int, ext bool) string {
	if source == "-" {
		return "stdin"
	}
	parts := strings.Split(filepath.ToSlash(filepath.Clean(source)), "/")
	if !ext {
		parts[len(parts)-1] = strings.TrimSuffix(parts[len(parts)-1], path.Ext(parts[len(parts)-1]))
	}
	return PrintableName(strings.Join(parts[max(0, len(parts)-1-depth):], "/"))
}

// isSavedPageFolder reports whether dir is the folder a browser saves a
// page's images and scripts in, beside the page: 报告_files next to
// 报告.html (报告.files in some browsers). Nothing in it is a report.
func isSavedPageFolder(dir string) bool {
	base := filepath.Base(dir)
	var stem string
	switch {
	case strings.HasSuffix(base, "_files"):
		stem = strings.TrimSuffix(base, "_files")
	case strings.HasSuffix(base, ".files"):
		stem = strings.TrimSuffix(base, ".files")
	default:
		return false
	}
	for _, ext := range []string{".html", ".htm", ".shtml", ".mht", ".txt"} {
		if _, err := os.Lstat(filepath.Join(filepath.Dir(dir), stem+ext)); err == nil {
			return true
		}
	}
	return false
}
