package docx

import (
	"strconv"
	"strings"
)

// formatNumber writes n as a w:numFmt shows it. Unknown formats, and
// numbers outside a format's set, fall back to decimal, as Word does.
func formatNumber(n int, numFmt string) string {
	if numFmt == "none" {
		return ""
	}
	if n <= 0 {
		return strconv.Itoa(n)
	}
	if f, ok := numberFormats[numFmt]; ok {
		return f(n)
	}
	return strconv.Itoa(n)
}

var numberFormats = map[string]func(int) string{
	"decimal":                      strconv.Itoa,
	"decimalHalfWidth":             strconv.Itoa,
	"decimalZero":                  decimalZero,
	"decimalFullWidth":             func(n int) string { return digits(n, fullWidthDigits) },
	"decimalFullWidth2":            func(n int) string { return digits(n, fullWidthDigits) },
	"ideographDigital":             func(n int) string { return digits(n, ideographDigits) },
	"japaneseDigitalTenThousand":   func(n int) string { return digits(n, ideographDigits) },
	"taiwaneseDigital":             func(n int) string { return digits(n, taiwaneseDigits) },
	"decimalEnclosedCircle":        func(n int) string { return enclosed(n, '①', 20) },
	"decimalEnclosedCircleChinese": func(n int) string { return enclosed(n, '①', 20) },
	"decimalEnclosedFullstop":      func(n int) string { return enclosed(n, '⒈', 20) },
	"decimalEnclosedParen":         func(n int) string { return enclosed(n, '⑴', 20) },
	"ideographEnclosedCircle":      func(n int) string { return enclosed(n, '㈠', 10) },
	"upperLetter":                  func(n int) string { return letters(n, 'A') },
	"lowerLetter":                  func(n int) string { return letters(n, 'a') },
	"upperRoman":                   roman,
	"lowerRoman":                   func(n int) string { return strings.ToLower(roman(n)) },
	"chineseCounting":              func(n int) string { return counting(n, ideographDigits) },
	"taiwaneseCounting":            func(n int) string { return counting(n, taiwaneseDigits) },
	"chineseCountingThousand":      func(n int) string { return myriad(n, chineseMyriad) },
	"taiwaneseCountingThousand":    func(n int) string { return myriad(n, chineseMyriad) },
	"chineseLegalSimplified":       func(n int) string { return myriad(n, legalMyriad) },
	"ideographLegalTraditional":    func(n int) string { return myriad(n, traditionalLegalMyriad) },
	"japaneseCounting":             func(n int) string { return myriad(n, japaneseMyriad) },
	"japaneseLegal":                func(n int) string { return myriad(n, japaneseLegalMyriad) },
	"ideographTraditional":         func(n int) string { return cycle(n, "甲乙丙丁戊己庚辛壬癸") },
	"ideographZodiac":              func(n int) string { return cycle(n, "子丑寅卯辰巳午未申酉戌亥") },
	"ideographZodiacTraditional":   func(n int) string { return cycle(n, "子丑寅卯辰巳午未申酉戌亥") },
	"numberInDash":                 func(n int) string { return "- " + strconv.Itoa(n) + " -" },
}

var (
	fullWidthDigits = []rune("０１２３４５６７８９")
	ideographDigits = []rune("〇一二三四五六七八九")
	taiwaneseDigits = []rune("○一二三四五六七八九")
)

func decimalZero(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// digits writes n digit by digit in another set of digits.
func digits(n int, set []rune) string {
	s := []byte(strconv.Itoa(n))
	var b strings.Builder
	for _, c := range s {
		b.WriteRune(set[c-'0'])
	}
	return b.String()
}

// enclosed writes 1…size as consecutive enclosed characters from first.
func enclosed(n int, first rune, size int) string {
	if n > size {
		return strconv.Itoa(n)
	}
	return string(first + rune(n-1))
}

// maxRepeat bounds a letter marker (27 → AA, 53 → AAA …): a list does not
// run into the thousands, and a hostile start value must not make a huge
// string.
const maxRepeat = 64

func letters(n int, a byte) string {
	k := (n-1)/26 + 1
	if k > maxRepeat {
		return strconv.Itoa(n)
	}
	return strings.Repeat(string(rune(a)+rune((n-1)%26)), k)
}

var romanValues = []struct {
	v int
	s string
}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}

func roman(n int) string {
	if n >= 4000 {
		return strconv.Itoa(n)
	}
	var b strings.Builder
	for _, r := range romanValues {
		for n >= r.v {
			b.WriteString(r.s)
			n -= r.v
		}
	}
	return b.String()
}

// counting is Word's chineseCounting: 一 … 九, 十, 十一 … 九十九, and digit
// by digit from 100 (一〇〇).
func counting(n int, set []rune) string {
	if n < 10 {
		return string(set[n])
	}
	if n >= 100 {
		return digits(n, set)
	}
	var b strings.Builder
	if n/10 > 1 {
		b.WriteRune(set[n/10])
	}
	b.WriteRune('十')
	if n%10 > 0 {
		b.WriteRune(set[n%10])
	}
	return b.String()
}

// cycle writes 1…len(set) as the set's characters (天干, 地支).
func cycle(n int, set string) string {
	rs := []rune(set)
	if n > len(rs) {
		return strconv.Itoa(n)
	}
	return string(rs[n-1])
}

// myriadTable spells numbers with units grouped by 万.
type myriadTable struct {
	digits                 []rune // 零 … 九
	ten, hundred, thousand rune
	wan                    rune
	elideOne               bool // 十 百 千 without a 1 before them (Japanese)
	zero                   bool // a gap inside the number is written 零
	teen                   bool // 10–19 start with 十, not 一十
}

var (
	chineseMyriad = myriadTable{digits: []rune("零一二三四五六七八九"), ten: '十', hundred: '百',
		thousand: '千', wan: '万', zero: true, teen: true}
	legalMyriad = myriadTable{digits: []rune("零壹贰叁肆伍陆柒捌玖"), ten: '拾', hundred: '佰',
		thousand: '仟', wan: '万', zero: true}
	traditionalLegalMyriad = myriadTable{digits: []rune("零壹貳參肆伍陸柒捌玖"), ten: '拾', hundred: '佰',
		thousand: '仟', wan: '萬', zero: true}
	japaneseMyriad = myriadTable{digits: []rune("〇一二三四五六七八九"), ten: '十', hundred: '百',
		thousand: '千', wan: '万', elideOne: true}
	japaneseLegalMyriad = myriadTable{digits: []rune("〇壱弐参四伍六七八九"), ten: '拾', hundred: '百',
		thousand: '阡', wan: '萬'}
)

// myriad writes n below 10⁸ in a grouped counting system (一百零一, 十二);
// larger numbers fall back to decimal.
func myriad(n int, t myriadTable) string {
	if n >= 100_000_000 {
		return strconv.Itoa(n)
	}
	var b strings.Builder
	hi, lo := n/10000, n%10000
	if hi > 0 {
		t.group(&b, hi, true)
		b.WriteRune(t.wan)
		if lo > 0 && lo < 1000 && t.zero {
			b.WriteRune(t.digits[0])
		}
	}
	if lo > 0 {
		t.group(&b, lo, hi == 0)
	}
	return b.String()
}

// group writes one group of four digits (1…9999). leading says nothing
// comes before it, which is where 十二 drops its 一.
func (t myriadTable) group(b *strings.Builder, g int, leading bool) {
	places := [4]struct {
		d    int
		unit rune
	}{{g / 1000, t.thousand}, {g / 100 % 10, t.hundred}, {g / 10 % 10, t.ten}, {g % 10, 0}}
	seen, gap := false, false
	for _, p := range places {
		if p.d == 0 {
			gap = seen
			continue
		}
		if gap && t.zero {
			b.WriteRune(t.digits[0])
		}
		gap = false
		teen := t.teen && leading && !seen && p.unit == t.ten
		if !(p.d == 1 && p.unit != 0 && (t.elideOne || teen)) {
			b.WriteRune(t.digits[p.d])
		}
		if p.unit != 0 {
			b.WriteRune(p.unit)
		}
		seen = true
	}
}
