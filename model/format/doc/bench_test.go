package doc

import (
	"context"
	"io/fs"
	"strings"
	"testing"

	"baogao/seeds"
)

// BenchmarkExtract reports MB/s of extracted text (b.SetBytes is the
// text's UTF-8 size): one seed converted by LibreOffice, and all seeds
// eight times over in one synthetic document of 40 pieces.
func BenchmarkExtract(b *testing.B) {
	var all strings.Builder
	names, _ := fs.Glob(seeds.FS, "*.txt")
	for _, n := range names {
		t, _ := fs.ReadFile(seeds.FS, n)
		all.Write(t)
	}
	var pieces []wordPiece
	for i := 0; i < 8; i++ {
		for _, para := range strings.SplitAfter(all.String(), "\n") {
			if len(pieces) < 40 {
				pieces = append(pieces, wordPiece{})
			}
			p := &pieces[len(pieces)-1]
			p.text += strings.TrimSuffix(para, "\n") + "\r"
		}
	}
	for _, tt := range []struct {
		name string
		doc  []byte
	}{
		{"seed", readFixture(b, "seeds/jining-jingkai-2024.doc.gz")},
		{"seeds×8", buildWord(wordSpec{pieces: pieces})},
	} {
		b.Run(tt.name, func(b *testing.B) {
			d, err := Extract(context.Background(), tt.doc)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(d.Text())))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if _, err := Extract(context.Background(), tt.doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
