package fold

import (
	"testing"
)

func TestString(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"full-width brackets", "（一）", "(一)"},
		{"half-width brackets", "(一)", "(一)"},
		{"full-width digits and percent", "１００％", "100%"},
		{"full-width comma", "，", ","},
		{"full-width colon and semicolon", "：；", ":;"},
		{"full-width letters and case", "ＡＢＣ abc ABC", "abc abc abc"},
		{"traditional", "楓橋經驗", "枫桥经验"},
		{"traditional mixed", "堅持發展新時代「楓橋經驗」", "坚持发展新时代「枫桥经验」"},
		{"kangxi radicals", "\u2F00\u2F06", "一二"},
		{"circled digit", "①", "1"},
		{"curly quotes", "“平安守护”", `"平安守护"`},
		{"space between digits and CJK", "2023 年度", "2023年度"},
		{"space between CJK and digits", "共 10 余个", "共10余个"},
		{"ideographic space", "法治\u3000政府", "法治政府"},
		{"space before punctuation", "100\u00a0%", "100%"},
		{"space between numbers", "2023 2024", "2023 2024"},
		{"space between letters of other scripts", "été  ça", "été ça"},
		{"space after closing quote", "“平安守护” 反诈", `"平安守护"反诈`},
		{"spaces between words collapse", "rule  of \t law", "rule of law"},
		{"leading and trailing space", "  法治 ", "法治"},
		{"newline is whitespace", "法治\n政府\nA\nB", "法治政府a b"},
		{"zero-width space dropped", "法\u200b治", "法治"},
		{"soft hyphen dropped", "law\u00adful", "lawful"},
		{"unchanged", "。、“”《》", `。、""《》`},
		{"invalid utf-8", "a\xffb", "a\uFFFDb"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := String(tt.in); got != tt.want {
				t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
			}
			key, _ := Map(tt.in)
			if key != tt.want {
				t.Errorf("Map(%q) key = %q, want %q", tt.in, key, tt.want)
			}
		})
	}
}

func TestMap(t *testing.T) {
	tests := []struct {
		in   string
		key  string
		orig []int32
	}{
		{"ＡB", "ab", []int32{0, 3, 4}},
		{"（一）", "(一)", []int32{0, 3, 3, 3, 6, 9}},
		{"2023 年", "2023年", []int32{0, 1, 2, 3, 5, 5, 5, 8}},
		{"a  \u3000b", "a b", []int32{0, 1, 6, 7}},
		{" 楓\u200b橋 ", "枫桥", []int32{1, 1, 1, 7, 7, 7, 11}},
	}
	for _, tt := range tests {
		key, orig := Map(tt.in)
		if key != tt.key || !equalInt32(orig, tt.orig) {
			t.Errorf("Map(%q) = %q %v, want %q %v", tt.in, key, orig, tt.key, tt.orig)
		}
	}
}

func equalInt32(a, b []int32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestTable checks the generated table against what it was made from:
// entries are sorted and unique, and every target is a fixed point.
func TestTable(t *testing.T) {
	for i, p := range foldPairs {
		if i > 0 && p[0] <= foldPairs[i-1][0] {
			t.Fatalf("entry %d (%U) out of order", i, p[0])
		}
		if p[1] >= 0 && Rune(p[1]) != p[1] {
			t.Errorf("%U → %U → %U: target is not a fixed point", p[0], p[1], Rune(p[1]))
		}
	}
	if len(foldPairs) < 8000 {
		t.Errorf("table has %d entries; the TS data alone has about 4000", len(foldPairs))
	}
}
