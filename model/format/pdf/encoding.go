package pdf

import (
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/encoding/charmap"
)

// baseEncodings are the base encodings of simple fonts, code → rune (0
// for no character).
type baseEncodings struct {
	winAnsi, macRoman, standard, pdfDocEncoding [256]rune
}

// bases are the base encodings, built when a PDF is first read, not at
// init: most runs read no PDF.
var bases = sync.OnceValue(func() *baseEncodings {
	return &baseEncodings{
		winAnsi:        fromCharmap(charmap.Windows1252),
		macRoman:       fromCharmap(charmap.Macintosh),
		standard:       standardEncoding(),
		pdfDocEncoding: pdfDoc(),
	}
})

func fromCharmap(m *charmap.Charmap) (t [256]rune) {
	for i := 32; i < 256; i++ {
		if r := m.DecodeByte(byte(i)); r != '\uFFFD' {
			t[i] = r
		}
	}
	t[127] = 0
	return t
}

// standardEncoding is Adobe's StandardEncoding: ASCII with curly quotes,
// and its own upper half.
func standardEncoding() (t [256]rune) {
	for i := 32; i < 127; i++ {
		t[i] = rune(i)
	}
	t['\''], t['`'] = '’', '‘'
	upper := map[byte]rune{0xA1: '¡', 0xA2: '¢', 0xA3: '£', 0xA4: '⁄', 0xA5: '¥', 0xA6: 'ƒ',
		0xA7: '§', 0xA8: '¤', 0xA9: '\'', 0xAA: '“', 0xAB: '«', 0xAC: '‹', 0xAD: '›', 0xAE: 'ﬁ',
		0xAF: 'ﬂ', 0xB1: '–', 0xB2: '†', 0xB3: '‡', 0xB4: '·', 0xB6: '¶', 0xB7: '•', 0xB8: '‚',
		0xB9: '„', 0xBA: '”', 0xBB: '»', 0xBC: '…', 0xBD: '‰', 0xBF: '¿', 0xC1: '`', 0xC2: '´',
		0xC3: 'ˆ', 0xC4: '˜', 0xC5: '¯', 0xC6: '˘', 0xC7: '˙', 0xC8: '¨', 0xCA: '˚', 0xCB: '¸',
		0xCD: '˝', 0xCE: '˛', 0xCF: 'ˇ', 0xD0: '—', 0xE1: 'Æ', 0xE3: 'ª', 0xE8: 'Ł', 0xE9: 'Ø',
		0xEA: 'Œ', 0xEB: 'º', 0xF1: 'æ', 0xF5: 'ı', 0xF8: 'ł', 0xF9: 'ø', 0xFA: 'œ', 0xFB: 'ß'}
	for c, r := range upper {
		t[c] = r
	}
	return t
}

// pdfDoc is PDFDocEncoding, the encoding of text strings without a BOM.
func pdfDoc() (t [256]rune) {
	for i := range 256 {
		t[i] = rune(i)
	}
	for i, r := range []rune("˘ˇˆ˙˝˛˚˜") {
		t[0x18+i] = r
	}
	for i, r := range []rune("•†‡…—–ƒ⁄‹›−‰„“”‘’‚™ﬁﬂŁŒŠŸŽıłœšž") {
		t[0x80+i] = r
	}
	t[0x9F], t[0xA0], t[0xAD] = '\uFFFD', '€', '\uFFFD'
	return t
}

// glyphNames maps the glyph names of Latin text fonts to runes, for
// /Differences. Names of the form uniXXXX and uXXXX[XX] are read by
// glyphRune; the names of every other Unicode letter follow Adobe's list.
var glyphNames = sync.OnceValue(func() map[string]rune {
	m := map[string]rune{}
	for _, f := range strings.Fields(glyphList) {
		n, hex, _ := strings.Cut(f, ":")
		if r, err := strconv.ParseUint(hex, 16, 32); err == nil {
			m[n] = rune(r)
		}
	}
	for c := 'A'; c <= 'Z'; c++ {
		m[string(c)], m[string(c+32)] = c, c+32
	}
	return m
})

// glyphRune reads a glyph name: known names, uniXXXX, uXXXX(XX); a suffix
// after a period (a.sc, one.oldstyle) names a variant of the same letter.
func glyphRune(n string) rune {
	if i := strings.IndexByte(n, '.'); i > 0 {
		n = n[:i]
	}
	if r, ok := glyphNames()[n]; ok {
		return r
	}
	hex := ""
	switch {
	case strings.HasPrefix(n, "uni") && len(n) >= 7:
		hex = n[3:7]
	case strings.HasPrefix(n, "u") && len(n) >= 5 && len(n) <= 7:
		hex = n[1:]
	}
	if hex != "" {
		if v, err := strconv.ParseUint(hex, 16, 32); err == nil && v > 0 && v <= 0x10FFFF {
			return rune(v)
		}
	}
	return 0
}

// glyphList is the part of the Adobe Glyph List that Latin text fonts use.
const glyphList = `space:20 exclam:21 quotedbl:22 numbersign:23 dollar:24 percent:25
ampersand:26 quotesingle:27 parenleft:28 parenright:29 asterisk:2A plus:2B comma:2C
hyphen:2D period:2E slash:2F zero:30 one:31 two:32 three:33 four:34 five:35 six:36
seven:37 eight:38 nine:39 colon:3A semicolon:3B less:3C equal:3D greater:3E question:3F
at:40 bracketleft:5B backslash:5C bracketright:5D asciicircum:5E underscore:5F grave:60
braceleft:7B bar:7C braceright:7D asciitilde:7E Euro:20AC bullet:2022 quotesinglbase:201A
florin:192 quotedblbase:201E ellipsis:2026 dagger:2020 daggerdbl:2021 circumflex:2C6
perthousand:2030 Scaron:160 guilsinglleft:2039 OE:152 Zcaron:17D quoteleft:2018
quoteright:2019 quotedblleft:201C quotedblright:201D endash:2013 emdash:2014 tilde:2DC
trademark:2122 scaron:161 guilsinglright:203A oe:153 zcaron:17E Ydieresis:178
nbspace:A0 exclamdown:A1 cent:A2 sterling:A3 currency:A4 yen:A5 brokenbar:A6 section:A7
dieresis:A8 copyright:A9 ordfeminine:AA guillemotleft:AB logicalnot:AC sfthyphen:AD
registered:AE macron:AF degree:B0 plusminus:B1 twosuperior:B2 threesuperior:B3 acute:B4
mu:B5 paragraph:B6 periodcentered:B7 cedilla:B8 onesuperior:B9 ordmasculine:BA
guillemotright:BB onequarter:BC onehalf:BD threequarters:BE questiondown:BF Agrave:C0
Aacute:C1 Acircumflex:C2 Atilde:C3 Adieresis:C4 Aring:C5 AE:C6 Ccedilla:C7 Egrave:C8
Eacute:C9 Ecircumflex:CA Edieresis:CB Igrave:CC Iacute:CD Icircumflex:CE Idieresis:CF
Eth:D0 Ntilde:D1 Ograve:D2 Oacute:D3 Ocircumflex:D4 Otilde:D5 Odieresis:D6 multiply:D7
Oslash:D8 Ugrave:D9 Uacute:DA Ucircumflex:DB Udieresis:DC Yacute:DD Thorn:DE
germandbls:DF agrave:E0 aacute:E1 acircumflex:E2 atilde:E3 adieresis:E4 aring:E5 ae:E6
ccedilla:E7 egrave:E8 eacute:E9 ecircumflex:EA edieresis:EB igrave:EC iacute:ED
icircumflex:EE idieresis:EF eth:F0 ntilde:F1 ograve:F2 oacute:F3 ocircumflex:F4
otilde:F5 odieresis:F6 divide:F7 oslash:F8 ugrave:F9 uacute:FA ucircumflex:FB
udieresis:FC yacute:FD thorn:FE ydieresis:FF dotlessi:131 Lslash:141 lslash:142 fi:FB01
fl:FB02 ff:FB00 ffi:FB03 ffl:FB04 fraction:2044 minus:2212 ring:2DA hungarumlaut:2DD
ogonek:2DB caron:2C7 breve:2D8 dotaccent:2D9 Delta:2206 Omega:2126 pi:3C0 mu1:B5
lozenge:25CA radical:221A infinity:221E notequal:2260 lessequal:2264 greaterequal:2265
partialdiff:2202 summation:2211 product:220F integral:222B approxequal:2248
middot:B7 nonbreakingspace:A0`
