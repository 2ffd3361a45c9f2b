package index

import (
	"bytes"
	"testing"
)

// FuzzSegment feeds arbitrary bytes to the segment reader and reads every
// list it accepts: corrupt input gives errors, never a panic.
func FuzzSegment(f *testing.F) {
	c := newChunk()
	fr := newFrequent([]rune("的法"))
	c.addDoc(0, "法治政府建设\n依法行政", fr)
	c.addDoc(3, "法治的政府", fr)
	var buf bytes.Buffer
	if err := c.writeTo(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte(segMagic + "xxxxxxxxxxxxxxxxxxxxxxxxxxxx" + segEnd))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := parseSegment(b)
		if err != nil {
			return
		}
		for _, e := range s.lists(0, ^key(0)) {
			l, err := s.list(e)
			if err != nil {
				continue
			}
			r := newListReader(l)
			for r.next() {
				r.positions(nil)
			}
		}
		var out bytes.Buffer
		mergeSegments([]*segment{s}, &out, func(uint32) bool { return true })
	})
}

// FuzzMeta does the same for the manifest.
func FuzzMeta(f *testing.F) {
	f.Add(encodeMeta(&manifest{format: 1, frequent: []rune("的"), nextDoc: 2, segments: []string{"a.seg"},
		files: []fileEntry{{rel: "a.txt", size: 3, doc: 1, indexed: true, warnings: []string{"w"}}}}))
	f.Fuzz(func(t *testing.T, b []byte) {
		if m, err := decodeMeta(b); err == nil {
			if !bytes.Equal(encodeMeta(m), b) {
				t.Errorf("decoded manifest encodes differently")
			}
		}
	})
}
