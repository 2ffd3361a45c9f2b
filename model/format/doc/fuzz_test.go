package doc

import (
	"context"
	"testing"
	"time"
)

// FuzzExtract feeds Extract mutated documents: it must return a document
// or an error, without panicking (recovery is off here, so a panic fails
// with its stack), within a bounded time and text size.
func FuzzExtract(f *testing.F) {
	f.Add(readFixture(f, "features.doc.gz"))
	f.Add(readFixture(f, "seeds/jinan-lixia-2020.doc.gz"))
	f.Add(buildWord(wordSpec{pieces: []wordPiece{
		{text: "a\x13 PAGE \x14一\x15\x07b\x07\x07\r", compressed: true},
		{text: "正文\x0b第二行\x0c\r"},
	}}))
	f.Add(buildWord(wordSpec{pieces: []wordPiece{{text: "x\r"}}, flags: fWhichTblStm, ccpText: 0xFFFF}))
	recoverPanics = false
	defer func() { recoverPanics = true }()
	f.Fuzz(func(t *testing.T, b []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		d, err := Extract(ctx, b)
		if err != nil {
			return
		}
		n := 0
		for _, p := range d.Paras {
			n += len(p.Text) + 1
		}
		if n > maxText+1 {
			t.Fatalf("%d bytes of text", n)
		}
	})
}
