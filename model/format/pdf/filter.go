package pdf

import (
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"io"
)

// decodeFilters applies a stream's filters in order, never producing more
// than limit bytes. Damaged Flate data gives what could be inflated before
// the damage, as viewers do.
func (d *inflater) decodeFilters(data []byte, filters []name, parms []dict, limit int) ([]byte, error) {
	for i, fl := range filters {
		var p dict
		if i < len(parms) {
			p = parms[i]
		}
		var err error
		switch fl {
		case "FlateDecode", "Fl":
			data, err = d.inflate(data, limit)
		case "LZWDecode", "LZW":
			early := 1
			if v, ok := p["EarlyChange"].(int64); ok {
				early = int(v)
			}
			data, err = unLZW(data, early, limit)
		case "ASCII85Decode", "A85":
			data, err = unASCII85(data)
		case "ASCIIHexDecode", "AHx":
			data = unHex(data)
		case "RunLengthDecode", "RL":
			data, err = unRunLength(data, limit)
		case "Crypt":
			continue // the identity crypt filter; real ones were applied before
		default:
			return nil, fmt.Errorf("unsupported stream filter %s", fl)
		}
		if err != nil {
			return nil, err
		}
		if len(data) > limit {
			return nil, errTooBig
		}
		if data, err = unpredict(data, p); err != nil {
			return nil, err
		}
	}
	return data, nil
}

// inflater decodes the Flate streams of one file, reusing its
// decompressor (32 KB of window) from stream to stream.
type inflater struct {
	zr io.ReadCloser // a flate reader
}

// inflate decompresses zlib data (see inflateAppend).
func (d *inflater) inflate(data []byte, limit int) ([]byte, error) {
	return d.inflateAppend(make([]byte, 0, min(limit, 4*len(data)+512)), data, limit)
}

// inflateAppend appends the inflated data to dst, at most limit bytes. The
// zlib header is skipped and its checksum not checked (damaged files often
// have it wrong); data without a valid header is tried as raw deflate, and
// then without its first two bytes.
func (d *inflater) inflateAppend(dst, data []byte, limit int) ([]byte, error) {
	if len(data) >= 2 && data[0]&0x0F == 8 && (uint16(data[0])<<8|uint16(data[1]))%31 == 0 {
		skip := 2
		if data[1]&0x20 != 0 {
			skip = 6 // a preset dictionary's id: PDF has no dictionaries to give
		}
		return d.raw(dst, data[min(skip, len(data)):], limit)
	}
	out, err := d.raw(dst, data, limit)
	if len(out) == len(dst) && err != errTooBig && len(data) > 2 {
		return d.raw(dst, data[2:], limit)
	}
	return out, err
}

// raw inflates raw deflate data.
func (d *inflater) raw(dst, data []byte, limit int) ([]byte, error) {
	if d.zr == nil {
		d.zr = flate.NewReader(bytes.NewReader(data))
	} else if err := d.zr.(flate.Resetter).Reset(bytes.NewReader(data), nil); err != nil {
		return dst, err
	}
	n := len(dst)
	out := bytes.NewBuffer(dst)
	_, err := out.ReadFrom(io.LimitReader(d.zr, int64(limit)+1))
	if out.Len()-n > limit {
		return dst[:n], errTooBig
	}
	if err != nil && out.Len() == n && !errors.Is(err, io.ErrUnexpectedEOF) {
		return dst[:n], fmt.Errorf("bad Flate data: %v", err)
	}
	return out.Bytes(), nil
}

// unLZW decodes LZW data as PDF writes it (MSB first, 9–12 bit codes,
// EarlyChange 1 by default).
func unLZW(data []byte, early, limit int) ([]byte, error) {
	const clear, eod = 256, 257
	var out []byte
	table := make([][]byte, 258, 4096)
	reset := func() {
		table = table[:258]
		for i := range 256 {
			table[i] = []byte{byte(i)}
		}
	}
	reset()
	width, bits, nbits := 9, uint32(0), 0
	var prev []byte
	for _, c := range data {
		bits = bits<<8 | uint32(c)
		nbits += 8
		for nbits >= width {
			code := int(bits>>(nbits-width)) & (1<<width - 1)
			nbits -= width
			switch {
			case code == clear:
				reset()
				width, prev = 9, nil
				continue
			case code == eod:
				return out, nil
			}
			var entry []byte
			switch {
			case code < len(table):
				entry = table[code]
			case code == len(table) && prev != nil:
				entry = append(append([]byte{}, prev...), prev[0])
			default:
				return out, nil // damaged: keep what was decoded
			}
			out = append(out, entry...)
			if len(out) > limit {
				return nil, errTooBig
			}
			if prev != nil && len(table) < 4096 {
				table = append(table, append(append([]byte{}, prev...), entry[0]))
			}
			prev = entry
			if len(table)+early >= 1<<width && width < 12 {
				width++
			}
		}
	}
	return out, nil
}

func unASCII85(data []byte) ([]byte, error) {
	out := make([]byte, 0, len(data))
	var group uint32
	n := 0
	for _, c := range data {
		switch {
		case c == '~':
			return flush85(out, group, n), nil
		case c == 'z' && n == 0:
			out = append(out, 0, 0, 0, 0)
		case c >= '!' && c <= 'u':
			group = group*85 + uint32(c-'!')
			if n++; n == 5 {
				out = append(out, byte(group>>24), byte(group>>16), byte(group>>8), byte(group))
				group, n = 0, 0
			}
		}
	}
	return flush85(out, group, n), nil
}

// flush85 writes the last, partial group of n characters.
func flush85(out []byte, group uint32, n int) []byte {
	if n < 2 {
		return out
	}
	for i := n; i < 5; i++ {
		group = group*85 + 84
	}
	b := []byte{byte(group >> 24), byte(group >> 16), byte(group >> 8), byte(group)}
	return append(out, b[:n-1]...)
}

func unHex(data []byte) []byte {
	s := scanner{b: data}
	return []byte(s.hex())
}

func unRunLength(data []byte, limit int) ([]byte, error) {
	var out []byte
	for i := 0; i < len(data); {
		n := int(data[i])
		i++
		switch {
		case n == 128:
			return out, nil
		case n < 128:
			end := min(len(data), i+n+1)
			out = append(out, data[i:end]...)
			i = end
		case i < len(data):
			for range 257 - n {
				out = append(out, data[i])
			}
			i++
		}
		if len(out) > limit {
			return nil, errTooBig
		}
	}
	return out, nil
}

// unpredict undoes a PNG or TIFF predictor (used by cross-reference
// streams and some content streams).
func unpredict(data []byte, p dict) ([]byte, error) {
	pred, _ := p["Predictor"].(int64)
	if pred < 2 {
		return data, nil
	}
	colors, bpc, columns := intOr(p["Colors"], 1), intOr(p["BitsPerComponent"], 8), intOr(p["Columns"], 1)
	if colors < 1 || colors > 32 || bpc < 1 || bpc > 16 || columns < 1 || columns > 1<<20 {
		return nil, fmt.Errorf("bad predictor parameters")
	}
	bpp := max(1, (colors*bpc+7)/8)
	row := (colors*bpc*columns + 7) / 8
	if pred == 2 {
		if bpc != 8 {
			return data, nil
		}
		for i := 0; i < len(data); i += row {
			for j := i + bpp; j < min(i+row, len(data)); j++ {
				data[j] += data[j-bpp]
			}
		}
		return data, nil
	}
	return unPNG(data, row, bpp), nil
}

// unPNG undoes PNG row filters; each row starts with its filter type.
func unPNG(data []byte, row, bpp int) []byte {
	out := make([]byte, 0, len(data))
	prev := make([]byte, row)
	for i := 0; i+1 < len(data); i += row + 1 {
		ft := data[i]
		cur := make([]byte, row)
		copy(cur, data[i+1:min(len(data), i+1+row)])
		for j := range cur {
			var a, c byte
			if j >= bpp {
				a, c = cur[j-bpp], prev[j-bpp]
			}
			b := prev[j]
			switch ft {
			case 1:
				cur[j] += a
			case 2:
				cur[j] += b
			case 3:
				cur[j] += byte((int(a) + int(b)) / 2)
			case 4:
				cur[j] += paeth(a, b, c)
			}
		}
		out = append(out, cur...)
		prev = cur
	}
	return out
}

func paeth(a, b, c byte) byte {
	p := int(a) + int(b) - int(c)
	pa, pb, pc := abs(p-int(a)), abs(p-int(b)), abs(p-int(c))
	switch {
	case pa <= pb && pa <= pc:
		return a
	case pb <= pc:
		return b
	}
	return c
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func intOr(o object, def int) int {
	if v, ok := o.(int64); ok && v > 0 && v < 1<<31 {
		return int(v)
	}
	return def
}
