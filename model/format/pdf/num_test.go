package pdf

import (
	"math"
	"strconv"
	"testing"
)

// parseNum is how numbers were read before the lexer read them in one
// pass: the word first, then its value. num must agree with it.
func parseNum(w []byte) float64 {
	neg, i := false, 0
	for i < len(w) && (w[i] == '-' || w[i] == '+') {
		neg = neg || w[i] == '-'
		i++
	}
	var v float64
	for ; i < len(w) && w[i] >= '0' && w[i] <= '9'; i++ {
		v = v*10 + float64(w[i]-'0')
	}
	if i < len(w) && w[i] == '.' {
		scale := 0.1
		for i++; i < len(w) && w[i] >= '0' && w[i] <= '9'; i++ {
			v += float64(w[i]-'0') * scale
			scale /= 10
		}
	}
	if math.IsInf(v, 0) {
		v = 0
	}
	if neg {
		return -v
	}
	return v
}

func TestNumAsWord(t *testing.T) {
	for _, w := range []string{"0", "-0", "12", "+3", "--5", "-+-2.5", "1.2.3", ".5", "-.25", "5.", "12abc", "1e5", "abc",
		"-", ".", "007.0700", "123456789012345678901234567890", "3.14159265358979323846", string(make([]byte, 400)) + "9"} {
		for _, tail := range []string{"", " Td", "/F1", "(x)", "]"} {
			s := scanner{b: []byte(w + tail)}
			word := s.word()
			s.pos = 0
			got := s.num()
			want := parseNum(word)
			if math.Float64bits(got) != math.Float64bits(want) || s.pos != len(word) {
				t.Errorf("num(%q) = %v at %d, want %v at %d", w+tail, got, s.pos, want, len(word))
			}
		}
	}
}

func FuzzNumAsWord(f *testing.F) {
	f.Add([]byte("-12.5 0 Td"))
	f.Fuzz(func(t *testing.T, b []byte) {
		s := scanner{b: b}
		word := s.word()
		s.pos = 0
		if got, want := s.num(), parseNum(word); math.Float64bits(got) != math.Float64bits(want) || s.pos != len(word) {
			t.Errorf("num(%q) = %v at %d, want %v at %d", b, got, s.pos, want, len(word))
		}
	})
}

func TestParseIntAsStrconv(t *testing.T) {
	for _, w := range []string{"0", "-0", "+0", "7", "-7", "+7", "1000", "007", "123456789012345678", "-123456789012345678",
		"1234567890123456789", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-", "+", "99999999999999999999"} {
		got, gotErr := parseInt([]byte(w))
		want, wantErr := strconv.ParseInt(w, 10, 64)
		if got != want || (gotErr == nil) != (wantErr == nil) {
			t.Errorf("parseInt(%q) = %d, %v; want %d, %v", w, got, gotErr, want, wantErr)
		}
	}
}
