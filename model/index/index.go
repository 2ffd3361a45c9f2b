package index

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"baogao/model"
	"baogao/model/fold"
)

// formatVersion changes whenever the files' layout does; parserVersion
// whenever loading (decoding, cleaning, parsing, folding into units) gives
// other text for the same bytes. Either makes old indexes be rebuilt.
const (
	formatVersion = 3
	parserVersion = 1
)

// ErrNoIndex is returned by Open for a folder that has no index.
var ErrNoIndex = errors.New("folder has no index")

// Options say where indexes live and how a build runs.
type Options struct {
	// CacheDir holds the indexes; default os.UserCacheDir()/baogao/index.
	CacheDir string
	// ChunkBytes is how many bytes of posting lists a build worker holds
	// before writing them as a segment; default 32 MiB.
	ChunkBytes int
	// Workers build in parallel; default GOMAXPROCS.
	Workers int
}

func (o Options) cacheDir() (string, error) {
	if o.CacheDir != "" {
		return o.CacheDir, nil
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(d, "baogao", "index"), nil
}

// Location is the directory of folder's index: one per absolute path.
func Location(folder string, opt Options) (string, error) {
	abs, err := filepath.Abs(folder)
	if err != nil {
		return "", err
	}
	base, err := opt.cacheDir()
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(abs))
	return filepath.Join(base, hex.EncodeToString(sum[:])[:32]), nil
}

// Index is an open index of one folder.
type Index struct {
	folder string // as the caller named it
	dir    string // where the index lives
	m      *manifest
	freq   *frequent
	segs   []*segment
	unmaps []func()
	byRel  map[string]int // file entry of a relative path
	live   map[uint32]int // file entry of a live document

	// The folder as last walked (Sync): files in load order, with their
	// entry, and what walking found wrong.
	files    []model.ReportFile
	entries  []int
	problems model.Problems
}

// Close releases the segments.
func (ix *Index) Close() {
	for _, u := range ix.unmaps {
		u()
	}
	ix.segs, ix.unmaps = nil, nil
}

// foldHash identifies the folding: the keys of a probe of runes, each
// between two letters (so whitespace shows as kept or dropped): all of them
// below U+3400 (Latin, punctuation, radicals, CJK symbols), every fifth
// unified ideograph (Traditional forms fold there) and U+F900 on (the
// compatibility ideographs, the full-width forms). Checked on every open,
// so it is a probe, not the whole table (3 ms).
func foldHash() uint64 {
	var b strings.Builder
	probe := func(lo, hi, step rune) {
		for r := lo; r <= hi; r += step {
			if r < 0xD800 || r > 0xDFFF {
				b.WriteByte('a')
				b.WriteRune(r)
			}
		}
	}
	probe(1, 0x33FF, 1)
	probe(0x4E00, 0x9FFF, 5)
	probe(0xF900, 0xFFFF, 1)
	h := fnv.New64a()
	h.Write([]byte(fold.String(b.String())))
	return h.Sum64()
}

// Open opens folder's index as it is on disk. It returns ErrNoIndex when
// there is none, and an error wrapping errCorrupt (IsCorrupt) when the
// index is damaged or from another version: Sync rebuilds those.
func Open(folder string, opt Options) (*Index, error) {
	dir, err := Location(folder, opt)
	if err != nil {
		return nil, err
	}
	b, err := os.ReadFile(filepath.Join(dir, "meta"))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ErrNoIndex
	}
	if err != nil {
		return nil, err
	}
	m, err := decodeMeta(b)
	if err != nil {
		return nil, err
	}
	if m.format != formatVersion || m.parser != parserVersion || m.foldHash != foldHash() {
		return nil, corrupt("index is from another version of baogao")
	}
	ix := &Index{folder: folder, dir: dir}
	ix.setManifest(m)
	for _, name := range m.segments {
		if err := ix.openSegment(name); err != nil {
			ix.Close()
			return nil, err
		}
	}
	return ix, nil
}

// IsCorrupt reports whether err says an index was damaged or outdated.
func IsCorrupt(err error) bool { return errors.Is(err, errCorrupt) }

func (ix *Index) setManifest(m *manifest) {
	ix.m, ix.freq = m, newFrequent(m.frequent)
	ix.byRel = make(map[string]int, len(m.files))
	ix.live = make(map[uint32]int, len(m.files))
	for i := range m.files {
		ix.byRel[m.files[i].rel] = i
		if m.files[i].indexed {
			ix.live[m.files[i].doc] = i
		}
	}
}

func (ix *Index) openSegment(name string) error {
	if strings.ContainsAny(name, `/\`) || !strings.HasSuffix(name, ".seg") {
		return corrupt("bad segment name")
	}
	b, unmap, err := mapFile(filepath.Join(ix.dir, name))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return corrupt("segment %s is missing", name)
		}
		return err
	}
	s, err := parseSegment(b)
	if err != nil {
		unmap()
		return err
	}
	ix.segs = append(ix.segs, s)
	ix.unmaps = append(ix.unmaps, unmap)
	return nil
}

// Remove deletes folder's index.
func Remove(folder string, opt Options) error {
	dir, err := Location(folder, opt)
	if err != nil {
		return err
	}
	return os.RemoveAll(dir)
}

// Exists reports whether folder has an index (of any version).
func Exists(folder string, opt Options) bool {
	dir, err := Location(folder, opt)
	if err != nil {
		return false
	}
	_, err = os.Stat(filepath.Join(dir, "meta"))
	return err == nil
}

// DiskBytes is the size of the index's files.
func (ix *Index) DiskBytes() int64 {
	var n int64
	for _, name := range append([]string{"meta"}, ix.m.segments...) {
		if info, err := os.Stat(filepath.Join(ix.dir, name)); err == nil {
			n += info.Size()
		}
	}
	return n
}
