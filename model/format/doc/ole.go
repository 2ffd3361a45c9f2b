package doc

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"

	"github.com/richardlehane/mscfb"
)

// Bounds on the compound file, checked before mscfb sees it. mscfb walks
// sector chains until they end and keeps every directory entry; a hostile
// header can make those walks as long as the file has FAT entries (and its
// tree walk recurses once per entry). Real Word files have a few dozen
// directory entries; one with many embedded objects a few hundred.
const (
	maxDirEntries = 1 << 14
	readChunk     = 32 << 10 // bytes per mscfb Read: its chain merge is quadratic in sectors per call
)

const (
	endOfChain = 0xFFFFFFFE
	headerSize = 512
)

// cfbHeader holds the header fields the guard needs.
type cfbHeader struct {
	sectorSize   int
	nSectors     int // sectors the file holds after the header
	fatSectors   uint32
	dirStart     uint32
	miniFatStart uint32
	miniFats     uint32
	difatStart   uint32
	difats       uint32
}

// guard checks that mscfb's walks over b are bounded: header counts within
// what the file can hold, and the directory and mini stream chains short
// and free of loops. It reads b directly and allocates nothing per sector.
func guard(b []byte) error {
	h, err := readHeader(b)
	if err != nil {
		return err
	}
	perSector := h.sectorSize / 128
	n, err := h.chainLen(b, h.dirStart, maxDirEntries/perSector+1)
	if err != nil {
		return fmt.Errorf("directory: %w", err)
	}
	if n == 0 {
		return fmt.Errorf("no directory")
	}
	// The root entry (the directory's first) starts the mini stream.
	root := (int(h.dirStart) + 1) * h.sectorSize
	if root+128 > len(b) {
		return fmt.Errorf("directory past the end of the file")
	}
	miniStart := binary.LittleEndian.Uint32(b[root+116:])
	miniSize := binary.LittleEndian.Uint32(b[root+120:])
	if miniStart != endOfChain && h.miniFats > 0 {
		limit := int(miniSize)/h.sectorSize + 2
		if _, err := h.chainLen(b, miniStart, min(limit, h.nSectors+1)); err != nil {
			return fmt.Errorf("mini stream: %w", err)
		}
	}
	return nil
}

func readHeader(b []byte) (*cfbHeader, error) {
	if len(b) < headerSize {
		return nil, fmt.Errorf("shorter than an OLE header")
	}
	h := &cfbHeader{}
	switch shift := binary.LittleEndian.Uint16(b[30:]); shift {
	case 9, 12:
		h.sectorSize = 1 << shift
	default:
		return nil, fmt.Errorf("sector size 2^%d", shift)
	}
	h.nSectors = (len(b)+h.sectorSize-1)/h.sectorSize - 1
	h.fatSectors = binary.LittleEndian.Uint32(b[44:])
	h.dirStart = binary.LittleEndian.Uint32(b[48:])
	h.miniFatStart = binary.LittleEndian.Uint32(b[60:])
	h.miniFats = binary.LittleEndian.Uint32(b[64:])
	h.difatStart = binary.LittleEndian.Uint32(b[68:])
	h.difats = binary.LittleEndian.Uint32(b[72:])
	n := uint32(h.nSectors)
	if h.fatSectors > n || h.difats > n || h.miniFats > n {
		return nil, fmt.Errorf("header counts more sectors than the file holds")
	}
	return h, nil
}

// chainLen follows the sector chain from start and returns its length; a
// chain longer than limit (which a loop always is) or leaving the file is
// an error.
func (h *cfbHeader) chainLen(b []byte, start uint32, limit int) (int, error) {
	n := 0
	for sn := start; sn != endOfChain; n++ {
		if n >= limit {
			return n, fmt.Errorf("sector chain too long or looping")
		}
		if int64(sn) >= int64(h.nSectors) {
			return n, fmt.Errorf("sector %d past the end of the file", sn)
		}
		next, ok := h.next(b, sn)
		if !ok {
			return n, fmt.Errorf("FAT entry for sector %d missing", sn)
		}
		sn = next
	}
	return n, nil
}

// next reads the FAT entry of sector sn.
func (h *cfbHeader) next(b []byte, sn uint32) (uint32, bool) {
	perFat := uint32(h.sectorSize / 4)
	fat, ok := h.fatSector(b, sn/perFat)
	if !ok {
		return 0, false
	}
	off := (int64(fat)+1)*int64(h.sectorSize) + int64(sn%perFat)*4
	if off+4 > int64(len(b)) {
		return 0, false
	}
	return binary.LittleEndian.Uint32(b[off:]), true
}

// fatSector finds the i-th FAT sector through the DIFAT: 109 entries in
// the header, the rest in a chain of DIFAT sectors.
func (h *cfbHeader) fatSector(b []byte, i uint32) (uint32, bool) {
	if i >= h.fatSectors {
		return 0, false
	}
	if i < 109 {
		return binary.LittleEndian.Uint32(b[76+4*i:]), true
	}
	i -= 109
	perDifat := uint32(h.sectorSize/4 - 1)
	sn := h.difatStart
	for k := uint32(0); k < h.difats; k++ {
		off := (int64(sn) + 1) * int64(h.sectorSize)
		if off+int64(h.sectorSize) > int64(len(b)) {
			return 0, false
		}
		if i < perDifat {
			return binary.LittleEndian.Uint32(b[off+4*int64(i):]), true
		}
		i -= perDifat
		sn = binary.LittleEndian.Uint32(b[off+int64(h.sectorSize)-4:])
	}
	return 0, false
}

// container is an opened compound file: its top-level streams by name.
type container struct {
	size    int
	streams map[string]*mscfb.File
}

func openOLE(b []byte) (*container, error) {
	if err := guard(b); err != nil {
		return nil, corrupt("OLE: %v", err)
	}
	r, err := mscfb.New(bytes.NewReader(b))
	if err != nil {
		return nil, corrupt("OLE: %v", err)
	}
	c := &container{size: len(b), streams: map[string]*mscfb.File{}}
	for _, f := range r.File {
		if len(f.Path) == 0 && f.Name != "" {
			if _, dup := c.streams[f.Name]; !dup {
				c.streams[f.Name] = f
			}
		}
	}
	return c, nil
}

func (c *container) has(name string) bool { _, ok := c.streams[name]; return ok }

// read returns a whole stream. A stream cannot be larger than the file; a
// looping chain then only repeats sectors up to that size.
func (c *container) read(name string) ([]byte, error) {
	f := c.streams[name]
	if f == nil {
		return nil, corrupt("no %s stream", name)
	}
	if f.Size > int64(c.size) {
		return nil, corrupt("%s stream larger than the file", name)
	}
	out := make([]byte, f.Size)
	for got := 0; got < len(out); {
		n, err := f.Read(out[got:min(len(out), got+readChunk)])
		got += n
		if err == io.EOF && got == len(out) {
			break
		}
		if err != nil && err != io.EOF || n == 0 {
			return nil, corrupt("reading %s: %v", name, err)
		}
	}
	return out, nil
}
