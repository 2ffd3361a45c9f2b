package index

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// commit makes the new files table (in walk order), merges segments when
// there are too many or too much of them is dead, writes the manifest and
// reopens the index on it. Files the manifest no longer names are removed.
func (ix *Index) commit(jobs []job, results []fileEntry, newSegs []string, walked *walkState, st *Stats) error {
	m := &manifest{format: formatVersion, parser: parserVersion, foldHash: ix.m.foldHash,
		frequent: ix.m.frequent, nextDoc: ix.m.nextDoc + uint64(len(jobs)), walk: ix.m.walk}
	if walked != nil {
		m.walk = *walked
	}
	if m.foldHash == 0 {
		m.foldHash = foldHash()
	}
	fromJob := make(map[int]int, len(jobs))
	for k, j := range jobs {
		fromJob[j.file] = k
	}
	m.files = make([]fileEntry, len(ix.files))
	liveDocs := 0
	for i := range ix.files {
		if k, ok := fromJob[i]; ok {
			m.files[i] = results[k]
		} else {
			m.files[i] = ix.m.files[ix.entries[i]]
		}
		m.files[i].id = ix.files[i].ID
		if m.files[i].indexed {
			liveDocs++
		}
	}
	ix.Close()
	old := ix.m.segments
	all := append(append([]string(nil), old...), newSegs...)
	next := &Index{folder: ix.folder, dir: ix.dir}
	next.setManifest(m)
	for _, name := range all {
		if err := next.openSegment(name); err != nil {
			next.Close()
			return err
		}
	}
	dead := int(m.nextDoc) - liveDocs // at most: documents of entries gone, replaced or never indexed
	if len(all) > 1 && (len(old) == 0 || len(all) > maxSegments || dead > liveDocs/4) {
		name := fmt.Sprintf("m-%d.seg", m.nextDoc)
		err := writeFileAtomic(filepath.Join(ix.dir, name), func(w io.Writer) error {
			return mergeSegments(next.segs, w, func(doc uint32) bool { _, ok := next.live[doc]; return ok })
		})
		next.Close()
		if err != nil {
			return err
		}
		all = []string{name}
		if err := next.openSegment(name); err != nil {
			return err
		}
	}
	m.segments = all
	err := writeFileAtomic(filepath.Join(ix.dir, "meta"), func(w io.Writer) error {
		_, err := w.Write(encodeMeta(m))
		return err
	})
	if err != nil {
		next.Close()
		return err
	}
	removeUnlisted(ix.dir, all)
	*ix = Index{folder: ix.folder, dir: ix.dir, m: m, freq: next.freq, segs: next.segs, unmaps: next.unmaps,
		byRel: next.byRel, live: next.live, files: ix.files, problems: ix.problems}
	ix.entries = make([]int, len(ix.files))
	for i := range ix.entries {
		ix.entries[i] = i
	}
	st.Segments = len(ix.segs)
	return nil
}

// removeUnlisted deletes the files of dir that are neither the manifest nor
// a listed segment: segments merged away, files a crashed build left.
func removeUnlisted(dir string, segs []string) {
	keep := map[string]bool{"meta": true}
	for _, s := range segs {
		keep[s] = true
	}
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if !keep[e.Name()] {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// writeFileAtomic writes path through a temporary file renamed into place,
// so a reader never sees half a file.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}
