package index

import (
	"encoding/binary"
	"hash/crc32"
	"math"
)

// The meta file is the manifest and the files table, written whole and
// renamed into place, so a reader sees the old one or the new one:
//
//	"BGMETA01" | body | CRC-32C of all before it (u32)
//
// The body is uvarints, varints and length-prefixed strings (metaWriter).
const metaMagic = "BGMETA01"

// manifest says how an index was built; an index whose manifest differs
// from this build's is rebuilt.
type manifest struct {
	format   uint64
	foldHash uint64
	parser   uint64
	frequent []rune
	nextDoc  uint64
	segments []string
	files    []fileEntry
	walk     walkState
}

// fileEntry is what the index knows of one file, keyed by its path
// relative to the folder. Postings hold doc only when indexed; the rest is
// what `list` shows, so that an unchanged folder is listed without reading.
type fileEntry struct {
	rel      string
	id       string // the ID loading gives the file among the folder's
	size     int64
	mtime    int64 // ns
	hash     uint64
	doc      uint32
	indexed  bool
	err      string // the file did not load: why
	warnings []string
	meta     Meta
}

// Meta is a report's listing: what `baogao list` prints.
type Meta struct {
	Title, District, City string
	Year                  int
	Kind                  string
	Chars, Sections       int
}

type metaWriter struct{ b []byte }

func (w *metaWriter) u(v uint64) { w.b = binary.AppendUvarint(w.b, v) }
func (w *metaWriter) i(v int64)  { w.b = binary.AppendVarint(w.b, v) }
func (w *metaWriter) s(v string) { w.u(uint64(len(v))); w.b = append(w.b, v...) }
func (w *metaWriter) ss(v []string) {
	w.u(uint64(len(v)))
	for _, x := range v {
		w.s(x)
	}
}

func encodeMeta(m *manifest) []byte {
	w := &metaWriter{b: []byte(metaMagic)}
	w.u(m.format)
	w.u(m.foldHash)
	w.u(m.parser)
	w.u(uint64(len(m.frequent)))
	for _, r := range m.frequent {
		w.u(uint64(r))
	}
	w.u(m.nextDoc)
	w.ss(m.segments)
	w.u(uint64(len(m.walk.dirs)))
	for _, d := range m.walk.dirs {
		w.s(d.rel)
		w.i(d.mtime)
	}
	w.ss(m.walk.skipped)
	w.ss(m.walk.skipReasons)
	w.ss(m.walk.failed)
	w.ss(m.walk.failReasons)
	w.u(uint64(len(m.files)))
	for i := range m.files {
		f := &m.files[i]
		w.s(f.rel)
		w.s(f.id)
		w.i(f.size)
		w.i(f.mtime)
		w.u(f.hash)
		w.u(uint64(f.doc))
		if f.indexed {
			w.u(1)
		} else {
			w.u(0)
		}
		w.s(f.err)
		w.ss(f.warnings)
		w.s(f.meta.Title)
		w.s(f.meta.District)
		w.s(f.meta.City)
		w.i(int64(f.meta.Year))
		w.s(f.meta.Kind)
		w.u(uint64(f.meta.Chars))
		w.u(uint64(f.meta.Sections))
	}
	return binary.LittleEndian.AppendUint32(w.b, crc32.Checksum(w.b, castagnoli()))
}

// metaReader decodes a meta body; the first error sticks and every later
// read returns zero values, so decodeMeta checks once at the end.
type metaReader struct {
	b   []byte
	err error
}

func (r *metaReader) u() uint64 {
	v, k := binary.Uvarint(r.b)
	if k <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[k:]
	return v
}

func (r *metaReader) i() int64 {
	v, k := binary.Varint(r.b)
	if k <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[k:]
	return v
}

func (r *metaReader) s() string {
	n := r.u()
	if n > uint64(len(r.b)) {
		r.fail()
		return ""
	}
	v := string(r.b[:n])
	r.b = r.b[n:]
	return v
}

// count reads a number of items, each at least one byte.
func (r *metaReader) count() int {
	n := r.u()
	if n > uint64(len(r.b)) {
		r.fail()
		return 0
	}
	return int(n)
}

func (r *metaReader) ss() []string {
	n := r.count()
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = r.s()
	}
	return out
}

func (r *metaReader) fail() {
	if r.err == nil {
		r.err = corrupt("bad index manifest")
	}
	r.b = nil
}

func decodeMeta(b []byte) (*manifest, error) {
	if len(b) < len(metaMagic)+4 || string(b[:len(metaMagic)]) != metaMagic {
		return nil, corrupt("not an index manifest")
	}
	body := b[:len(b)-4]
	if crc32.Checksum(body, castagnoli()) != binary.LittleEndian.Uint32(b[len(b)-4:]) {
		return nil, corrupt("index manifest checksum")
	}
	r := &metaReader{b: body[len(metaMagic):]}
	m := &manifest{format: r.u(), foldHash: r.u(), parser: r.u()}
	m.frequent = make([]rune, r.count())
	for i := range m.frequent {
		m.frequent[i] = rune(min(r.u(), math.MaxInt32))
	}
	m.nextDoc = r.u()
	m.segments = r.ss()
	m.walk.dirs = make([]dirStamp, r.count())
	for i := range m.walk.dirs {
		m.walk.dirs[i] = dirStamp{rel: r.s(), mtime: r.i()}
	}
	m.walk.skipped, m.walk.skipReasons = r.ss(), r.ss()
	m.walk.failed, m.walk.failReasons = r.ss(), r.ss()
	if len(m.walk.skipped) != len(m.walk.skipReasons) || len(m.walk.failed) != len(m.walk.failReasons) {
		r.fail()
	}
	m.files = make([]fileEntry, r.count())
	for i := range m.files {
		f := &m.files[i]
		f.rel, f.id = r.s(), r.s()
		f.size, f.mtime, f.hash = r.i(), r.i(), r.u()
		doc := r.u()
		f.doc, f.indexed = uint32(doc), r.u() == 1
		if doc >= 1<<32 || doc >= m.nextDoc && f.indexed {
			r.fail()
		}
		f.err, f.warnings = r.s(), r.ss()
		f.meta = Meta{Title: r.s(), District: r.s(), City: r.s(), Year: int(r.i()), Kind: r.s(), Chars: int(r.u()), Sections: int(r.u())}
	}
	if r.err == nil && len(r.b) != 0 {
		r.fail()
	}
	if r.err != nil {
		return nil, r.err
	}
	return m, nil
}
