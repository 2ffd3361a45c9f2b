package docx_test

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baogao/model/format/docx"
)

// BenchmarkExtract measures throughput in bytes of extracted text, as
// SetBytes (wall time) and per CPU second (text-MB/cpu-s: on a shared
// machine wall time also counts waiting for a core), on documents of
// three writers: LibreOffice's conversion of a seed, the numbered Word
// build of all seeds (64 KB of text), and that build five times over
// (320 KB, a long report).
// Each has an "inflate" twin that only decompresses every part of the
// zip: the floor no reader of the zip can go under, to compare with in
// the same run.
//
//	go test ./model/format/docx -run '^$' -bench Extract -benchtime 2s
func BenchmarkExtract(b *testing.B) {
	var all strings.Builder
	for _, text := range seedTextsB(b) {
		all.WriteString(text)
	}
	lo, err := os.ReadFile(filepath.Join("testdata", "libreoffice", "zibo-zhoucun-2023.docx"))
	if err != nil {
		b.Fatal(err)
	}
	numbered, _ := numberedDocx(b, all.String())
	large, _ := numberedDocx(b, strings.Repeat(all.String(), 5))
	for _, c := range []struct {
		name string
		in   []byte
	}{{"libreoffice", lo}, {"numbered", numbered}, {"numbered-large", large}} {
		doc, err := docx.Extract(context.Background(), c.in)
		if err != nil {
			b.Fatal(err)
		}
		text := int64(len(doc.Text()))
		b.Run(c.name, func(b *testing.B) {
			measure(b, text, func() {
				if _, err := docx.Extract(context.Background(), c.in); err != nil {
					b.Fatal(err)
				}
			})
		})
		b.Run(c.name+"/inflate", func(b *testing.B) {
			measure(b, text, func() { inflateAll(b, c.in) })
		})
	}
}

// measure runs fn in the benchmark loop and reports text bytes per
// second of wall and of CPU time.
func measure(b *testing.B, text int64, fn func()) {
	b.SetBytes(text)
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		fn()
	}
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(text)*float64(b.N)/1e6/cpu.Seconds(), "text-MB/cpu-s")
	}
}

func inflateAll(b *testing.B, in []byte) {
	zr, err := zip.NewReader(bytes.NewReader(in), int64(len(in)))
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			b.Fatal(err)
		}
		io.Copy(io.Discard, rc)
		rc.Close()
	}
}
