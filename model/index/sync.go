package index

import (
	"errors"
	"fmt"
	"hash/crc64"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"baogao/model"
	"baogao/model/fold"
)

// Stats say what a Sync did.
type Stats struct {
	Files    int    // files in the folder
	Read     int    // files read because they were new or changed
	Indexed  int    // of those, files whose text was (re-)indexed
	Removed  int    // entries of files no longer there
	Bytes    int64  // bytes read
	Rebuilt  string // why the old index was thrown away; "" if it was not
	Segments int    // segments after the sync
}

// maxSegments is how many segments an index keeps before they are merged.
const maxSegments = 8

var crcTable = sync.OnceValue(func() *crc64.Table { return crc64.MakeTable(crc64.ECMA) })

// Sync brings folder's index up to date: it opens it (or builds it when
// there is none, or rebuilds it when it is corrupt or from another
// version, saying why in Stats.Rebuilt), then re-reads only the files whose
// size or modification time changed, and drops the ones removed.
func Sync(folder string, opt Options) (*Index, Stats, error) {
	var st Stats
	ix, err := Open(folder, opt)
	switch {
	case err == nil:
	case errors.Is(err, ErrNoIndex), IsCorrupt(err):
		if err != ErrNoIndex {
			st.Rebuilt = err.Error()
			if rerr := Remove(folder, opt); rerr != nil {
				return nil, st, rerr
			}
		}
		dir, lerr := Location(folder, opt)
		if lerr != nil {
			return nil, st, lerr
		}
		ix = &Index{folder: folder, dir: dir}
		ix.setManifest(&manifest{format: formatVersion, parser: parserVersion, foldHash: foldHash()})
	default:
		return nil, st, err
	}
	if err := ix.update(opt, &st); err != nil {
		ix.Close()
		return nil, st, err
	}
	return ix, st, nil
}

// job is a file to read: its place in the walk and its old entry (-1).
type job struct {
	file, old int
	info      os.FileInfo
	statErr   error
}

// update walks the folder and re-indexes what changed.
func (ix *Index) update(opt Options, st *Stats) error {
	files, probs, walked := ix.walk()
	ix.files, ix.problems = files, probs
	ix.entries = make([]int, len(files))
	infos, errs := statAll(files)
	var jobs []job
	seen := make([]bool, len(ix.m.files))
	for i, f := range files {
		rel := ix.rel(f.Path)
		old, ok := ix.byRel[rel]
		if !ok {
			old = -1
		} else {
			seen[old] = true
		}
		info, err := infos[i], errs[i]
		if ok && err == nil && ix.m.files[old].size == info.Size() && ix.m.files[old].mtime == info.ModTime().UnixNano() {
			ix.entries[i] = old
			continue
		}
		jobs = append(jobs, job{file: i, old: old, info: info, statErr: err})
	}
	st.Files = len(files)
	for i := range seen {
		if !seen[i] {
			st.Removed++
		}
	}
	if len(jobs) == 0 && st.Removed == 0 && len(ix.m.files) > 0 && walked == nil {
		st.Segments = len(ix.segs)
		return nil
	}
	if err := os.MkdirAll(ix.dir, 0o700); err != nil {
		return err
	}
	if ix.m.frequent == nil {
		ix.m.frequent = ix.sampleFrequent(jobs)
		ix.freq = newFrequent(ix.m.frequent)
	}
	results, segNames, err := ix.indexJobs(jobs, opt, st)
	if err != nil {
		return err
	}
	return ix.commit(jobs, results, segNames, walked, st)
}

// rel is a file's path relative to the folder: the key of its entry.
func (ix *Index) rel(path string) string {
	r, err := filepath.Rel(ix.folder, path)
	if err != nil {
		return path
	}
	return filepath.ToSlash(r)
}

// sampleFrequent picks the paired runes from the first files to index.
func (ix *Index) sampleFrequent(jobs []job) []rune {
	var b strings.Builder
	for _, j := range jobs[:min(len(jobs), 64)] {
		f := ix.files[j.file]
		data, err := model.ReadReportFile(f.Path)
		if err != nil {
			continue
		}
		if r, err := model.LoadBytes(f.ID, f.Path, data); err == nil {
			b.WriteString(foldedText(r))
		}
	}
	return append(pickFrequent(b.String()), []rune{}...)
}

// foldedText is the report's search text as model's search folds it: the
// key of every unit (title, preamble paragraphs, each section's heading and
// paragraphs), joined by "\n".
func foldedText(r *model.Report) string {
	var b strings.Builder
	n := 0
	add := func(s string) {
		if n > 0 {
			b.WriteByte('\n')
		}
		n++
		b.WriteString(fold.String(s))
	}
	lines := func(head string, paras []string) {
		if head != "" {
			add(head)
		}
		for _, p := range paras {
			add(p)
		}
	}
	lines(r.Title, r.Preamble)
	r.Walk(func(s *model.Section) { lines(s.Heading(), s.Paras) })
	return b.String()
}

// indexJobs reads the jobs' files on every worker, each indexing into its
// own chunks; a chunk that grows past ChunkBytes is written as a segment.
// Job j becomes document nextDoc+j, so each worker's documents increase.
func (ix *Index) indexJobs(jobs []job, opt Options, st *Stats) ([]fileEntry, []string, error) {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	limit := opt.ChunkBytes
	if limit <= 0 {
		limit = 32 << 20
	}
	results := make([]fileEntry, len(jobs))
	var names []string
	var mu sync.Mutex
	var firstErr error
	var next atomic.Int64
	var read, indexed, bytes atomic.Int64
	base := ix.m.nextDoc
	var wg sync.WaitGroup
	for w := range min(workers, max(len(jobs), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, n := newChunk(), 0
			flush := func() {
				if c.empty() {
					return
				}
				name := fmt.Sprintf("%d-%d-%d.seg", base, w, n)
				err := writeFileAtomic(filepath.Join(ix.dir, name), c.writeTo)
				mu.Lock()
				names = append(names, name)
				if err != nil && firstErr == nil {
					firstErr = err
				}
				mu.Unlock()
				c, n = newChunk(), n+1
			}
			for {
				j := int(next.Add(1) - 1)
				if j >= len(jobs) {
					break
				}
				doc := uint32(base + uint64(j))
				e, text, size := ix.readJob(jobs[j], doc)
				read.Add(1)
				bytes.Add(size)
				if e.indexed && text != "" {
					indexed.Add(1)
					c.addDoc(doc, text, ix.freq)
				}
				results[j] = e
				if c.size >= limit {
					flush()
				}
			}
			flush()
		}()
	}
	wg.Wait()
	st.Read, st.Indexed, st.Bytes = int(read.Load()), int(indexed.Load()), bytes.Load()
	return results, names, firstErr
}

// readJob reads and folds one file. An unchanged text (same hash as the old
// entry) keeps its document and is not indexed again.
func (ix *Index) readJob(j job, doc uint32) (e fileEntry, text string, size int64) {
	f := ix.files[j.file]
	e = fileEntry{rel: ix.rel(f.Path), doc: doc}
	if j.statErr != nil {
		e.err = errorText(j.statErr)
		return e, "", 0
	}
	e.size, e.mtime = j.info.Size(), j.info.ModTime().UnixNano()
	data, err := model.ReadReportFile(f.Path)
	if err != nil {
		e.err = errorText(err)
		return e, "", 0
	}
	e.hash = crc64.Checksum(data, crcTable())
	if j.old >= 0 {
		if old := ix.m.files[j.old]; old.hash == e.hash && old.size == int64(len(data)) && old.err == "" {
			old.mtime, old.size = e.mtime, e.size
			return old, "", int64(len(data))
		}
	}
	r, err := model.LoadBytes(f.ID, f.Path, data)
	if err != nil {
		e.err = errorText(err)
		return e, "", int64(len(data))
	}
	e.indexed, e.warnings = true, r.Warnings
	e.meta = Meta{Title: r.Title, District: r.District, City: r.City, Year: r.Year, Kind: string(r.Kind),
		Chars: r.Chars(), Sections: r.SectionCount()}
	return e, foldedText(r), int64(len(data))
}

func errorText(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return err.Error()
}

// statAll stats the files on every CPU: on a folder of tens of thousands
// of reports the check that nothing changed is these system calls.
func statAll(files []model.ReportFile) ([]os.FileInfo, []error) {
	infos, errs := make([]os.FileInfo, len(files)), make([]error, len(files))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(256) - 256)
				if i >= len(files) {
					return
				}
				for j := i; j < min(i+256, len(files)); j++ {
					infos[j], errs[j] = os.Stat(files[j].Path)
				}
			}
		}()
	}
	wg.Wait()
	return infos, errs
}
