package html_test

import (
	"bytes"
	"context"
	"testing"
	"time"

	xhtml "golang.org/x/net/html"

	"baogao/model/format/html"
)

// benchPages are every seed in every template, and the size of the text
// Extract takes out of them.
func benchPages(b *testing.B) (pages [][]byte, text, in int) {
	for _, f := range fixtures {
		for _, s := range loadSeeds(b) {
			p := page(b, f, s)
			doc, err := html.Extract(context.Background(), p)
			if err != nil {
				b.Fatal(err)
			}
			pages = append(pages, p)
			text += len(doc.Text())
			in += len(p)
		}
	}
	return pages, text, in
}

// BenchmarkExtract reads every seed in every template. The rate is of
// extracted text (SetBytes), as the goal is stated; text-MB/cpu-s is the
// same per second of CPU time, which waiting for a core on a shared
// machine does not inflate.
func BenchmarkExtract(b *testing.B) {
	pages, text, in := benchPages(b)
	b.SetBytes(int64(text))
	b.ReportMetric(float64(in)/float64(text), "page/text")
	cpu0 := cpuTime()
	for b.Loop() {
		for _, p := range pages {
			if _, err := html.Extract(context.Background(), p); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportCPURate(b, text, cpu0)
}

// BenchmarkTokenize is the floor BenchmarkExtract stands on: the x/net/html
// tokenizer alone over the same pages (GBK ones undecoded), with the same
// SetBytes. The ratio of the two is the cost of decoding, the walk, the
// scoring and the metadata.
func BenchmarkTokenize(b *testing.B) {
	pages, text, _ := benchPages(b)
	b.SetBytes(int64(text))
	cpu0 := cpuTime()
	for b.Loop() {
		for _, p := range pages {
			z := xhtml.NewTokenizer(bytes.NewReader(p))
			for z.Next() != xhtml.ErrorToken {
			}
		}
	}
	reportCPURate(b, text, cpu0)
}

func reportCPURate(b *testing.B, text int, cpu0 time.Duration) {
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(text)*float64(b.N)/1e6/cpu.Seconds(), "text-MB/cpu-s")
	}
}
