package pdf_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"baogao/model/format/pdf"
)

// BenchmarkExtract reads each seed PDF; the bytes counted are the
// extracted text, so MB/s is text out per second of wall time, and
// text-MB/cpu-s the same per second of CPU time (steadier on a shared
// machine).
func BenchmarkExtract(b *testing.B) {
	files, _ := filepath.Glob("testdata/seeds/*.pdf")
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(filepath.Base(file), func(b *testing.B) {
			doc, err := pdf.Extract(context.Background(), data)
			if err != nil {
				b.Fatal(err)
			}
			text := len(doc.Text())
			b.SetBytes(int64(text))
			b.ReportAllocs()
			cpu0 := cpuTime()
			for b.Loop() {
				if _, err := pdf.Extract(context.Background(), data); err != nil {
					b.Fatal(err)
				}
			}
			cpu := (cpuTime() - cpu0).Seconds() / float64(b.N)
			b.ReportMetric(cpu*1e3, "cpu-ms/op")
			if cpu > 0 {
				b.ReportMetric(float64(text)/1e6/cpu, "text-MB/cpu-s")
			}
		})
	}
}
