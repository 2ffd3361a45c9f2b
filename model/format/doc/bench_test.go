package doc

import (
	"context"
	"io/fs"
	"strings"
	"testing"
	"unicode/utf16"

	"baogao/seeds"
)

// BenchmarkExtract reports MB/s of extracted text (b.SetBytes is the
// text's UTF-8 size): one seed converted by LibreOffice, and all seeds
// eight times over in one synthetic document of 40 pieces. On a busy
// machine compare it with the utf16 baseline of the same run: decoding the
// same text from UTF-16 to a UTF-8 string, the least any reader does.
func BenchmarkExtract(b *testing.B) {
	var all strings.Builder
	names, _ := fs.Glob(seeds.FS, "*.txt")
	for _, n := range names {
		t, _ := fs.ReadFile(seeds.FS, n)
		all.Write(t)
	}
	paras := strings.Split(strings.Repeat(all.String(), 8), "\n")
	var pieces []wordPiece
	per := (len(paras) + 39) / 40
	for len(paras) > 0 {
		n := min(per, len(paras))
		pieces = append(pieces, wordPiece{text: strings.Join(paras[:n], "\r") + "\r"})
		paras = paras[n:]
	}
	var units []uint16
	for _, p := range pieces {
		units = append(units, utf16.Encode([]rune(p.text))...)
	}
	b.Run("utf16 baseline", func(b *testing.B) {
		b.SetBytes(int64(len(string(utf16.Decode(units)))))
		for b.Loop() {
			_ = string(utf16.Decode(units))
		}
	})
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
