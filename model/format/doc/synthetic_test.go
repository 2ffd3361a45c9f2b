package doc

import (
	"context"
	"encoding/binary"
	"errors"
	"strings"
	"testing"

	"baogao/model/format"
)

func paraTexts(d *format.Document) []string {
	var out []string
	for _, p := range d.Paras {
		out = append(out, p.Text)
	}
	return out
}

// TestSpecialCharacters reads synthetic documents whose text exercises
// the special characters of the main document.
func TestSpecialCharacters(t *testing.T) {
	u := func(s string) []wordPiece { return []wordPiece{{text: s}} }
	tests := []struct {
		name   string
		pieces []wordPiece
		want   []string
	}{
		{"paragraphs", u("一、总体情况\r正文。\r"), []string{"一、总体情况", "正文。"}},
		{"no final mark", u("只有一段"), []string{"只有一段"}},
		{"field result kept, instruction dropped", u("详见\x13 HYPERLINK \"http://x.cn/\" \x14网站\x15。\r"), []string{"详见网站。"}},
		{"nested fields", u("\x13 IF \x13 PAGE \x141\x15 = 1 \"是\" \x14是\x15\r"), []string{"是"}},
		{"field in a result", u("共\x13 HYPERLINK \"a\" \x14第\x13 PAGE \x143\x15页\x15。\r"), []string{"共第3页。"}},
		{"field without separator", u("目录\x13 TC \"条目\" \\l 1 \x15项\r"), []string{"目录项"}},
		{"table of contents dropped", u("\x13 TOC \\o \"1-3\" \x14一、总体\t1\r二、措施\t2\r\x15正文\r"), []string{"正文"}},
		{"toc in lower case", u("\x13toc\x14目录\x15正文\r"), []string{"正文"}},
		{"TOC word must be whole", u("\x13 TOCX \x14显示\x15\r"), []string{"显示"}},
		{"unbalanced field end", u("甲\x15乙\r"), []string{"甲乙"}},
		{"line break", u("第一行\x0b第二行\r"), []string{"第一行", "第二行"}},
		{"page break", u("上页\x0c下页\r\x0c\r"), []string{"上页", "下页"}},
		{"hyphens", u("互联网\x1e监管，法\x1f治\r"), []string{"互联网-监管，法治"}},
		{"objects dropped", u("图\x01表\x08\x02注\x05\r"), []string{"图表注"}},
		{"controls dropped", u("a\x00b\x1bc\u0085d\r"), []string{"abcd"}},
		{"tab kept", u("1.\t依法决策\r"), []string{"1.\t依法决策"}},
		{"surrogate pair", u("𠀀字\r"), []string{"𠀀字"}},
		{"lone surrogates dropped", []wordPiece{{units: []uint16{'a', 0xD800, 'b', 0xDC00, 'c', 0xD800}}}, []string{"abc"}},
		{"table without PAPX", u("前\r指标\x07数值\x07\x07合计\x075\x07\x07后\r"), []string{"前", "指标 | 数值", "合计 | 5", "后"}},
		{"blank paragraphs dropped", u("\r  \r\u3000\r文\r"), []string{"文"}},
		{"compressed cp1252", []wordPiece{{text: "caf\u00e9 \u201cq\u201d \u20ac\r", compressed: true}}, []string{"café “q” €"}},
		{"mixed pieces", []wordPiece{{text: "Word ", compressed: true}, {text: "报告"}, {text: " 2024\r", compressed: true}}, []string{"Word 报告 2024"}},
		{"field across pieces", []wordPiece{{text: "a\x13 PAGE ", compressed: true}, {text: "\x14二\x15b\r"}}, []string{"a二b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i := range tt.pieces {
				if tt.pieces[i].compressed {
					tt.pieces[i].text = toCP1252(tt.pieces[i].text)
				}
			}
			d, err := Extract(context.Background(), buildWord(wordSpec{pieces: tt.pieces}))
			if err != nil {
				t.Fatal(err)
			}
			if got := paraTexts(d); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
			if d.Format != format.DOC {
				t.Errorf("format %q", d.Format)
			}
		})
	}
}

// toCP1252 writes the runes that cp1252 maps above 0x7F as their bytes
// (buildWord stores each rune of a compressed piece as one byte).
func toCP1252(s string) string {
	m := map[rune]rune{'\u201c': 0x93, '\u201d': 0x94, '\u20ac': 0x80}
	return strings.Map(func(r rune) rune {
		if b, ok := m[r]; ok {
			return b
		}
		return r
	}, s)
}

// TestMainDocumentOnly: the text after ccpText (footnotes, headers,
// comments, text boxes) is not read, and a ccpText beyond the pieces is
// cut to them.
func TestMainDocumentOnly(t *testing.T) {
	pieces := []wordPiece{{text: "正文\r"}, {text: "脚注\r页眉\r"}}
	d, err := Extract(context.Background(), buildWord(wordSpec{pieces: pieces, ccpText: 3}))
	if err != nil {
		t.Fatal(err)
	}
	if got := paraTexts(d); len(got) != 1 || got[0] != "正文" {
		t.Errorf("ccpText 3: %q", got)
	}
	d, err = Extract(context.Background(), buildWord(wordSpec{pieces: pieces, ccpText: 0xFFFFFFFF}))
	if err != nil {
		t.Fatal(err)
	}
	if got := paraTexts(d); len(got) != 3 {
		t.Errorf("enormous ccpText: %q", got)
	}
}

func TestRefusals(t *testing.T) {
	ole := func(names ...string) []byte {
		var s []oleStream
		for _, n := range names {
			s = append(s, oleStream{n, []byte("x")})
		}
		b, _ := writeOLE(s)
		return b
	}
	text := []wordPiece{{text: "正文\r"}}
	tests := []struct {
		name string
		b    []byte
		want error
		says string
	}{
		{"Works", ole("CONTENTS", "MatOST", "SPELLING", "SummaryInformation"), ErrWorks, "Microsoft Works"},
		{"encrypted docx", ole("EncryptionInfo", "EncryptedPackage", "DataSpaces"), ErrEncrypted, "password"},
		{"encrypted FIB", buildWord(wordSpec{pieces: text, flags: fEncrypted}), ErrEncrypted, "password"},
		{"obfuscated FIB", buildWord(wordSpec{pieces: text, flags: fEncrypted | fObfuscated}), ErrEncrypted, "password"},
		{"Word 95", buildWord(wordSpec{pieces: text, nFib: 104}), ErrOldWord, "Word 6.0/95"},
		{"Word 6", buildWord(wordSpec{pieces: text, nFib: 101}), ErrOldWord, "Word 6.0/95"},
		{"Excel", ole("Workbook", "SummaryInformation"), ErrNotWord, "Excel"},
		{"Excel 5", ole("Book"), ErrNotWord, "Excel"},
		{"PowerPoint", ole("PowerPoint Document", "Current User"), ErrNotWord, "PowerPoint"},
		{"other OLE", ole("Something"), ErrNotWord, "WordDocument"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Extract(context.Background(), tt.b)
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.says) {
				t.Errorf("error %v, want %v saying %q", err, tt.want, tt.says)
			}
		})
	}
}

// TestObfuscatedAlone: fObfuscated means nothing without fEncrypted.
func TestObfuscatedAlone(t *testing.T) {
	d, err := Extract(context.Background(), buildWord(wordSpec{pieces: []wordPiece{{text: "正文\r"}}, flags: fObfuscated}))
	if err != nil || len(d.Paras) != 1 {
		t.Fatalf("%v %+v", err, d)
	}
}

func TestWhichTableStream(t *testing.T) {
	d, err := Extract(context.Background(), buildWord(wordSpec{pieces: []wordPiece{{text: "表一\r"}}, flags: fWhichTblStm}))
	if err != nil || len(d.Paras) != 1 || d.Paras[0].Text != "表一" {
		t.Fatalf("1Table: %v %+v", err, d)
	}
}

// TestOverlappingPieces: many pieces over the same bytes would make a
// small file expand into billions of characters (dropped ones do not count
// against MaxText); they are refused.
func TestOverlappingPieces(t *testing.T) {
	b := buildWord(wordSpec{pieces: []wordPiece{{text: "\x00\x00\x00\x00"}}})
	// Turn the one piece into 2000 pieces over the same 8 bytes: rewrite
	// the CLX in the 0Table stream (after WordDocument in buildWord).
	var cps, pcds []byte
	le := binary.LittleEndian
	for i := uint32(0); i <= 2000; i++ {
		cps = le.AppendUint32(cps, 4*i)
	}
	for i := 0; i < 2000; i++ {
		pcds = append(pcds, 0, 0)
		pcds = le.AppendUint32(pcds, tFibSize)
		pcds = append(pcds, 0, 0)
	}
	plc := append(cps, pcds...)
	clx := append([]byte{2}, le.AppendUint32(nil, uint32(len(plc)))...)
	clx = append(clx, plc...)
	wd := make([]byte, tFibSize+8)
	copy(wd, b[tSector*(1+2):]) // FIB of the built file: FAT 1 sector, directory 1
	le.PutUint32(wd[0x4C:], 8000)
	le.PutUint32(wd[0x9A+8*iClx+4:], uint32(len(clx)))
	b, _ = writeOLE([]oleStream{{"WordDocument", wd}, {"0Table", clx}})
	if _, err := Extract(context.Background(), b); !errors.Is(err, format.ErrCorrupt) {
		t.Errorf("error %v, want corrupt", err)
	}
}
