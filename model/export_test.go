package model

import "testing"

// Exported for the tests of package model_test (render_test.go), which
// render operations through ui/diffrows and so cannot be in package model.

// UpdateGoldens reports whether -update asks for the golden files to be
// rewritten.
func UpdateGoldens() bool { return *update }

// CheckOps is checkOps.
func CheckOps(t testing.TB, ops []Op, aParas, bParas []string) {
	t.Helper()
	checkOps(t, ops, aParas, bParas)
}

// CheckComparison is checkComparison.
func CheckComparison(t testing.TB, c *Comparison) {
	t.Helper()
	checkComparison(t, c)
}
