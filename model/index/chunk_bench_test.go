package index

import (
	"testing"

	"baogao/model"
	"baogao/model/internal/corpus"
)

// BenchmarkAddDoc indexes folded reports into a chunk (bytes/op: the
// folded text's).
func BenchmarkAddDoc(b *testing.B) {
	var texts []string
	size := 0
	for _, f := range corpus.Generate(4 << 20) {
		if r, err := model.LoadBytes("x", "x", f.Data); err == nil {
			t := foldedText(r)
			texts = append(texts, t)
			size += len(t)
		}
	}
	fr := newFrequent(pickFrequent(texts[0] + texts[1] + texts[2]))
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		c := newChunk()
		for i, t := range texts {
			c.addDoc(uint32(i), t, fr)
		}
	}
}
