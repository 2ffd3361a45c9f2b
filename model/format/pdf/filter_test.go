package pdf

import (
	"bytes"
	"compress/lzw"
	"encoding/ascii85"
	"testing"
)

func TestFilters(t *testing.T) {
	var a85 bytes.Buffer
	w := ascii85.NewEncoder(&a85)
	w.Write([]byte("法治政府 2024"))
	w.Close()
	var lz bytes.Buffer
	lw := lzw.NewWriter(&lz, lzw.MSB, 8)
	lw.Write(bytes.Repeat([]byte("BT /F1 12 Tf (abc) Tj ET "), 50))
	lw.Close()
	tests := []struct {
		name    string
		filters []name
		parms   []dict
		in      []byte
		want    []byte
	}{
		{"flate", []name{"FlateDecode"}, nil, deflate([]byte("q 1 0 0 1 0 0 cm Q")), []byte("q 1 0 0 1 0 0 cm Q")},
		{"flate without adler", []name{"Fl"}, nil, deflate([]byte("BT ET"))[:len(deflate([]byte("BT ET")))-4], []byte("BT ET")},
		{"ascii85", []name{"ASCII85Decode"}, nil, append(a85.Bytes(), '~', '>'), []byte("法治政府 2024")},
		{"asciihex", []name{"AHx"}, nil, []byte("48 65 6C6c6F2>"), []byte("Hello ")},
		{"runlength", []name{"RunLengthDecode"}, nil, []byte{2, 'a', 'b', 'c', 254, 'x', 128}, []byte("abcxxx")},
		{"lzw, spec example", []name{"LZWDecode"}, nil, []byte{0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01}, []byte("-----A---B")},
		{"lzw, late change", []name{"LZWDecode"}, []dict{{"EarlyChange": int64(0)}}, lz.Bytes(), bytes.Repeat([]byte("BT /F1 12 Tf (abc) Tj ET "), 50)},
		{"ahx then flate", []name{"ASCIIHexDecode", "FlateDecode"}, nil, []byte(hexString(deflate([]byte("chained")))), []byte("chained")},
		{"no predictor", []name{"FlateDecode"}, []dict{nil}, deflate([]byte{2, 1, 2, 3, 2, 1, 1, 1}), []byte{2, 1, 2, 3, 2, 1, 1, 1}},
		{"png up predictor applied", []name{"FlateDecode"}, []dict{{"Predictor": int64(12), "Columns": int64(3)}}, deflate([]byte{2, 1, 2, 3, 2, 1, 1, 1}), []byte{1, 2, 3, 2, 3, 4}},
	}
	var d inflater
	for _, tt := range tests {
		got, err := d.decodeFilters(tt.in, tt.filters, tt.parms, 1<<20)
		if err != nil || !bytes.Equal(got, tt.want) {
			t.Errorf("%s: got %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
	if _, err := d.decodeFilters(deflate(make([]byte, 1<<20)), []name{"FlateDecode"}, nil, 1000); err != errTooBig {
		t.Errorf("bomb: err = %v", err)
	}
	if _, err := d.decodeFilters([]byte("x"), []name{"DCTDecode"}, nil, 1000); err == nil {
		t.Errorf("image filter decoded")
	}
}

func hexString(b []byte) string {
	const digits = "0123456789ABCDEF"
	out := make([]byte, 0, 2*len(b)+1)
	for _, c := range b {
		out = append(out, digits[c>>4], digits[c&15])
	}
	return string(append(out, '>'))
}
