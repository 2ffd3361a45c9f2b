package html

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"time"
)

// dateRE finds a year, month and day written with dashes, slashes, dots or
// 年月日, as dates stand on portal pages: 2024-03-28, 2024/3/28,
// 2024.03.28, 2024年3月28日, 2019-02-15-17:42:53.
var dateRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\D|$)`)
})

// compactDateRE is a date of eight digits, 20240328, alone.
var compactDateRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})(?:\D|$)`) })

// normDate returns the first date in s as YYYY-MM-DD, or "" when s holds
// no valid date. Full-width digits and Chinese numerals (二〇二四年三月
// 二十八日) are read too.
func normDate(s string) string {
	s = arabicDigits(s)
	for _, re := range []*regexp.Regexp{dateRE(), compactDateRE()} {
		m := re.FindStringSubmatch(strings.TrimSpace(s))
		if m == nil {
			continue
		}
		var y, mo, d int
		fmt.Sscan(m[1], &y)
		fmt.Sscan(m[2], &mo)
		fmt.Sscan(m[3], &d)
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if y < 1900 || y > 2200 || t.Month() != time.Month(mo) || t.Day() != d {
			return ""
		}
		return t.Format("2006-01-02")
	}
	return ""
}

// chineseDigits are the numerals of Chinese dates.
var chineseDigits = map[rune]int{
	'〇': 0, '○': 0, '零': 0, 'Ｏ': 0, '一': 1, '二': 2, '三': 3, '四': 4,
	'五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
}

// arabicDigits rewrites full-width digits as ASCII and runs of Chinese
// numerals as Arabic ones: 二〇二四 → 2024 (digit by digit), 二十八 → 28
// (by value, when the run has 十).
func arabicDigits(s string) string {
	var b strings.Builder
	var run []rune
	flush := func() {
		if len(run) > 0 {
			b.WriteString(numeralRun(run))
			run = run[:0]
		}
	}
	for _, r := range s {
		switch {
		case r >= '０' && r <= '９':
			flush()
			b.WriteRune(r - '０' + '0')
		case r == '十':
			run = append(run, r)
		default:
			if _, ok := chineseDigits[r]; ok {
				run = append(run, r)
				continue
			}
			flush()
			if r == '－' || r == '／' || r == '．' {
				r = map[rune]rune{'－': '-', '／': '/', '．': '.'}[r]
			}
			b.WriteRune(r)
		}
	}
	flush()
	return b.String()
}

// numeralRun converts one run of Chinese numerals.
func numeralRun(run []rune) string {
	ten := -1
	for i, r := range run {
		if r == '十' {
			ten = i
		}
	}
	if ten < 0 {
		var b strings.Builder
		for _, r := range run {
			b.WriteByte(byte('0' + chineseDigits[r]))
		}
		return b.String()
	}
	if ten != len(run)-1 && ten != len(run)-2 || ten > 1 {
		return string(run) // not a number below 100
	}
	tens, units := 1, 0
	if ten == 1 {
		tens = chineseDigits[run[0]]
	}
	if ten == len(run)-2 {
		units = chineseDigits[run[len(run)-1]]
	}
	return fmt.Sprint(tens*10 + units)
}
