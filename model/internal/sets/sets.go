// Package sets holds the one Dice coefficient of sorted sets and multisets
// that the reviewing packages (figures, check, timeline) compare texts with.
package sets

import "cmp"

// Dice is the Dice coefficient of two sorted slices, 2·|a∩b| / (|a|+|b|),
// from 0 to 1: sets when the slices hold no repeats, multisets (each
// repeat matched once) when they do. Two empty slices give 0; callers for
// whom two empty texts are alike say so themselves.
func Dice[T cmp.Ordered](a, b []T) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	i, j, common := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			common++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return 2 * float64(common) / float64(len(a)+len(b))
}
