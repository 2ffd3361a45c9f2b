package docx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"sync"
)

// The zip is in memory, and archive/zip's own deflate reader reads each
// part's compressed bytes through a bufio.Reader over an io.SectionReader:
// a buffered copy and bufio's bookkeeping for every input byte. memInflate
// hands compress/flate the part's bytes as a bytes.Reader, which flate
// reads byte by byte directly. The output, the checksum and size checks
// (archive/zip still wraps the reader) and every error are the same; only
// the road the compressed bytes take differs.

// inflater is a compress/flate reader over a bytes.Reader, pooled as
// archive/zip pools its own: a fresh one costs a 32 KB window and tables.
type inflater struct {
	src bytes.Reader
	fr  io.ReadCloser
}

var inflaters sync.Pool

var errReadAfterClose = errors.New("docx: read after close")

// openPart is one part being read: it gives its inflater back on Close.
type openPart struct{ f *inflater }

func (p *openPart) Read(b []byte) (int, error) {
	if p.f == nil {
		return 0, errReadAfterClose
	}
	return p.f.fr.Read(b)
}

func (p *openPart) Close() error {
	if p.f == nil {
		return errReadAfterClose
	}
	err := p.f.fr.Close()
	p.f.src.Reset(nil)
	inflaters.Put(p.f)
	p.f = nil
	return err
}

// memInflate returns the zip.Decompressor for a zip read from data
// through ra: a section of ra is inflated from data's bytes; any other
// reader goes to compress/flate as archive/zip's reader would send it.
func memInflate(ra io.ReaderAt, data []byte) zip.Decompressor {
	return func(r io.Reader) io.ReadCloser {
		sr, ok := r.(*io.SectionReader)
		if !ok {
			return flate.NewReader(r)
		}
		outer, off, n := sr.Outer()
		if outer != ra || off < 0 || n < 0 {
			return flate.NewReader(r)
		}
		// ReadAt past the end of data reads nothing: so does the slice.
		lo := min(off, int64(len(data)))
		hi := lo + min(n, int64(len(data))-lo)
		f, _ := inflaters.Get().(*inflater)
		if f == nil {
			f = new(inflater)
		}
		f.src.Reset(data[lo:hi])
		if f.fr == nil {
			f.fr = flate.NewReader(&f.src)
		} else if err := f.fr.(flate.Resetter).Reset(&f.src, nil); err != nil {
			f.fr = flate.NewReader(&f.src)
		}
		return &openPart{f}
	}
}
