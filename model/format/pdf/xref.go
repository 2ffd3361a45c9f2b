package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
)

// maxObjNum bounds object numbers: a real report has thousands of objects.
const maxObjNum = 1 << 23

// maxXrefSections bounds the chain of cross-reference sections (/Prev),
// which a broken or hostile file can make circular or endless.
const maxXrefSections = 256

// entry is where an object is: at an offset in the file, or at an index in
// an object stream.
type entry struct {
	off   int64  // file offset, or index in the object stream
	stm   uint32 // the object stream holding it, when inStm
	gen   uint16
	inStm bool
}

var errNoXref = errors.New("no cross-reference table")

// readXref reads the cross-reference sections from the last startxref,
// newest first: an entry already set by a newer section is kept.
func (f *file) readXref() error {
	off, err := startxref(f.b)
	if err != nil {
		return err
	}
	seen := map[int64]bool{}
	for n := 0; off >= 0; n++ {
		if seen[off] || n == maxXrefSections {
			break // a loop: what was read is all there is
		}
		seen[off] = true
		trailer, err := f.readSection(off)
		if err != nil {
			return err
		}
		if f.trailer == nil {
			f.trailer = trailer
		}
		if xs, ok := trailer["XRefStm"].(int64); ok && !seen[xs] {
			seen[xs] = true
			if _, err := f.readSection(xs); err != nil {
				return err
			}
		}
		off = -1
		if prev, ok := trailer["Prev"].(int64); ok {
			off = prev
		}
	}
	return nil
}

// startxref finds the offset after the last "startxref".
func startxref(b []byte) (int64, error) {
	tail := b[max(0, len(b)-4096):]
	i := bytes.LastIndex(tail, []byte("startxref"))
	if i < 0 {
		return 0, errNoXref
	}
	s := scanner{b: tail, pos: i + len("startxref")}
	o, _ := s.object(0)
	off, ok := o.(int64)
	if !ok || off < 0 || off >= int64(len(b)) {
		return 0, errNoXref
	}
	return off, nil
}

// readSection reads one cross-reference table or stream at off and
// returns its trailer dictionary.
func (f *file) readSection(off int64) (dict, error) {
	if off < 0 || off >= int64(len(f.b)) {
		return nil, errNoXref
	}
	s := scanner{b: f.b, pos: int(off), refs: true}
	s.skip()
	if bytes.HasPrefix(f.b[s.pos:], []byte("xref")) {
		s.pos += 4
		return f.readTable(&s)
	}
	o, err := f.parseAt(off, false)
	if err != nil {
		return nil, err
	}
	st, ok := o.obj.(*stream)
	if !ok || st.hdr.name("Type") != "XRef" {
		return nil, errNoXref
	}
	return st.hdr, f.readXrefStream(st)
}

// readTable reads a classic table after its "xref" keyword.
func (f *file) readTable(s *scanner) (dict, error) {
	for {
		o, err := s.object(0)
		if err != nil {
			return nil, err
		}
		if k, ok := o.(keyword); ok && k == "trailer" {
			break
		}
		start, ok1 := o.(int64)
		c, err := s.object(0)
		count, ok2 := c.(int64)
		if err != nil || !ok1 || !ok2 || start < 0 || count < 0 {
			return nil, errNoXref
		}
		for i := int64(0); i < count; i++ {
			if err := f.tableEntry(s, start+i); err != nil {
				return nil, err
			}
		}
	}
	o, err := s.object(0)
	t, ok := o.(dict)
	if err != nil || !ok {
		return nil, errNoXref
	}
	return t, nil
}

// tableEntry reads "offset gen n|f" for object num.
func (f *file) tableEntry(s *scanner, num int64) error {
	s.skip()
	off := s.word()
	s.skip()
	gen := s.word()
	s.skip()
	kind := s.word()
	if !isDigits(off) || !isDigits(gen) || len(kind) != 1 {
		return errNoXref
	}
	if kind[0] != 'n' || num >= maxObjNum || num == 0 {
		return nil
	}
	if _, ok := f.xref[uint32(num)]; ok {
		return nil
	}
	o, _ := strconv.ParseInt(string(off), 10, 64)
	g, _ := strconv.Atoi(string(gen))
	f.xref[uint32(num)] = entry{off: o, gen: uint16(g)}
	return nil
}

// readXrefStream reads the entries of a cross-reference stream.
func (f *file) readXrefStream(st *stream) error {
	data, err := f.decodePlain(st)
	if err != nil {
		return err
	}
	w, _ := st.hdr["W"].(array)
	if len(w) < 3 {
		return errNoXref
	}
	var widths [3]int
	size := 0
	for i := range widths {
		n, ok := w[i].(int64)
		if !ok || n < 0 || n > 8 {
			return errNoXref
		}
		widths[i] = int(n)
		size += int(n)
	}
	if size == 0 {
		return errNoXref
	}
	index, _ := st.hdr["Index"].(array)
	if index == nil {
		n, _ := st.hdr["Size"].(int64)
		index = array{int64(0), n}
	}
	for i := 0; i+1 < len(index) && len(data) >= size; i += 2 {
		start, _ := index[i].(int64)
		count, _ := index[i+1].(int64)
		for n := start; n < start+count && len(data) >= size && n >= 0; n++ {
			f.streamEntry(n, data[:size], widths)
			data = data[size:]
		}
	}
	return nil
}

func (f *file) streamEntry(num int64, b []byte, w [3]int) {
	field := func(i int) int64 {
		from := 0
		for j := 0; j < i; j++ {
			from += w[j]
		}
		var v int64
		for _, c := range b[from : from+w[i]] {
			v = v<<8 | int64(c)
		}
		return v
	}
	kind := int64(1)
	if w[0] > 0 {
		kind = field(0)
	}
	if num <= 0 || num >= maxObjNum {
		return
	}
	if _, ok := f.xref[uint32(num)]; ok {
		return
	}
	switch kind {
	case 1:
		f.xref[uint32(num)] = entry{off: field(1), gen: uint16(field(2))}
	case 2:
		if s := field(1); s > 0 && s < maxObjNum {
			f.xref[uint32(num)] = entry{stm: uint32(s), off: field(2), inStm: true}
		}
	case 0:
		f.xref[uint32(num)] = entry{off: -1} // free: newer than older sections' entry
	}
}

// rebuild recovers the cross-reference table of a broken file by finding
// every "n g obj" in it, the way viewers do. The last definition of an
// object wins; the last trailer with a /Root, or else the catalog found,
// gives the trailer. Objects inside object streams are added after.
func (f *file) rebuild() error {
	f.rebuilt = true
	f.xref = map[uint32]entry{}
	f.cache = map[uint32]object{}
	var streams []uint32
	for i, n := 0, 0; ; n++ {
		j := bytes.Index(f.b[i:], []byte("obj"))
		if j < 0 {
			break
		}
		at := i + j
		i = at + 3
		if n%1024 == 0 && f.ctx.Err() != nil {
			return f.ctx.Err()
		}
		num, gen, start, ok := objHeaderBefore(f.b, at)
		if !ok || (i < len(f.b) && class[f.b[i]] == regular) {
			continue
		}
		f.xref[num] = entry{off: int64(start), gen: gen}
		if h := f.b[i:min(len(f.b), i+512)]; bytes.Contains(h, []byte("/ObjStm")) {
			streams = append(streams, num)
		}
	}
	f.rebuildTrailer()
	for _, num := range streams {
		f.indexObjStm(num)
	}
	if f.trailer == nil {
		return fmt.Errorf("no document catalog")
	}
	return nil
}

// objHeaderBefore reads "num gen " backwards from the "obj" at at.
func objHeaderBefore(b []byte, at int) (num uint32, gen uint16, start int, ok bool) {
	i := at
	digits := func() (int64, bool) {
		for i > 0 && class[b[i-1]] == white {
			i--
		}
		end := i
		for i > 0 && b[i-1] >= '0' && b[i-1] <= '9' && end-i < 8 {
			i--
		}
		if i == end || (i > 0 && class[b[i-1]] == regular) {
			return 0, false
		}
		v, err := strconv.ParseInt(string(b[i:end]), 10, 64)
		return v, err == nil
	}
	if at == 0 || class[b[at-1]] != white {
		return 0, 0, 0, false
	}
	g, ok1 := digits()
	n, ok2 := digits()
	if !ok1 || !ok2 || n <= 0 || n >= maxObjNum || g > 65535 {
		return 0, 0, 0, false
	}
	return uint32(n), uint16(g), i, true
}

// rebuildTrailer takes the last trailer that names a catalog, or makes one
// from the catalog object.
func (f *file) rebuildTrailer() {
	f.trailer = nil
	for i := 0; ; {
		j := bytes.Index(f.b[i:], []byte("trailer"))
		if j < 0 {
			break
		}
		s := scanner{b: f.b, pos: i + j + len("trailer"), refs: true}
		i += j + len("trailer")
		if t, _ := s.object(0); t != nil {
			if d, ok := t.(dict); ok && d["Root"] != nil {
				f.trailer = d
			}
		}
	}
	if f.trailer != nil {
		return
	}
	var root uint32 // the newest catalog: the highest number, as updates append
	for num, e := range f.xref {
		h := f.b[e.off:min(len(f.b), int(e.off)+1024)]
		if num < root || !bytes.Contains(h, []byte("/Catalog")) {
			continue
		}
		if o, err := f.parseAt(e.off, false); err == nil {
			if d, ok := o.obj.(dict); ok && d.name("Type") == "Catalog" {
				root = num
				f.trailer = dict{"Root": ref{num: num, gen: e.gen}}
			}
		}
	}
}
