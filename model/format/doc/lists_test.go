package doc

import (
	"testing"
	"unicode/utf16"
)

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		n    int
		nfc  byte
		want string
	}{
		{1, nfcDecimal, "1"}, {12, nfcDecimal, "12"},
		{3, nfcDecimalZero, "03"}, {12, nfcDecimalZero, "12"},
		{4, nfcUpperRoman, "IV"}, {1994, nfcLowerRoman, "mcmxciv"}, {4000, nfcUpperRoman, "4000"},
		{1, nfcLowerLetter, "a"}, {28, nfcUpperLetter, "BB"}, {1 << 30, nfcUpperLetter, "1073741824"},
		{12, nfcDecimalFullWidth, "１２"},
		{1, nfcDecimalCircle, "①"}, {20, nfcDecimalCircleCN, "⑳"}, {21, nfcDecimalCircle, "21"},
		{2, nfcDecimalParen, "⑵"}, {3, nfcDecimalFullstop, "⒊"}, {1, nfcIdeographCircle, "㊀"},
		{3, nfcIdeographTrad, "丙"}, {11, nfcIdeographTrad, "11"}, {12, nfcIdeographZodiac, "亥"},
		{1, nfcChineseCounting, "一"}, {10, nfcChineseThousand, "十"}, {11, nfcChineseThousand, "十一"},
		{20, nfcChineseCounting, "二十"}, {21, nfcTaiwaneseCounting, "二十一"}, {100, nfcChineseThousand, "一百"},
		{101, nfcChineseThousand, "一百零一"}, {110, nfcChineseThousand, "一百一十"}, {1005, nfcChineseThousand, "一千零五"},
		{10020, nfcChineseThousand, "一万零二十"}, {100000, nfcChineseThousand, "100000"},
		{10, nfcChineseLegal, "壹拾"}, {23, nfcChineseLegal, "贰拾叁"}, {3, nfcLegalTraditional, "參"},
		{2024, nfcIdeographDigital, "二〇二四"}, {10, nfcTaiwaneseDigital, "一〇"},
		{5, nfcBullet, ""}, {5, nfcNone, ""}, {7, 99, "7"}, {-3, nfcDecimal, "0"},
	}
	for _, tt := range tests {
		if got := formatNumber(tt.n, tt.nfc); got != tt.want {
			t.Errorf("formatNumber(%d, %d) = %q, want %q", tt.n, tt.nfc, got, tt.want)
		}
	}
}

// twoLevels is a list like a report's: 一、 over （一）, then 1. with the
// first level's number (fLegal off).
func twoLevels() *lists {
	lv := func(nfc byte, text string) lvl {
		return lvl{start: 1, nfc: nfc, text: utf16.Encode([]rune(text)), follow: ixchTab}
	}
	ls := list{lsid: 7, levels: []lvl{
		lv(nfcChineseThousand, "\x00、"),
		lv(nfcChineseThousand, "（\x01）"),
		lv(nfcDecimal, "\x00.\x02"),
	}}
	l := &lists{lists: []list{ls}, instances: []listInstance{{list: 0}, {list: 0}}}
	l.instances[1].over[1] = levelOverride{start: 5, hasStart: true}
	l.counters = make([][maxLevels]int, 1)
	l.started = make([][maxLevels]bool, 1)
	l.overDone = make([][maxLevels]bool, 2)
	return l
}

func TestMarkers(t *testing.T) {
	l := twoLevels()
	steps := []struct {
		ilfo, ilvl int
		empty      bool
		want       string
	}{
		{1, 0, false, "一、"},
		{1, 1, false, "（一）"},
		{1, 1, true, ""}, // counted, not shown
		{1, 1, false, "（三）"},
		{1, 2, false, "一.1 "},
		{1, 0, false, "二、"},
		{1, 1, false, "（一）"}, // restarted under 二、
		{2, 1, false, "（五）"}, // the second instance's start override, once
		{2, 1, false, "（六）"},
		{1, 1, false, "（七）"}, // one list, one counter
		{3, 0, false, ""},    // no such instance
		{0, 0, false, ""},
		{1, 9, false, ""},
		{1, 5, false, ""}, // a level the list does not have
	}
	for i, s := range steps {
		if got := l.marker(s.ilfo, s.ilvl, s.empty); got != s.want {
			t.Errorf("step %d (ilfo %d, ilvl %d): %q, want %q", i, s.ilfo, s.ilvl, got, s.want)
		}
	}
	var none *lists
	if got := none.marker(1, 0, false); got != "" {
		t.Errorf("no lists: %q", got)
	}
}

func TestNeedsSpace(t *testing.T) {
	for m, want := range map[string]bool{"1.": true, "第一章": true, "一": true, "一、": false, "（一）": false, "①": false, "(1)": false, "1)": false, "A.": true} {
		if got := needsSpace(m); got != want {
			t.Errorf("needsSpace(%q) = %v", m, got)
		}
	}
}
