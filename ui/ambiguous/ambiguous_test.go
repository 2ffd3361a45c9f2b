package ambiguous

import "testing"

func TestParseCursorColumn(t *testing.T) {
	tests := []struct {
		in   string
		col  int
		okay bool
	}{
		{"\x1b[12;2R", 2, true},
		{"\x1b[1;3R", 3, true},
		{"junk\x1b[5;9R", 9, true},
		{"\x1b[1;2R\x1b[1;3R", 3, true},
		{"", 0, false},
		{"\x1b[12R", 0, false},
		{"\x1b[1;xR", 0, false},
		{"R\x1b[1;2", 0, false},
	}
	for _, tt := range tests {
		col, ok := ParseCursorColumn([]byte(tt.in))
		if col != tt.col || ok != tt.okay {
			t.Errorf("ParseCursorColumn(%q) = %d, %v; want %d, %v", tt.in, col, ok, tt.col, tt.okay)
		}
	}
}
