package figures

import (
	"math"
	"strconv"
)

// decimal is a non-negative number as written, mant × 10^exp, kept exact
// until it is needed as a float64: 1562.74万 is 156274 × 10², which becomes
// exactly 15627400 rather than 1562.74 × 10000 = 15627400.000000002.
type decimal struct {
	mant uint64
	exp  int
}

// maxMant bounds the mantissa: 15 digits are exact in a float64, and a
// longer run of digits is an ID, an account or a phone number, not a count.
const maxMant = 999_999_999_999_999

var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// float returns the value. For |exp| ≤ 22 one IEEE multiplication or
// division of two exact doubles is correctly rounded; beyond, strconv is.
func (d decimal) float() float64 {
	switch {
	case d.exp >= 0 && d.exp < len(pow10):
		return float64(d.mant) * pow10[d.exp]
	case d.exp < 0 && -d.exp < len(pow10):
		return float64(d.mant) / pow10[-d.exp]
	}
	f, err := strconv.ParseFloat(strconv.FormatUint(d.mant, 10)+"e"+strconv.Itoa(d.exp), 64)
	if err != nil || math.IsInf(f, 0) {
		return math.MaxFloat64
	}
	return f
}

// places is the number of decimal places the value is written with.
func (d decimal) places() int { return max(0, -d.exp) }

func (d decimal) scaled(e int) decimal { return decimal{d.mant, d.exp + e} }

// readArabic reads the number of ASCII or full-width digits at key rune i:
// 123, 1562.74, 34,204 (thousands, only in groups of three). ok is false
// when there are more than 15 digits.
func readArabic(p *para, i int) (d decimal, end int, ok bool) {
	digits := 0
	add := func(r rune) {
		if d.mant <= maxMant/10 {
			d.mant = d.mant*10 + uint64(r-'0')
		}
		if d.mant != 0 || r != '0' {
			digits++
		}
	}
	j := i
	for ; p.isDigit(j); j++ {
		add(p.key[j])
	}
	lead := j - i
	for lead <= 3 && p.rune(j) == ',' && p.src[j] == ',' && thousands(p, j+1) {
		for k := j + 1; k < j+4; k++ {
			add(p.key[k])
		}
		j += 4
		lead = 0 // later groups were checked by thousands
	}
	if p.rune(j) == '.' && p.isDigit(j+1) && p.isDigit(j-1) {
		j++
		for ; p.isDigit(j); j++ {
			add(p.key[j])
			d.exp--
		}
	}
	return d, j, digits <= 15
}

// thousands reports whether exactly three digits start at i.
func thousands(p *para, i int) bool {
	return p.isDigit(i) && p.isDigit(i+1) && p.isDigit(i+2) && !p.isDigit(i+3)
}

// chineseDigit is the value of a Chinese digit, or -1.
func chineseDigit(r rune) int {
	switch r {
	case '零', '〇':
		return 0
	case '一':
		return 1
	case '二', '两':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	}
	return -1
}

// chineseUnit is the power of ten of 十 百 千 万 亿, or 0.
func chineseUnit(r rune) int {
	switch r {
	case '十':
		return 1
	case '百':
		return 2
	case '千':
		return 3
	case '万':
		return 4
	case '亿':
		return 8
	}
	return 0
}

func isChineseNumeral(r rune) bool { return chineseDigit(r) >= 0 || chineseUnit(r) > 0 }

// parseChinese reads a Chinese numeral: 二十三, 一百零五, 两千, 十, 三亿五千万,
// 一百五 and 两万五 (150 and 25000, as said). ok is false for what is not a
// well-formed numeral but a name or a run of digits: 十四五, 八五, 一三, 二〇二四.
func parseChinese(rs []rune) (v uint64, ok bool) {
	head, tail, ok := parseChineseParts(rs)
	return head + tail, ok
}

// parseChineseParts is parseChinese with the value split into the groups
// up to the last 万 or 亿 (head) and what follows it (tail): in 五亿二千多万
// the 万 multiplies only the 二千.
func parseChineseParts(rs []rune) (head, tail uint64, ok bool) {
	var (
		total, section uint64 // value of the 万/亿 groups done, and of the current one
		digit          = -1   // a digit waiting for its unit
		lastUnit       = 9    // the last 十/百/千 of this group, to check their order
		lastPow        = 0    // the power of the last unit of any kind
		zero           bool   // a 零 since the last unit
	)
	for _, r := range rs {
		if d := chineseDigit(r); d >= 0 {
			switch {
			case digit >= 0:
				return 0, 0, false // 十四五, 八五, 二〇
			case d == 0:
				zero = true
			default:
				digit = d
			}
			continue
		}
		u := chineseUnit(r)
		if u <= 3 {
			if u >= lastUnit {
				return 0, 0, false // 十百, 百百
			}
			if digit < 0 {
				if !zero && (section != 0 || total != 0) {
					return 0, 0, false // 一万十
				}
				digit = 1 // 十五, 一千零十; 百/千 alone as in 百余 千余
			}
			section += uint64(digit) * uint64(pow10[u])
			lastUnit = u
		} else {
			if digit >= 0 {
				section += uint64(digit)
			}
			if section == 0 && total == 0 {
				section = 1 // 万 alone, as in 万余
			}
			if u == 8 {
				total = (total + section) * 1e8
			} else {
				total += section * 1e4
			}
			section, lastUnit = 0, 9
		}
		digit, lastPow, zero = -1, u, false
		if total > maxMant || section > maxMant {
			return 0, 0, false
		}
	}
	if digit >= 0 {
		if !zero && lastPow >= 2 {
			section += uint64(digit) * uint64(pow10[lastPow-1]) // 一百五, 两万五
		} else {
			section += uint64(digit)
		}
	}
	return total, section, total+section <= maxMant
}
