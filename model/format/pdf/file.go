package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"

	"baogao/model/format"
)

// Stream limits. Content streams of a report page are tens of kilobytes;
// only images are large, and images are never decoded.
const (
	maxStream  = 32 << 20  // decoded bytes of one stream
	maxDecoded = 256 << 20 // decoded bytes of all streams of one file
	maxRefHops = 16        // a reference to a reference to …
)

var errTooBig = fmt.Errorf("a stream expands past %d MB (a decompression bomb?)", maxStream>>20)

// file is an open PDF: its bytes, where its objects are, and the objects
// read so far.
type file struct {
	ctx        context.Context
	b          []byte
	xref       map[uint32]entry
	trailer    dict
	cache      map[uint32]object
	busy       map[uint32]bool // objects being read: a reference back is a loop
	objStms    map[uint32]*objStm
	fonts      map[uint32]*font
	forms      map[*stream][]byte // decoded form XObjects: a form may be drawn many times
	endstreams []int              // offsets of "endstream", found when a /Length is wrong
	crypt      *crypt
	budget     int64 // decoded stream bytes still allowed
	inflater
	scratch *scratch // buffers reused from page to page
	rebuilt bool     // the xref was rebuilt by scanning
}

// objStm is a decoded object stream: its data and where each object is.
type objStm struct {
	data []byte
	offs map[uint32]int
}

// indirect is an object read with its header "num gen obj".
type indirect struct {
	id  ref
	obj object
}

// open reads the structure of a PDF: header, cross-references (rebuilt by
// scanning when broken), trailer and encryption.
func open(ctx context.Context, b []byte, sc *scratch) (*file, error) {
	i := bytes.Index(b[:min(len(b), 1024)], []byte("%PDF-"))
	if i < 0 {
		return nil, fmt.Errorf("%w: not a PDF (no %%PDF- header)", format.ErrCorrupt)
	}
	f := &file{ctx: ctx, b: b[i:], xref: map[uint32]entry{}, cache: map[uint32]object{},
		busy: map[uint32]bool{}, objStms: map[uint32]*objStm{}, fonts: map[uint32]*font{}, forms: map[*stream][]byte{}, budget: maxDecoded, scratch: sc}
	if sc != nil {
		f.zr = sc.zr
	}
	err := f.readXref()
	if err == nil {
		if err := f.encryption(); err != nil {
			return nil, err
		}
	}
	if err != nil || !f.rootOK() {
		if err := f.rebuild(); err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			return nil, fmt.Errorf("%w: %v", format.ErrCorrupt, err)
		}
		if err := f.encryption(); err != nil {
			return nil, err
		}
	}
	if !f.rootOK() {
		return nil, fmt.Errorf("%w: no document catalog", format.ErrCorrupt)
	}
	return f, nil
}

// encryption sets up decryption when the trailer asks for it, before any
// object (an object stream above all) is read.
func (f *file) encryption() error {
	if enc := f.trailer["Encrypt"]; enc != nil && f.crypt == nil {
		return f.setupCrypt(enc)
	}
	return nil
}

// rootOK reports whether the trailer leads to a catalog dictionary.
func (f *file) rootOK() bool {
	if f.trailer == nil {
		return false
	}
	_, ok := f.resolve(f.trailer["Root"]).(dict)
	return ok
}

// resolve follows references to the object they name; a missing object is
// null, as the standard says.
func (f *file) resolve(o object) object {
	for i := 0; i < maxRefHops; i++ {
		r, ok := o.(ref)
		if !ok {
			return o
		}
		o = f.get(r)
	}
	return nil
}

// dictOf resolves o and returns it if it is a dictionary (or a stream's).
func (f *file) dictOf(o object) dict {
	switch v := f.resolve(o).(type) {
	case dict:
		return v
	case *stream:
		return v.hdr
	}
	return nil
}

// get reads object r once; later calls return the cached object.
func (f *file) get(r ref) object {
	if o, ok := f.cache[r.num]; ok {
		return o
	}
	if f.busy[r.num] {
		return nil
	}
	f.busy[r.num] = true
	defer delete(f.busy, r.num)
	o, err := f.load(r.num)
	if errors.Is(err, errNotFound) && !f.rebuilt && f.ctx.Err() == nil {
		// The table points at the wrong place: scan the file once.
		if f.rebuild() == nil {
			o, _ = f.load(r.num)
		}
	}
	f.cache[r.num] = o
	return o
}

// load reads object num from where the cross-references say it is.
func (f *file) load(num uint32) (object, error) {
	e, ok := f.xref[num]
	if !ok || e.off < 0 {
		return nil, nil // free or unknown: null
	}
	if e.inStm {
		return f.loadFromStm(num, e)
	}
	o, err := f.parseAt(e.off, true)
	if err != nil {
		return nil, errNotFound
	}
	if o.id.num != num {
		return nil, errNotFound
	}
	return o.obj, nil
}

// parseAt reads the indirect object at off, decrypting its strings.
func (f *file) parseAt(off int64, decrypt bool) (indirect, error) {
	if off < 0 || off >= int64(len(f.b)) {
		return indirect{}, errNotFound
	}
	s := scanner{b: f.b, pos: int(off)}
	n, _ := s.object(0)
	g, _ := s.object(0)
	k, _ := s.object(0)
	num, ok1 := n.(int64)
	gen, ok2 := g.(int64)
	if !ok1 || !ok2 || k != keyword("obj") || num <= 0 || num >= maxObjNum {
		return indirect{}, errNotFound
	}
	id := ref{uint32(num), uint16(gen)}
	s.refs = true
	o, err := s.object(0)
	if err != nil && o == nil {
		return indirect{}, err
	}
	if d, ok := o.(dict); ok {
		if st := f.streamAfter(&s, d); st != nil {
			st.id = id
			o = st
		}
	}
	if decrypt && f.crypt != nil && id.num != f.crypt.encNum {
		o = f.crypt.decryptStrings(o, id)
	}
	return indirect{id, o}, nil
}

// streamAfter reads the data of a stream whose dictionary was just read, or
// returns nil when no "stream" keyword follows. A wrong /Length is common:
// the data then ends at "endstream".
func (f *file) streamAfter(s *scanner, hdr dict) *stream {
	s.skip()
	if !bytes.HasPrefix(s.b[s.pos:], []byte("stream")) {
		return nil
	}
	start := s.pos + len("stream")
	if start < len(s.b) && s.b[start] == '\r' {
		start++
	}
	if start < len(s.b) && s.b[start] == '\n' {
		start++
	}
	rest := s.b[start:]
	if n, ok := f.resolve(hdr["Length"]).(int64); ok && n >= 0 && n <= int64(len(rest)) {
		after := bytes.TrimLeft(rest[n:min(len(rest), int(n)+32)], "\r\n\t \x00")
		if bytes.HasPrefix(after, []byte("endstream")) {
			return &stream{hdr: hdr, raw: rest[:n]}
		}
	}
	end := f.endstreamAfter(start) - start
	data := bytes.TrimSuffix(rest[:end], []byte("\n"))
	data = bytes.TrimSuffix(data, []byte("\r"))
	return &stream{hdr: hdr, raw: data}
}

// endstreamAfter finds the first "endstream" at or after off, or the end
// of the file. The positions are found once: a broken file may have
// thousands of streams with wrong lengths and none ending.
func (f *file) endstreamAfter(off int) int {
	if f.endstreams == nil {
		f.endstreams = []int{}
		for i := 0; ; {
			j := bytes.Index(f.b[i:], []byte("endstream"))
			if j < 0 {
				break
			}
			f.endstreams = append(f.endstreams, i+j)
			i += j + len("endstream")
		}
	}
	k, _ := slices.BinarySearch(f.endstreams, off)
	if k == len(f.endstreams) {
		return len(f.b) // truncated file: the data runs to its end
	}
	return f.endstreams[k]
}

// loadFromStm reads object num from its object stream.
func (f *file) loadFromStm(num uint32, e entry) (object, error) {
	os, err := f.objStm(e.stm)
	if err != nil {
		return nil, err
	}
	off, ok := os.offs[num]
	if !ok {
		return nil, nil
	}
	s := scanner{b: os.data, pos: off, refs: true}
	o, err := s.object(0)
	if _, isKW := o.(keyword); isKW {
		return nil, nil
	}
	return o, err
}

// objStm decodes object stream num once.
func (f *file) objStm(num uint32) (*objStm, error) {
	if os, ok := f.objStms[num]; ok {
		if os == nil {
			return nil, errNotFound
		}
		return os, nil
	}
	f.objStms[num] = nil // also marks it while it is read
	st, ok := f.get(ref{num: num}).(*stream)
	if !ok || st.hdr.name("Type") != "ObjStm" {
		return nil, errNotFound
	}
	data, err := f.decode(st)
	if err != nil {
		return nil, err
	}
	n, _ := st.hdr["N"].(int64)
	first, _ := st.hdr["First"].(int64)
	if first < 0 || first > int64(len(data)) {
		return nil, errNotFound
	}
	os := &objStm{data: data, offs: map[uint32]int{}}
	s := scanner{b: data[:first]}
	for i := int64(0); i < n; i++ {
		a, _ := s.object(0)
		b, _ := s.object(0)
		id, ok1 := a.(int64)
		off, ok2 := b.(int64)
		if !ok1 || !ok2 {
			break
		}
		if id > 0 && id < maxObjNum && off >= 0 && first+off < int64(len(data)) {
			os.offs[uint32(id)] = int(first + off)
		}
	}
	f.objStms[num] = os
	return os, nil
}

// indexObjStm adds the objects of object stream num to a rebuilt table,
// where no direct definition of them was found.
func (f *file) indexObjStm(num uint32) {
	os, err := f.objStm(num)
	if err != nil {
		return
	}
	for id := range os.offs {
		if _, ok := f.xref[id]; !ok {
			f.xref[id] = entry{stm: num, inStm: true}
		}
	}
}

// decode returns the decoded data of a stream, decrypted first.
func (f *file) decode(st *stream) ([]byte, error) {
	data := st.raw
	if f.crypt != nil && f.crypt.encrypts(st) {
		data = f.crypt.decryptStream(data, st.id)
	}
	return f.unfilter(st, data)
}

// cmapLexer is the lexer CMaps are read with, its buffers reused.
func (f *file) cmapLexer() *lexer {
	if f.scratch == nil {
		return &lexer{}
	}
	return &f.scratch.cmapLex
}

// formData decodes a form XObject once.
func (f *file) formData(st *stream) ([]byte, error) {
	if data, ok := f.forms[st]; ok {
		return data, nil
	}
	data, err := f.decode(st)
	if err == nil {
		f.forms[st] = data
	}
	return data, err
}

// decodeAppend appends the decoded data of a stream to dst, within
// maxStream in all. A lone Flate filter, the common case, inflates
// straight into dst.
func (f *file) decodeAppend(dst []byte, st *stream) ([]byte, error) {
	filters, parms := f.filters(st.hdr)
	if len(filters) != 1 || filters[0] != "FlateDecode" || parms[0]["Predictor"] != nil {
		data, err := f.decode(st)
		if err == nil && len(dst)+len(data) > maxStream {
			err = errTooBig
		}
		return append(dst, data...), err
	}
	data := st.raw
	if f.crypt != nil && f.crypt.encrypts(st) {
		data = f.crypt.decryptStream(data, st.id)
	}
	limit := int(min(int64(maxStream-len(dst)), f.budget))
	n := len(dst)
	out, err := f.inflateAppend(dst, data, limit)
	f.budget -= int64(len(out) - n)
	return out, err
}

// decodePlain decodes a stream that is never encrypted (a cross-reference
// stream).
func (f *file) decodePlain(st *stream) ([]byte, error) {
	return f.unfilter(st, st.raw)
}

// unfilter applies the stream's filters within the size limits.
func (f *file) unfilter(st *stream, data []byte) ([]byte, error) {
	filters, parms := f.filters(st.hdr)
	limit := int64(maxStream)
	if f.budget < limit {
		limit = f.budget
	}
	out, err := f.decodeFilters(data, filters, parms, int(limit))
	f.budget -= int64(len(out))
	return out, err
}

// filters lists a stream's filters and their parameters.
func (f *file) filters(hdr dict) ([]name, []dict) {
	var names []name
	var parms []dict
	switch v := f.resolve(hdr["Filter"]).(type) {
	case name:
		names = []name{v}
		parms = []dict{f.dictOf(hdr["DecodeParms"])}
	case array:
		pa, _ := f.resolve(hdr["DecodeParms"]).(array)
		for i, x := range v {
			n, _ := f.resolve(x).(name)
			names = append(names, n)
			var p dict
			if i < len(pa) {
				p = f.dictOf(pa[i])
			}
			parms = append(parms, p)
		}
	}
	return names, parms
}
