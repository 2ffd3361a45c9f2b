// Package diffrows wraps a comparison's styled pieces (compare.Rows) by
// terminal cells, for both the `baogao diff` printout and the app's compare
// view: a change is read as a whole and never split next to its marks.
package diffrows
