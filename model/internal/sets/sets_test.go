package sets

import "testing"

func TestDice(t *testing.T) {
	tests := []struct {
		a, b []int
		want float64
	}{
		{nil, nil, 0},
		{[]int{1}, nil, 0},
		{[]int{1, 2}, []int{1, 2}, 1},
		{[]int{1, 2}, []int{2, 3}, 0.5},
		{[]int{1, 1, 2}, []int{1, 2, 2}, 2 * 2.0 / 6},
		{[]int{1, 3, 5}, []int{2, 4, 6}, 0},
	}
	for _, tt := range tests {
		if got := Dice(tt.a, tt.b); got != tt.want {
			t.Errorf("Dice(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
