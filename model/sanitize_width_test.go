// Tests for the width classes Sanitize removes or replaces: one table row
// per class, every code point in several contexts for the output invariants
// and idempotence, the compatibility jamo table against the Unicode names,
// and the Unicode version the tables were made for.

package model

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/runenames"
)

func TestSanitizeWidth(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"Hangul filler", "법\u3164치", "법치"},
		{"halfwidth Hangul filler", "법\uFFA0치", "법치"},
		{"choseong filler and vowel", "\u115F\u1161", "ㅏ"},
		{"jungseong filler after a consonant", "\u1100\u1160", "ㄱ"},
		{"L V", "\u1100\u1161", "가"},
		{"L V T", "\u1112\u1161\u11AB\u1100\u1173\u11AF", "한글"},
		{"LV T", "가\u11A8", "각"},
		{"LVT T", "각\u11A8", "각ㄱ"},
		{"lone vowel and final", "\u1161 \u11A8", "ㅏ ㄱ"},
		{"L L", "\u1100\u1100", "ㄱㄱ"},
		{"L before a syllable", "\u1100가", "ㄱ가"},
		{"archaic jamo", "\u1113\u1176", "〓〓"},
		{"LV across a removed rune", "가\u200B\u11A8", "가ㄱ"},
		{"precomposed Korean", "대한민국 헌법", "대한민국 헌법"},
		{"regional indicators", "中国🇨🇳国旗", "中国CN国旗"},
		{"lone regional indicator", "\U0001F1FF", "Z"},
		{"emoji presentation selector", "☀\uFE0F晴 ❤\uFE0F", "☀晴 ❤"},
		{"text presentation selector", "⌚\uFE0E", "⌚"},
		{"keycap", "1\uFE0F\u20E3", "1\u20E3"},
		{"skin tone", "👍\U0001F3FB好", "👍好"},
		{"ZWJ family", "👨\u200D👩\u200D👧", "👨👩👧"},
		{"tag flag", "🏴\U000E0067\U000E0062\U000E007F", "🏴"},
		{"standardized variation sequence kept", "\u845B\uFE00", "\u845B\uFE00"},
		{"ideographic variation sequence kept", "葛\U000E0100城", "葛\U000E0100城"},
		{"combining mark after a base", "e\u0301 か\u3099", "e\u0301 か\u3099"},
		{"mark at the start", "\u0301甲", "甲"},
		{"marks after a newline", "甲\n\u0301\u0302乙", "甲\n乙"},
		{"mark after a space", "甲 \u0301乙", "甲 乙"},
		{"mark after an ideographic space", "甲\u3000\u20DD乙", "甲\u3000乙"},
		{"mark after a tab", "甲\t\u0301", "甲   "},
		{"mark after a removed escape", "\x1b[1m\u0301甲", "甲"},
		{"mark after a removed rune keeps its base", "a\u200B\u0301", "a\u0301"},
		{"unassigned", "甲\u0378乙\U000E0080", "甲〓乙〓"},
		{"noncharacters", "\uFDD0\uFFFE\U0010FFFF", "〓〓〓"},
		{"unassigned in the CJK planes", "\U0002FFFD\U00033480", "〓〓"},
		{"CJK Extension H (Unicode 15)", "\U00031350", "〓"},
		{"CJK Extension G kept", "\U00030EDE\U00030EDE面", "\U00030EDE\U00030EDE面"},
		{"CJK Extension B kept", "𠮷野家", "𠮷野家"},
		{"new emoji (Unicode 15)", "\U0001FAE8", "〓"},
		{"trigrams (wide since Unicode 16)", "☰☷", "〓〓"},
		{"counting rods", "\U0001D360", "〓"},
		{"hexagrams kept", "䷀", "䷀"},
		{"circled tens on black squares", "\u3248\u3249\u324A\u324B\u324C\u324D", "⑩⑳㉚㊵㊿〓"},
		{"Arabic number sign", "\u0600١", "١"},
		{"invisible operators", "a\u2061b\u2064c", "abc"},
		{"interlinear annotation", "\uFFF9注\uFFFA音\uFFFB", "注音"},
		{"Syriac abbreviation mark", "\u070F", ""},
		{"musical stem", "\U0001D165", ""},
		{"Tangut, Nushu, Khitan kept", "\U00017000\U0001B170\U00018B00", "\U00017000\U0001B170\U00018B00"},
		{"private use kept", "\uE000\U000F0000", "\uE000\U000F0000"},
		{"ambiguous kept", "“①→…”ā", "“①→…”ā"},
		{"spacing mark kept", "क\u093E", "क\u093E"},
		{"placeholder is a fixed point", "〓", "〓"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sanitize(tt.in)
			if got != tt.want {
				t.Errorf("Sanitize(%+q)\n got %+q\nwant %+q", tt.in, got, tt.want)
			}
			if again := Sanitize(got); again != got {
				t.Errorf("not idempotent: %+q then %+q", got, again)
			}
		})
	}
}

// checkWidthSafe reports a rune of out that Sanitize should have removed or
// replaced for the sake of widths.
func checkWidthSafe(t *testing.T, in, out string) {
	if msg := widthFault(out); msg != "" {
		t.Helper()
		t.Fatalf("Sanitize(%+q) = %+q: %s", in, out, msg)
	}
}

// widthFault describes the first rune of out that Sanitize should have
// removed or replaced for the sake of widths, or is "".
func widthFault(out string) string {
	for i, r := range out {
		if r < utf8.RuneSelf || r == utf8.RuneError {
			continue
		}
		act := runeAct(r)
		bad := act == actDrop || act == actSwap || act == actJamo ||
			act == actMark && markOrphan(out[:i]) ||
			act == actLV && trailingJamoAt(out, i+utf8.RuneLen(r))
		if bad {
			return fmt.Sprintf("%U at byte %d", r, i)
		}
	}
	return ""
}

// TestSanitizeEveryRune sanitizes every code point alone, after a letter,
// after an ideograph, after a newline, twice over, and between the jamo and
// syllables it could compose with, and checks the output invariants and
// idempotence. Planes 4 to 13 (unassigned) and 15 and 16 (private use) are
// uniform, and only every 61st code point of theirs is tried; -short tries
// every 7th code point of the rest.
func TestSanitizeEveryRune(t *testing.T) {
	contexts := []string{"%", "a%", "中%", "\n%", "%%", "\u1100%", "%\u1161", "가%", "% %"}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		uniform := r >= 0x40000 && r < 0xE0000 || r >= 0xF0000
		if uniform && r%61 != 0 || testing.Short() && !uniform && r%7 != 0 {
			continue
		}
		for _, c := range contexts {
			in := strings.ReplaceAll(c, "%", string(r))
			out := Sanitize(in)
			if msg := sanitizedFault(out) + widthFault(out); msg != "" {
				t.Fatalf("Sanitize(%+q) = %+q: %s", in, out, msg)
			}
			if again := Sanitize(out); again != out {
				t.Fatalf("not idempotent on %+q: %+q then %+q", in, out, again)
			}
		}
	}
}

// TestSanitizeWidthFastPath checks that text holding kept runes the scan
// has to look at twice (marks after a base, LV syllables, variation
// sequences) still comes back without a copy.
func TestSanitizeWidthFastPath(t *testing.T) {
	in := strings.Repeat("대한민국 가나다 e\u0301 か\u3099 葛\U000E0100 \u845B\uFE00 𠮷 “①” क\u093E\n", 50)
	got := Sanitize(in)
	if got != in || unsafe.StringData(got) != unsafe.StringData(in) {
		t.Fatalf("clean text was changed or copied: %+q", got)
	}
}

// TestAttention checks that the scan's bit table marks exactly the BMP runes
// Sanitize may act on, and none between U+4000 and U+9FFF, which the scan
// passes over without looking.
func TestAttention(t *testing.T) {
	for r := rune(0x80); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		acts := runeAct(r) != actKeep || r == 0x2028 || r == 0x2029
		if needsAttention(r) != acts {
			t.Errorf("%U: attention %v, but runeAct says %v", r, needsAttention(r), runeAct(r))
		}
		if acts && r >= 0x4000 && r <= 0x9FFF {
			t.Errorf("%U: Sanitize acts on it, but the scan skips U+4000–U+9FFF", r)
		}
	}
}

// TestCompatJamo checks compatJamo against the Unicode names: every entry
// maps HANGUL CHOSEONG/JUNGSEONG/JONGSEONG X to HANGUL LETTER X, and every
// conjoining jamo with such a letter has an entry.
func TestCompatJamo(t *testing.T) {
	letters := map[string]rune{}
	for r := rune(0x3131); r <= 0x318E; r++ {
		if name, ok := strings.CutPrefix(runenames.Name(r), "HANGUL LETTER "); ok {
			letters[name] = r
		}
	}
	checked := 0
	for r := rune(0x1100); r <= 0xD7FF; r++ {
		if !isJamo(r) {
			continue
		}
		name := runenames.Name(r)
		var letter string
		for _, p := range []string{"HANGUL CHOSEONG ", "HANGUL JUNGSEONG ", "HANGUL JONGSEONG "} {
			if rest, ok := strings.CutPrefix(name, p); ok {
				letter = rest
			}
		}
		if letter == "" {
			continue // unassigned inside the blocks
		}
		want, has := letters[letter]
		got, ok := compatJamo[r]
		if has != ok || got != want {
			t.Errorf("%U %s: compatJamo has %U (%v), want %U (%v)", r, name, got, ok, want, has)
		}
		checked++
	}
	if checked < 300 {
		t.Fatalf("only %d jamo checked", checked)
	}
}

// TestUnicodeVersion pins the Unicode version of Go's tables. unicode15 and
// widened16 say which characters glibc 2.36 does not know or measures
// differently; when Go moves to a newer Unicode, the characters that
// version adds need the same treatment (add them to unicode15's kind of
// table), so this fails to say so.
func TestUnicodeVersion(t *testing.T) {
	if unicode.Version != "15.0.0" {
		t.Fatalf("Go's Unicode tables are %s: add the characters it assigned after 15.0 to the replaced set (see sanitize_width.go)", unicode.Version)
	}
}
