package docx

import "testing"

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		fmt  string
		n    int
		want string
	}{
		{"decimal", 7, "7"},
		{"decimalZero", 7, "07"},
		{"decimalZero", 12, "12"},
		{"decimalFullWidth", 12, "１２"},
		{"decimalEnclosedCircle", 1, "①"},
		{"decimalEnclosedCircle", 20, "⑳"},
		{"decimalEnclosedCircle", 21, "21"},
		{"decimalEnclosedParen", 3, "⑶"},
		{"ideographEnclosedCircle", 2, "㈡"},
		{"upperLetter", 1, "A"},
		{"upperLetter", 26, "Z"},
		{"upperLetter", 27, "AA"},
		{"lowerLetter", 54, "bbb"},
		{"upperRoman", 1994, "MCMXCIV"},
		{"lowerRoman", 4, "iv"},
		{"upperRoman", 4000, "4000"},
		{"chineseCounting", 1, "一"},
		{"chineseCounting", 10, "十"},
		{"chineseCounting", 11, "十一"},
		{"chineseCounting", 20, "二十"},
		{"chineseCounting", 99, "九十九"},
		{"chineseCounting", 101, "一〇一"},
		{"chineseCountingThousand", 3, "三"},
		{"chineseCountingThousand", 10, "十"},
		{"chineseCountingThousand", 15, "十五"},
		{"chineseCountingThousand", 23, "二十三"},
		{"chineseCountingThousand", 100, "一百"},
		{"chineseCountingThousand", 101, "一百零一"},
		{"chineseCountingThousand", 110, "一百一十"},
		{"chineseCountingThousand", 1010, "一千零一十"},
		{"chineseCountingThousand", 10001, "一万零一"},
		{"chineseCountingThousand", 100010, "十万零一十"},
		{"chineseLegalSimplified", 12, "壹拾贰"},
		{"ideographLegalTraditional", 3, "參"},
		{"japaneseCounting", 11, "十一"},
		{"japaneseCounting", 110, "百十"},
		{"ideographTraditional", 1, "甲"},
		{"ideographTraditional", 10, "癸"},
		{"ideographTraditional", 11, "11"},
		{"ideographZodiac", 12, "亥"},
		{"ideographDigital", 105, "一〇五"},
		{"taiwaneseCounting", 12, "十二"},
		{"none", 3, ""},
		{"numberInDash", 3, "- 3 -"},
		{"hebrew1", 3, "3"}, // unknown to the reader: decimal
		{"chineseCounting", 0, "0"},
		{"upperLetter", 1 << 20, "1048576"},
	}
	for _, tt := range tests {
		if got := formatNumber(tt.n, tt.fmt); got != tt.want {
			t.Errorf("formatNumber(%d, %s) = %q, want %q", tt.n, tt.fmt, got, tt.want)
		}
	}
}

func TestHeadingNumber(t *testing.T) {
	tests := map[string]int{
		"heading 1": 1, "Heading 2": 2, "heading9": 9, "标题 3": 3, "标题4": 4, "标题 ５": 5,
		"Title": 0, "标题": 0, "heading 10": 0, "Normal": 0, "heading": 0,
	}
	for name, want := range tests {
		if got := headingNumber(name); got != want {
			t.Errorf("headingNumber(%q) = %d, want %d", name, got, want)
		}
	}
}
