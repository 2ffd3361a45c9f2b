package check

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// date is a calendar date as a 落款 writes it; Month and Day are 0 when
// not written.
type date struct{ Year, Month, Day int }

func (d date) known() bool { return d.Year != 0 }

func (d date) String() string {
	switch {
	case d.Day != 0:
		return fmt.Sprintf("%d年%d月%d日", d.Year, d.Month, d.Day)
	case d.Month != 0:
		return fmt.Sprintf("%d年%d月", d.Year, d.Month)
	}
	return fmt.Sprintf("%d年", d.Year)
}

// time is the date's last possible day, for comparing with deadlines.
func (d date) time() time.Time {
	m, day := d.Month, d.Day
	if m == 0 {
		m = 12
	}
	if day == 0 {
		return time.Date(d.Year, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// signatureDate reads the date line of a 落款: 2025年1月20日 or
// 二〇二五年一月二十日.
func signatureDate(sig []string) date {
	for i := len(sig) - 1; i >= 0; i-- {
		if d, ok := parseDate(sig[i]); ok {
			return d
		}
	}
	return date{}
}

// parseDate reads a date line: four year digits (Arabic, full-width or
// 〇一二…), 年, a month and optionally a day in Arabic or Chinese numerals.
func parseDate(l string) (date, bool) {
	l = strings.ReplaceAll(strings.TrimSpace(l), " ", "")
	y, rest, ok := strings.Cut(l, "年")
	if !ok || utf8.RuneCountInString(y) != 4 {
		return date{}, false
	}
	var d date
	for _, r := range y {
		v := digitValue(r)
		if v < 0 {
			return date{}, false
		}
		d.Year = d.Year*10 + v
	}
	m, rest, ok := strings.Cut(rest, "月")
	if !ok {
		return d, rest == ""
	}
	if d.Month, ok = smallNumber(m); !ok || d.Month < 1 || d.Month > 12 {
		return date{}, false
	}
	if day, ok := strings.CutSuffix(rest, "日"); ok {
		if d.Day, ok = smallNumber(day); !ok || d.Day < 1 || d.Day > 31 {
			return date{}, false
		}
	}
	return d, true
}

// digitValue is the value of a digit in any of the ways a year is
// written, or -1.
func digitValue(r rune) int {
	switch {
	case '0' <= r && r <= '9':
		return int(r - '0')
	case '０' <= r && r <= '９':
		return int(r - '０')
	}
	if r < 0x3000 {
		return -1
	}
	switch r {
	case '〇', '○', '零':
		return 0
	case '一':
		return 1
	case '二':
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

// smallNumber reads a month or day: 1–31 in digits, or 一 … 三十一.
func smallNumber(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n, ten := 0, false
	for _, r := range s {
		if r == '十' {
			if ten {
				return 0, false
			}
			ten = true
			if n == 0 {
				n = 1
			}
			n *= 10
			continue
		}
		v := digitValue(r)
		if v < 0 {
			return 0, false
		}
		if ten {
			n += v
		} else {
			n = n*10 + v
		}
	}
	return n, true
}
