package doc

import (
	"strconv"
	"strings"
)

// Number formats (nfc) of list levels ([MS-DOC] 2.9.150 LVLF, values of
// [MS-OSHARED] MsoNumberFormat) that Chinese reports use, and the common
// Western ones. Others fall back to decimal, so a number is never lost.
const (
	nfcDecimal             = 0
	nfcUpperRoman          = 1
	nfcLowerRoman          = 2
	nfcUpperLetter         = 3
	nfcLowerLetter         = 4
	nfcIdeographDigital    = 10
	nfcJapaneseCounting    = 11
	nfcDecimalFullWidth    = 14
	nfcDecimalCircle       = 18
	nfcDecimalFullWidth2   = 19
	nfcDecimalZero         = 22
	nfcBullet              = 23
	nfcDecimalFullstop     = 26
	nfcDecimalParen        = 27
	nfcDecimalCircleCN     = 28
	nfcIdeographCircle     = 29
	nfcIdeographTrad       = 30
	nfcIdeographZodiac     = 31
	nfcTaiwaneseCounting   = 33
	nfcLegalTraditional    = 34
	nfcTaiwaneseThousand   = 35
	nfcTaiwaneseDigital    = 36
	nfcChineseCounting     = 37
	nfcChineseLegal        = 38
	nfcChineseThousand     = 39
	nfcNone                = 255
	maxCountingNumber      = 99999
	romanLimit             = 3999
	letterLimit            = 26 * 10 // Word goes on to aaaaaaaaaaa; a list that long is no outline
	enclosedLimit          = 20
	ideographCircleLimit   = 10
	heavenlyStemsLimit     = 10
	earthlyBranchesLimit   = 12
	fullWidthDigitZero     = '０'
	circledOne             = '①'
	fullstopOne            = '⒈'
	parenOne               = '⑴'
	ideographCircledOne    = '㊀'
	lowerDigits            = "〇一二三四五六七八九"
	countingDigits         = "零一二三四五六七八九"
	legalSimplifiedDigits  = "零壹贰叁肆伍陆柒捌玖"
	legalTraditionalDigits = "零壹貳參肆伍陸柒捌玖"
	heavenlyStems          = "甲乙丙丁戊己庚辛壬癸"
	earthlyBranches        = "子丑寅卯辰巳午未申酉戌亥"
)

// formatNumber writes n as list number format nfc shows it.
func formatNumber(n int, nfc byte) string {
	if n < 0 {
		n = 0
	}
	switch nfc {
	case nfcNone, nfcBullet:
		return ""
	case nfcUpperRoman, nfcLowerRoman:
		if n >= 1 && n <= romanLimit {
			r := roman(n)
			if nfc == nfcLowerRoman {
				r = strings.ToLower(r)
			}
			return r
		}
	case nfcUpperLetter, nfcLowerLetter:
		if n >= 1 && n <= letterLimit {
			base := byte('A')
			if nfc == nfcLowerLetter {
				base = 'a'
			}
			// Word repeats the letter past z: aa, bb, …
			return strings.Repeat(string(rune(base+byte((n-1)%26))), (n-1)/26+1)
		}
	case nfcDecimalZero:
		if n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case nfcDecimalFullWidth, nfcDecimalFullWidth2:
		return shiftDigits(strconv.Itoa(n), fullWidthDigitZero)
	case nfcIdeographDigital, nfcTaiwaneseDigital:
		return shiftDigitsTo(strconv.Itoa(n), lowerDigits)
	}
	if s, ok := formatCJK(n, nfc); ok {
		return s
	}
	return strconv.Itoa(n)
}

// formatCJK handles the enclosed and Chinese formats; false means the
// number is out of the format's range.
func formatCJK(n int, nfc byte) (string, bool) {
	inRange := func(limit int) bool { return n >= 1 && n <= limit }
	switch nfc {
	case nfcDecimalCircle, nfcDecimalCircleCN:
		return string(circledOne + rune(n-1)), inRange(enclosedLimit)
	case nfcDecimalFullstop:
		return string(fullstopOne + rune(n-1)), inRange(enclosedLimit)
	case nfcDecimalParen:
		return string(parenOne + rune(n-1)), inRange(enclosedLimit)
	case nfcIdeographCircle:
		return string(ideographCircledOne + rune(n-1)), inRange(ideographCircleLimit)
	case nfcIdeographTrad:
		return nthRune(heavenlyStems, n-1), inRange(heavenlyStemsLimit)
	case nfcIdeographZodiac:
		return nthRune(earthlyBranches, n-1), inRange(earthlyBranchesLimit)
	case nfcJapaneseCounting, nfcTaiwaneseCounting, nfcTaiwaneseThousand, nfcChineseCounting, nfcChineseThousand:
		return counting(n, countingDigits, "十百千", true), inRange(maxCountingNumber)
	case nfcChineseLegal:
		return counting(n, legalSimplifiedDigits, "拾佰仟", false), inRange(maxCountingNumber)
	case nfcLegalTraditional:
		return counting(n, legalTraditionalDigits, "拾佰仟", false), inRange(maxCountingNumber)
	}
	return "", false
}

// counting writes 1 ≤ n ≤ 99999 in Chinese counting numerals: 十一, 二十,
// 一百零五, 一万零二十. short drops the 一 of 一十 at the start, as the
// everyday numerals do and the financial ones do not.
func counting(n int, digits, units string, short bool) string {
	if n < 1 || n > maxCountingNumber {
		return ""
	}
	d := []rune(digits)
	u := append([]rune{0}, []rune(units)...)
	u = append(u, '万')
	var b strings.Builder
	zero := false
	for pos := 4; pos >= 0; pos-- {
		p := pow10(pos)
		q := n / p % 10
		if q == 0 {
			zero = b.Len() > 0
			continue
		}
		if zero {
			b.WriteRune(d[0])
			zero = false
		}
		if !(short && q == 1 && pos == 1 && b.Len() == 0) {
			b.WriteRune(d[q])
		}
		if pos > 0 {
			b.WriteRune(u[pos])
		}
	}
	return b.String()
}

func pow10(n int) int {
	p := 1
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}

func roman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for ; n >= v; n -= v {
			b.WriteString(syms[i])
		}
	}
	return b.String()
}

func shiftDigits(s string, zero rune) string {
	out := []rune(s)
	for i, r := range out {
		out[i] = zero + (r - '0')
	}
	return string(out)
}

func shiftDigitsTo(s string, digits string) string {
	d := []rune(digits)
	out := []rune(s)
	for i, r := range out {
		out[i] = d[r-'0']
	}
	return string(out)
}

func nthRune(s string, i int) string {
	r := []rune(s)
	if i < 0 || i >= len(r) {
		return ""
	}
	return string(r[i])
}
