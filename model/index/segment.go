package index

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"sort"
	"sync"
)

// A segment file holds posting lists, a sorted dictionary of their keys and
// a footer:
//
//	"BGSEG001" | list... | entry... | dictOff u64, nkeys u64, dictCRC u32, "BGSEGEND"
//
// An entry is key u64, off u64, len u32, crc u32 (CRC-32C of the list),
// ndocs u32, lastDoc u32, little-endian. A list is, per document in
// increasing order: uvarint(doc - previous doc, the first against -1),
// uvarint(npos), uvarint(len of positions), then npos uvarint deltas of
// rune positions (the first against 0). Every length is checked against the
// file before it is used, so a corrupt segment gives errCorrupt, never a
// panic or a huge allocation.
const (
	segMagic   = "BGSEG001"
	segEnd     = "BGSEGEND"
	entrySize  = 32
	footerSize = 8 + 8 + 4 + len(segEnd)
)

// castagnoli is made on first use: building its tables costs milliseconds,
// which a command that never opens an index should not pay at start-up.
var castagnoli = sync.OnceValue(func() *crc32.Table { return crc32.MakeTable(crc32.Castagnoli) })

// errCorrupt says that an index file is not what this version wrote.
var errCorrupt = errors.New("index is corrupt")

func corrupt(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errCorrupt, fmt.Sprintf(format, args...))
}

// segment is an open segment file (its bytes, usually mapped).
type segment struct {
	b     []byte
	dict  []byte // nkeys entries
	nkeys int
}

// parseSegment checks the frame of a segment; lists are checked when read.
func parseSegment(b []byte) (*segment, error) {
	if len(b) < len(segMagic)+footerSize || string(b[:len(segMagic)]) != segMagic {
		return nil, corrupt("not a segment")
	}
	foot := b[len(b)-footerSize:]
	if string(foot[20:]) != segEnd {
		return nil, corrupt("segment is cut short")
	}
	dictOff, nkeys := binary.LittleEndian.Uint64(foot), binary.LittleEndian.Uint64(foot[8:])
	end := uint64(len(b) - footerSize)
	if dictOff < uint64(len(segMagic)) || dictOff > end || nkeys > (end-dictOff)/entrySize || dictOff+nkeys*entrySize != end {
		return nil, corrupt("bad segment dictionary")
	}
	s := &segment{b: b, dict: b[dictOff:end], nkeys: int(nkeys)}
	if crc32.Checksum(s.dict, castagnoli()) != binary.LittleEndian.Uint32(foot[16:]) {
		return nil, corrupt("segment dictionary checksum")
	}
	var prev key
	for i := range s.nkeys {
		e := s.entry(i)
		if i > 0 && e.key <= prev || e.off < uint64(len(segMagic)) || e.off > dictOff || uint64(e.n) > dictOff-e.off {
			return nil, corrupt("bad dictionary entry %d", i)
		}
		prev = e.key
	}
	return s, nil
}

type entry struct {
	key     key
	off     uint64
	n       uint32
	crc     uint32
	ndocs   uint32
	lastDoc uint32
}

func (s *segment) entry(i int) entry {
	e := s.dict[i*entrySize:]
	return entry{
		key: binary.LittleEndian.Uint64(e), off: binary.LittleEndian.Uint64(e[8:]),
		n: binary.LittleEndian.Uint32(e[16:]), crc: binary.LittleEndian.Uint32(e[20:]),
		ndocs: binary.LittleEndian.Uint32(e[24:]), lastDoc: binary.LittleEndian.Uint32(e[28:]),
	}
}

// lists returns the entries whose keys are in [lo, hi].
func (s *segment) lists(lo, hi key) []entry {
	i := sort.Search(s.nkeys, func(i int) bool { return binary.LittleEndian.Uint64(s.dict[i*entrySize:]) >= lo })
	var out []entry
	for ; i < s.nkeys; i++ {
		e := s.entry(i)
		if e.key > hi {
			break
		}
		out = append(out, e)
	}
	return out
}

// list returns the bytes of e's list, checked against its CRC.
func (s *segment) list(e entry) ([]byte, error) {
	b := s.b[e.off : e.off+uint64(e.n)]
	if crc32.Checksum(b, castagnoli()) != e.crc {
		return nil, corrupt("posting list checksum")
	}
	return b, nil
}

// listReader walks a list document by document.
type listReader struct {
	b   []byte
	doc int64 // the current document; -1 before the first
	pos []byte
	n   int // positions of the current document
	err error
}

func newListReader(b []byte) listReader { return listReader{b: b, doc: -1} }

// next moves to the next document; false at the end or on an error (err).
func (r *listReader) next() bool {
	if len(r.b) == 0 {
		return false
	}
	var v [3]uint64
	for i := range v {
		x, k := binary.Uvarint(r.b)
		if k <= 0 {
			r.err, r.b = corrupt("bad posting list"), nil
			return false
		}
		v[i], r.b = x, r.b[k:]
	}
	if v[0] == 0 || v[0] > 1<<32 || r.doc+int64(v[0]) >= 1<<32 || v[2] > uint64(len(r.b)) || v[1] > v[2] || v[1] == 0 {
		r.err, r.b = corrupt("bad posting list entry"), nil
		return false
	}
	if r.doc < 0 {
		r.doc = int64(v[0]) - 1
	} else {
		r.doc += int64(v[0])
	}
	r.n, r.pos, r.b = int(v[1]), r.b[:v[2]], r.b[v[2]:]
	return true
}

// positions decodes the current document's positions into dst.
func (r *listReader) positions(dst []uint32) ([]uint32, error) {
	b := r.pos
	var p uint64
	for i := 0; i < r.n; i++ {
		d, k := binary.Uvarint(b)
		if k <= 0 || p+d >= 1<<32 || i > 0 && d == 0 {
			return dst, corrupt("bad positions")
		}
		p += d
		dst = append(dst, uint32(p))
		b = b[k:]
	}
	if len(b) != 0 {
		return dst, corrupt("bad positions")
	}
	return dst, nil
}

// segWriter writes a segment: lists in increasing key order, then finish.
type segWriter struct {
	w    *bufio.Writer
	off  uint64
	dict []byte
	prev key
	n    int
	err  error
}

func newSegWriter(w io.Writer) *segWriter {
	sw := &segWriter{w: bufio.NewWriterSize(w, 1<<20)}
	sw.write([]byte(segMagic))
	return sw
}

func (sw *segWriter) write(b []byte) {
	if sw.err == nil {
		_, sw.err = sw.w.Write(b)
		sw.off += uint64(len(b))
	}
}

// add writes one list; ndocs and lastDoc describe it.
func (sw *segWriter) add(k key, list []byte, ndocs, lastDoc uint32) {
	if sw.n > 0 && k <= sw.prev {
		sw.err = fmt.Errorf("index: keys out of order")
	}
	var e [entrySize]byte
	binary.LittleEndian.PutUint64(e[:], k)
	binary.LittleEndian.PutUint64(e[8:], sw.off)
	binary.LittleEndian.PutUint32(e[16:], uint32(len(list)))
	binary.LittleEndian.PutUint32(e[20:], crc32.Checksum(list, castagnoli()))
	binary.LittleEndian.PutUint32(e[24:], ndocs)
	binary.LittleEndian.PutUint32(e[28:], lastDoc)
	sw.dict = append(sw.dict, e[:]...)
	sw.write(list)
	sw.prev, sw.n = k, sw.n+1
}

func (sw *segWriter) finish() error {
	dictOff := sw.off
	sw.write(sw.dict)
	var f [footerSize]byte
	binary.LittleEndian.PutUint64(f[:], dictOff)
	binary.LittleEndian.PutUint64(f[8:], uint64(sw.n))
	binary.LittleEndian.PutUint32(f[16:], crc32.Checksum(sw.dict, castagnoli()))
	copy(f[20:], segEnd)
	sw.write(f[:])
	if sw.err == nil {
		sw.err = sw.w.Flush()
	}
	return sw.err
}

// appendDoc appends one document's record to a list: doc after prev (-1
// for the first), its sorted positions.
func appendDoc(list []byte, doc uint32, prev int64, pos []uint32, scratch []byte) ([]byte, []byte) {
	scratch = scratch[:0]
	last := uint32(0)
	for _, p := range pos {
		scratch = binary.AppendUvarint(scratch, uint64(p-last))
		last = p
	}
	list = binary.AppendUvarint(list, uint64(int64(doc)-prev))
	list = binary.AppendUvarint(list, uint64(len(pos)))
	list = binary.AppendUvarint(list, uint64(len(scratch)))
	return append(list, scratch...), scratch
}

// appendRecord appends a record whose positions are already encoded.
func appendRecord(list []byte, doc uint32, prev int64, n int, pos []byte) []byte {
	list = binary.AppendUvarint(list, uint64(int64(doc)-prev))
	list = binary.AppendUvarint(list, uint64(n))
	list = binary.AppendUvarint(list, uint64(len(pos)))
	return append(list, pos...)
}
