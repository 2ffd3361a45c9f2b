// Reading input files within bounds: MaxFileSize for every input, one
// allocation for a regular file, a stream read in chunks (so a refused
// stream never holds more than the cap), and never an open that can hang on
// a file that a folder walk met.

package model

import (
	"errors"
	"io"
	"os"
)

// ErrNotRegular is returned for a file that was to be a regular file (the
// walk saw one) and is something else when opened: a FIFO or a device put
// in its place since.
var ErrNotRegular = errors.New(skipNotRegular)

// openRegular opens a file that should be a regular file, without waiting:
// on Unix the open does not block (a FIFO would wait for a writer), and
// whatever is not a regular file once open is refused.
func openRegular(p string) (*os.File, os.FileInfo, error) {
	f, err := os.OpenFile(p, os.O_RDONLY|openNoWait, 0)
	if err != nil {
		return nil, nil, err
	}
	info, err := f.Stat()
	if err == nil && !info.Mode().IsRegular() {
		err = ErrNotRegular
	}
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, info, nil
}

// readFile reads a regular file in one allocation sized from its length, as
// os.ReadFile does, refusing files over MaxFileSize.
func readFile(p string) ([]byte, error) {
	f, info, err := openRegular(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info.Size() > MaxFileSize {
		return nil, ErrTooLarge
	}
	b := make([]byte, info.Size(), info.Size()+1) // +1 sees EOF without growing
	n, err := io.ReadFull(f, b)
	switch {
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		return b[:n], nil // it shrank
	case err != nil:
		return nil, err
	}
	n, err = io.ReadFull(f, b[len(b):cap(b)])
	switch {
	case n == 0 && err == io.EOF:
		return b, nil
	case n == 0:
		return nil, err
	}
	// The size said nothing: a file that grows as it is read, or one in
	// /proc that says 0. Read on as a stream.
	return readStream(f, b[:len(b)+n], MaxFileSize)
}

// Chunks of a stream: the first is small (most input is a report of tens of
// kilobytes), each next twice the last, up to streamChunkMax.
const (
	streamChunkMin = 64 << 10
	streamChunkMax = 8 << 20
)

// readStream reads r to its end after the bytes already read, head, failing
// past limit (MaxFileSize but in tests) with ErrTooLarge. The size being unknown, it reads into chunks and joins
// them at the end: growing one buffer by copying (io.ReadAll) holds up to
// twice the cap and more while it copies, but chunks hold what was read and
// no more, so an input refused for its size never takes more than the cap.
func readStream(r io.Reader, head []byte, limit int) ([]byte, error) {
	chunks := [][]byte{head}
	total := len(head)
	size := streamChunkMin
	for {
		if total >= limit {
			var probe [1]byte
			n, err := io.ReadFull(r, probe[:])
			if n > 0 {
				return nil, ErrTooLarge
			}
			if err != io.EOF {
				return nil, err
			}
			break
		}
		c := make([]byte, min(size, limit-total))
		n, err := io.ReadFull(r, c)
		chunks = append(chunks, c[:n])
		total += n
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			break
		}
		if err != nil {
			return nil, err
		}
		size = min(2*size, streamChunkMax)
	}
	if len(chunks) == 2 && len(head) == 0 {
		return chunks[1], nil
	}
	out := make([]byte, 0, total)
	for _, c := range chunks {
		out = append(out, c...)
	}
	return out, nil
}

// readInto reads a file into buf (grown if need be) in one read call when
// the file does not change size under us: on a folder of thousands of small
// reports the system calls and allocations are much of the cost. Nothing
// loaded from the bytes keeps them (Decode copies), so a worker can reuse
// its buffer.
func readInto(p string, buf []byte) ([]byte, error) {
	if b, ok, err := readFast(p, buf); ok {
		return b, err
	}
	f, info, err := openRegular(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info.Size() > MaxFileSize {
		return nil, ErrTooLarge
	}
	if int64(cap(buf)) < info.Size() {
		buf = make([]byte, info.Size(), max(info.Size(), 1<<16))
	}
	b := buf[:info.Size()]
	n, err := io.ReadFull(f, b)
	if err == io.ErrUnexpectedEOF {
		return b[:n], nil // shrank
	}
	return b, err
}
