package model

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// chunkyReader returns its bytes a few at a time, as a pipe does.
type chunkyReader struct {
	b []byte
	n int
}

func (r *chunkyReader) Read(p []byte) (int, error) {
	if len(r.b) == 0 {
		return 0, io.EOF
	}
	k := min(len(p), r.n, len(r.b))
	copy(p, r.b[:k])
	r.b = r.b[k:]
	return k, nil
}

// TestReadStreamLimit checks a stream against its cap at the edges, with
// and without bytes already read, and across chunk boundaries.
func TestReadStreamLimit(t *testing.T) {
	data := bytes.Repeat([]byte("法治政府0123456789"), 40000) // 880,000 bytes: many chunks
	for _, tt := range []struct {
		name        string
		head, limit int // head: bytes of data already read
		size        int // bytes of data in all
		tooLarge    bool
	}{
		{"empty", 0, 100, 0, false},
		{"under", 0, 1000, 999, false},
		{"at the cap", 0, 1000, 1000, false},
		{"one over", 0, 1000, 1001, true},
		{"at a chunk's end", 0, 1 << 20, streamChunkMin, false},
		{"one past a chunk", 0, 1 << 20, streamChunkMin + 1, false},
		{"many chunks at the cap", 0, len(data), len(data), false},
		{"many chunks one over", 0, len(data) - 1, len(data), true},
		{"head only", 10, 100, 10, false},
		{"head and more", 10, 1000, 500, false},
		{"head and one over", 10, 499, 500, true},
		{"head at the cap, then more", 500, 500, 501, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			head := append([]byte(nil), data[:tt.head]...)
			for _, step := range []int{1 << 30, 7} {
				got, err := readStream(&chunkyReader{data[tt.head:tt.size], step}, head, tt.limit)
				if tt.tooLarge {
					if !errors.Is(err, ErrTooLarge) || got != nil {
						t.Fatalf("step %d: %d bytes, %v; want ErrTooLarge", step, len(got), err)
					}
					continue
				}
				if err != nil || !bytes.Equal(got, data[:tt.size]) {
					t.Fatalf("step %d: %d bytes, %v; want the %d bytes back", step, len(got), err, tt.size)
				}
			}
		})
	}
}

// TestReadStreamRefusedMemory checks that a stream refused for its size
// costs no more memory than the cap: `baogao list - < /dev/zero` allocated
// over twice as much when the stream was read into one growing buffer.
func TestReadStreamRefusedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 256 MB")
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := readStream(zeroReader{}, nil, MaxFileSize)
	runtime.ReadMemStats(&after)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err %v, want ErrTooLarge", err)
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > MaxFileSize+1<<20 {
		t.Errorf("refusing an endless stream allocated %d MB, want at most the %d MB cap", got>>20, MaxFileSize>>20)
	}
}

type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// TestReadFile reads regular files of several sizes whole.
func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []int{0, 1, streamChunkMin, 3*streamChunkMin + 5} {
		p := filepath.Join(dir, "f.txt")
		want := []byte(strings.Repeat("x", n))
		if err := os.WriteFile(p, want, 0o644); err != nil {
			t.Fatal(err)
		}
		if got, err := readFile(p); err != nil || !bytes.Equal(got, want) {
			t.Errorf("%d bytes: read %d, %v", n, len(got), err)
		}
	}
}
