package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
)

// WriteFiguresCSV writes a figures table as CSV that Excel on a Chinese
// Windows opens as it is: UTF-8 with a byte-order mark (without one Excel
// reads GBK), CRLF line ends, a header row. Values are plain numbers in
// the base unit; text that a spreadsheet would take for a formula (=, +,
// -, @ first) is kept as text with a leading apostrophe.
func WriteFiguresCSV(w io.Writer, a, b Side, f *Figures) error {
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	na, nb := sideName(a), sideName(b)
	cw.Write([]string{"指标", "单位", na + "（原文）", nb + "（原文）", na + "（数值）", nb + "（数值）", "变化", "变化率（%）", na + "章节", nb + "章节"})
	if f != nil {
		for _, r := range f.Rows {
			cw.Write([]string{csvText(r.Subject), csvText(r.Unit), csvText(r.A), csvText(r.B), number(r.ValueA), number(r.ValueB),
				number(r.ChangeValue), number(r.PercentValue), csvText(r.SectionA), csvText(r.SectionB)})
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvText is report text for a CSV cell: cleaned, and kept from being read
// as a formula.
func csvText(s string) string {
	s = clean(s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func number(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}
