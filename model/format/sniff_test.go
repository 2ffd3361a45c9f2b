package format

import "testing"

func TestSniff(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Container
	}{
		{"text", "一、总体情况\n全区…", Plain},
		{"empty", "", Plain},
		{"zip", "PK\x03\x04rest", Zip},
		{"ole", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", OLE},
		{"pdf", "%PDF-1.7\n", PDFDoc},
		{"pdf after blank", "\r\n%PDF-1.4", PDFDoc},
		{"doctype", "\xEF\xBB\xBF  <!DOCTYPE html><html>", Markup},
		{"upper html", "<HTML><BODY>", Markup},
		{"comment first", "<!-- saved from url -->\n<html>", Markup},
		{"saved text with comments", "<!--\n -->\n当前位置：首页\n<U+00A0>\n2008年政府工作报告", Plain},
		{"fragment", "<p>一</p><p>二</p><p>三</p><p>四</p><br><br>", Markup},
		{"less-than in text", "指标<5%的单位，a<b", Plain},
	}
	for _, tt := range tests {
		if got := Sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("%s: Sniff = %d, want %d", tt.name, got, tt.want)
		}
	}
}
