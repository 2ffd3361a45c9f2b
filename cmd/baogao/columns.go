package main

import (
	"io"
	"strings"

	"baogao/ui/text"
)

// cellWidth measures text in terminal cells with the app's own measure.
// Ambiguous characters (“ ” …) count as one cell, as most terminals draw
// them, whatever the locale says.
var cellWidth = text.NewMeasure(false).String

// writeColumns prints rows as columns separated by two spaces, padded by
// display width. Columns in rightAlign are right-aligned; the last column
// is never padded.
func writeColumns(w io.Writer, rows [][]string, rightAlign map[int]bool) {
	var widths []int
	for _, row := range rows {
		for i, cell := range row {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], cellWidth(cell))
		}
	}
	var b strings.Builder
	for _, row := range rows {
		b.Reset()
		for i, cell := range row {
			pad := strings.Repeat(" ", widths[i]-cellWidth(cell))
			switch {
			case i == len(row)-1 && !rightAlign[i]:
				b.WriteString(cell)
			case rightAlign[i]:
				b.WriteString(pad + cell)
			default:
				b.WriteString(cell + pad)
			}
			if i < len(row)-1 {
				b.WriteString("  ")
			}
		}
		b.WriteByte('\n')
		io.WriteString(w, b.String())
	}
}
