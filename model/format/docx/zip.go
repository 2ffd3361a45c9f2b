package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"baogao/model/format"
)

// Parts are read straight from the zip through a bounded reader: a part
// may expand at most MaxZipRatio times its compressed size (plus a little,
// for tiny parts) and at most its cap, whatever sizes the zip declares.
const (
	maxDocumentPart = 1 << 30  // document.xml: streamed, bounded by MaxText and time
	maxSmallPart    = 16 << 20 // styles, numbering, relationships, properties
	ratioSlack      = 4 << 10
)

// pkg is an opened zip with its parts indexed by normalised name.
type pkg struct {
	zr    *zip.Reader
	files map[string]*zip.File
}

func openPackage(b []byte) (*pkg, error) {
	ra := bytes.NewReader(b)
	zr, err := zip.NewReader(ra, int64(len(b)))
	if errors.Is(err, zip.ErrInsecurePath) {
		err = nil // names like ../x: nothing is written, so they do no harm
	}
	if err != nil {
		return nil, fmt.Errorf("%w: broken or truncated zip (%v)", format.ErrCorrupt, err)
	}
	zr.RegisterDecompressor(zip.Deflate, memInflate(ra, b))
	p := &pkg{zr: zr, files: make(map[string]*zip.File, len(zr.File))}
	for _, f := range zr.File {
		name := partName(f.Name)
		if _, dup := p.files[name]; !dup {
			p.files[name] = f
		}
	}
	return p, nil
}

// partName normalises a part name: part names are case-insensitive, some
// writers use backslashes or a leading slash.
func partName(name string) string {
	name = strings.ReplaceAll(name, "\\", "/")
	name = strings.TrimPrefix(path.Clean("/"+name), "/")
	return strings.ToLower(name)
}

func (p *pkg) has(name string) bool { return p.files[partName(name)] != nil }

// boundedReader fails once a part expands past its limit.
type boundedReader struct {
	r    io.ReadCloser
	left int64
	why  string
}

func (b *boundedReader) Read(buf []byte) (int, error) {
	if b.left <= 0 {
		var one [1]byte
		if n, _ := b.r.Read(one[:]); n > 0 {
			return 0, errors.New(b.why)
		}
		return 0, io.EOF
	}
	if int64(len(buf)) > b.left {
		buf = buf[:b.left]
	}
	n, err := b.r.Read(buf)
	b.left -= int64(n)
	return n, err
}

func (b *boundedReader) Close() error { return b.r.Close() }

// open returns a bounded reader for a part, or nil when there is none.
func (p *pkg) open(name string, max int64) (*boundedReader, error) {
	f := p.files[partName(name)]
	if f == nil {
		return nil, nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", printable(name), err)
	}
	limit, why := max, fmt.Sprintf("expands past %d MB", max>>20)
	if f.CompressedSize64 < uint64(max) { // no overflow below
		if r := int64(f.CompressedSize64)*format.MaxZipRatio + ratioSlack; r < limit {
			limit, why = r, fmt.Sprintf("expands more than %d times its compressed size (a zip bomb?)", format.MaxZipRatio)
		}
	}
	return &boundedReader{r: rc, left: limit, why: why}, nil
}

// readSmall reads a whole small part; nil when there is none.
func (p *pkg) readSmall(name string) ([]byte, error) {
	rc, err := p.open(name, maxSmallPart)
	if rc == nil || err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}
