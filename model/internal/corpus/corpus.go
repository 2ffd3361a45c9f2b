package corpus

import (
	"bytes"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/text/encoding/simplifiedchinese"

	"baogao/seeds"
)

// RareSentence is inserted into one generated file in 50.
const RareSentence = "积极稳妥推进碳达峰碳中和，依法开展生态环境执法检查。"

// File is one generated report file.
type File struct {
	Name    string // e.g. "00042-jinan-lixia-2024.txt"
	Data    []byte // UTF-8, or GB18030 when GB18030 is set
	GB18030 bool
}

// Generate returns generated files until their total size reaches size bytes.
func Generate(size int) []File {
	names, texts := seedTexts()
	rng := rand.New(rand.NewPCG(2026, uint64(size)))
	var files []File
	total := 0
	for i := 0; total < size; i++ {
		k := i % len(texts)
		text := vary(texts[k], rng, i%50 == 7)
		f := File{Name: fmt.Sprintf("%05d-%s", i, names[k]), Data: []byte(text)}
		if i%40 == 3 {
			if b, err := simplifiedchinese.GB18030.NewEncoder().Bytes(f.Data); err == nil {
				f.Data, f.GB18030 = b, true
			}
		}
		total += len(f.Data)
		files = append(files, f)
	}
	return files
}

// WriteDir writes Generate(size) into dir, which it creates.
func WriteDir(dir string, size int) (n int, err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	for _, f := range Generate(size) {
		if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

func seedTexts() (names, texts []string) {
	entries, _ := fs.Glob(seeds.FS, "*.txt")
	sort.Strings(entries)
	for _, e := range entries {
		b, _ := fs.ReadFile(seeds.FS, e)
		names = append(names, e)
		texts = append(texts, string(b))
	}
	return names, texts
}

// vary shuffles the sentences after the first in each long line and changes
// one digit in three; rare adds RareSentence to a paragraph in the middle.
func vary(text string, rng *rand.Rand, rare bool) string {
	lines := strings.Split(text, "\n")
	var b bytes.Buffer
	inserted := !rare
	for li, l := range lines {
		if len([]rune(l)) >= 40 {
			parts := strings.SplitAfter(l, "。")
			if len(parts) > 2 {
				rest := parts[1:]
				if rest[len(rest)-1] == "" {
					rest = rest[:len(rest)-1]
				}
				rng.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
				l = parts[0] + strings.Join(rest, "")
			}
			if !inserted && li > len(lines)/2 {
				l = RareSentence + l
				inserted = true
			}
		}
		for i := 0; i < len(l); i++ {
			c := l[i]
			if c >= '0' && c <= '9' && rng.IntN(3) == 0 {
				c = '0' + byte(rng.IntN(10))
			}
			b.WriteByte(c)
		}
		if li < len(lines)-1 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}
