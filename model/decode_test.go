// Tests for Decode. Every encoded input is built here from Chinese samples
// with golang.org/x/text encoders and unicode/utf16, so the tests need no
// fixture files and show exactly which bytes each case feeds in.

package model

import (
	"bytes"
	"errors"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// decodeSample is a simplified Chinese sample with punctuation and digits.
const decodeSample = "济南市历下区2024年度法治政府建设报告\n" +
	"一、主要举措和成效\n" +
	"（一）深入学习宣传贯彻习近平法治思想。全区共开展“法治讲堂”12场……行政复议纠错率为0，满意度100％。\n" +
	"二、存在的不足和原因\n" +
	"（二）基层执法人员法律素养有待提升，部分单位依法决策意识不强。\n"

// decodeSampleTrad is a traditional Chinese sample for Big5.
const decodeSampleTrad = "臺北市政府法治報告，依法行政。\n" +
	"一、主要措施與成效\n" +
	"（一）持續推動法規整理，檢討修正自治條例共35種，提升為民服務品質。\n"

// encodeWith encodes s with enc, failing the test if any rune is not
// representable.
func encodeWith(t testing.TB, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding sample: %v", err)
	}
	return b
}

// utf16Bytes encodes s as UTF-16 in the given byte order, with or without a
// byte order mark.
func utf16Bytes(s string, bigEndian, bom bool) []byte {
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xFEFF}, units...)
	}
	b := make([]byte, 0, 2*len(units))
	for _, u := range units {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestDecode(t *testing.T) {
	crlf := strings.ReplaceAll(decodeSample, "\n", "\r\n")
	loneCR := strings.ReplaceAll(decodeSample, "\n", "\r")
	withExtB := decodeSample + "吉祥的𠮷字。\n"
	// A few stray bytes in long UTF-8 text: a lone 0xFF, a lone
	// continuation byte and a truncated two-byte sequence at the end.
	longRunes := []rune(strings.Repeat(decodeSample, 20))
	p1, p2, p3 := string(longRunes[:40]), string(longRunes[40:300]), string(longRunes[300:])
	stray := []byte(p1 + "\xFF" + p2 + "\x80" + p3 + "\xC3")
	wantStray := p1 + "\uFFFD" + p2 + "\uFFFD" + p3 + "\uFFFD"

	tests := []struct {
		name     string
		in       []byte
		want     string
		encoding string
	}{
		{"utf-8", []byte(decodeSample), decodeSample, "utf-8"},
		{"utf-8 BOM and CRLF", append([]byte("\xEF\xBB\xBF"), crlf...), decodeSample, "utf-8-bom"},
		{"utf-8 lone CR", []byte(loneCR), decodeSample, "utf-8"},
		{"utf-8 mixed line ends", []byte("甲\r\n乙\r丙\n\r丁"), "甲\n乙\n丙\n\n丁", "utf-8"},
		{"utf-8 four-byte rune", []byte(withExtB), withExtB, "utf-8"},
		{"utf-8 stray invalid bytes", stray, wantStray, "utf-8"},
		{"utf-16le BOM", utf16Bytes(withExtB, false, true), withExtB, "utf-16le-bom"},
		{"utf-16be BOM", utf16Bytes(withExtB, true, true), withExtB, "utf-16be-bom"},
		{"utf-16le BOM CRLF", utf16Bytes(crlf, false, true), decodeSample, "utf-16le-bom"},
		{"utf-16le", utf16Bytes(withExtB, false, false), withExtB, "utf-16le"},
		{"utf-16be", utf16Bytes(withExtB, true, false), withExtB, "utf-16be"},
		{"utf-16le ascii", utf16Bytes("Annual report 2024\r\n", false, false), "Annual report 2024\n", "utf-16le"},
		{"utf-16be ascii", utf16Bytes("Annual report 2024\n", true, false), "Annual report 2024\n", "utf-16be"},
		{"utf-16le unpaired surrogate", append(utf16Bytes(decodeSample, false, true), 0x00, 0xD8, 0x41, 0x00), decodeSample + "\uFFFDA", "utf-16le-bom"},
		{"utf-16be odd length", append(utf16Bytes(decodeSample, true, true), 0x4E), decodeSample + "\uFFFD", "utf-16be-bom"},
		{"gb18030", encodeWith(t, simplifiedchinese.GB18030, withExtB), withExtB, "gb18030"},
		{"gb18030 CRLF", encodeWith(t, simplifiedchinese.GB18030, crlf), decodeSample, "gb18030"},
		{"gbk", encodeWith(t, simplifiedchinese.GBK, decodeSample), decodeSample, "gb18030"},
		{"gbk short", encodeWith(t, simplifiedchinese.GBK, "法治政府建设报告"), "法治政府建设报告", "gb18030"},
		{"big5", encodeWith(t, traditionalchinese.Big5, decodeSampleTrad), decodeSampleTrad, "big5"},
		{"big5 short", encodeWith(t, traditionalchinese.Big5, "臺北市政府法治報告，依法行政。"), "臺北市政府法治報告，依法行政。", "big5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := Decode(tt.in)
			if err != nil {
				t.Fatalf("Decode: unexpected error %v", err)
			}
			if enc != tt.encoding {
				t.Errorf("encoding = %q, want %q", enc, tt.encoding)
			}
			if got != tt.want {
				t.Errorf("text mismatch\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00")
	for range 4096 {
		c := byte(rng.Intn(256))
		if rng.Intn(8) == 0 {
			c = 0
		}
		png = append(png, c)
	}
	elf := []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3e\x00\x01\x00\x00\x00")
	for i := range 2048 {
		elf = append(elf, byte(i*7), 0, 0, byte(i))
	}
	// Binary without NUL bytes: mostly control codes.
	controls := bytes.Repeat([]byte("\x01\x02\x03\x1b\x7fab"), 100)
	// Not valid UTF-8, reads as GB18030 with many replacement characters.
	garbage := bytes.Repeat([]byte{0xFF, 0x80, 0xFE, 0x30, 'x'}, 100)

	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"nil", nil, ErrEmpty},
		{"empty", []byte{}, ErrEmpty},
		{"only utf-8 BOM", []byte("\xEF\xBB\xBF"), ErrEmpty},
		{"only utf-16le BOM", []byte("\xFF\xFE"), ErrEmpty},
		{"only utf-16be BOM", []byte("\xFE\xFF"), ErrEmpty},
		{"only whitespace", []byte(" \t\r\n\n\u3000 \f"), ErrEmpty},
		{"utf-16 whitespace", utf16Bytes(" \r\n\u3000\uFEFF", false, true), ErrEmpty},
		{"png", png, ErrBinary},
		{"elf", elf, ErrBinary},
		{"NUL in utf-8 text", []byte(decodeSample[:30] + "\x00" + decodeSample[30:]), ErrBinary},
		{"NUL in ascii text", []byte("annual report\x00 of the city 2024"), ErrBinary},
		{"NUL after utf-8 BOM", []byte("\xEF\xBB\xBF法治\x00"), ErrBinary},
		{"control codes", controls, ErrBinary},
		{"invalid bytes", garbage, ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := Decode(tt.in)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Decode error = %v, want %v (text %q, encoding %q)", err, tt.want, got, enc)
			}
			if got != "" || enc != "" {
				t.Errorf("Decode returned text %q, encoding %q with an error", got, enc)
			}
		})
	}
}

// TestDecodeFastPath checks that clean UTF-8 is returned byte for byte.
func TestDecodeFastPath(t *testing.T) {
	in := []byte(strings.Repeat(decodeSample, 100))
	got, enc, err := Decode(in)
	if err != nil || enc != "utf-8" || got != string(in) {
		t.Fatalf("Decode = (%d bytes, %q, %v), want the input back as utf-8", len(got), enc, err)
	}
}

func BenchmarkDecodeUTF8(b *testing.B) {
	in := []byte(strings.Repeat(decodeSample, 10<<20/len(decodeSample)))
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, _, err := Decode(in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeUTF8CRLF(b *testing.B) {
	in := []byte(strings.Repeat(strings.ReplaceAll(decodeSample, "\n", "\r\n"), 10<<20/len(decodeSample)))
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, _, err := Decode(in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeGB18030(b *testing.B) {
	in := encodeWith(b, simplifiedchinese.GB18030, strings.Repeat(decodeSample, 10<<20/len(decodeSample)))
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, _, err := Decode(in); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(decodeSample))
	f.Add(append([]byte("\xEF\xBB\xBF"), strings.ReplaceAll(decodeSample, "\n", "\r\n")...))
	f.Add(utf16Bytes(decodeSample, false, true))
	f.Add(utf16Bytes(decodeSample, true, false))
	f.Add(encodeWith(f, simplifiedchinese.GB18030, decodeSample+"𠮷"))
	f.Add(encodeWith(f, traditionalchinese.Big5, decodeSampleTrad))
	f.Add([]byte("\x89PNG\r\n\x1a\n\x00\x00"))
	f.Add([]byte("a\r\rb\xff\r"))
	f.Add(sprinkle(decodeSample, 20, "\xFF"))
	f.Add(append(encodeWith(f, traditionalchinese.Big5, decodeSampleTrad), 0xA4, 0x7F, 0x80))
	f.Fuzz(func(t *testing.T, in []byte) {
		checkReplaced(t, in)
		if validUTF8(in) != utf8.Valid(in) {
			t.Fatalf("validUTF8 says %v", !utf8.Valid(in))
		}
		text, enc, err := Decode(in)
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if enc == "" {
			t.Error("no encoding reported")
		}
		if !utf8.ValidString(text) {
			t.Errorf("output is not valid UTF-8: %q", text)
		}
		if strings.IndexByte(text, '\r') >= 0 {
			t.Errorf("output has a carriage return: %q", text)
		}
	})
}
