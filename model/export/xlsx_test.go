package export

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"testing"

	"baogao/model/figures"
)

// TestFiguresXLSX: the sheet holds the cells CSV holds, numbers as
// numbers, report text as inline strings (a formula stays text), and
// every part is well-formed XML.
func TestFiguresXLSX(t *testing.T) {
	tab := &figures.Table{Reports: []figures.ReportRef{{ID: "a", Unit: "历下区", Year: 2023}, {ID: "b"}},
		Rows: []*figures.Row{{Subject: "=HYPERLINK(\"x\")<b>&", Unit: "件",
			Figures: []*figures.Figure{{Text: "54件", Value: 54, Section: "1.2"}, nil}}}}
	var buf bytes.Buffer
	if err := WriteFiguresXLSX(&buf, tab, fixedDate); err != nil {
		t.Fatal(err)
	}
	z, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var sheet []byte
	for _, f := range z.File {
		rc, _ := f.Open()
		data, _ := io.ReadAll(rc)
		rc.Close()
		if err := xml.Unmarshal(data, new(struct{})); err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if f.Name == "xl/worksheets/sheet1.xml" {
			sheet = data
		}
	}
	var ws struct {
		Rows []struct {
			Cells []struct {
				Ref    string `xml:"r,attr"`
				Type   string `xml:"t,attr"`
				Value  string `xml:"v"`
				Inline string `xml:"is>t"`
			} `xml:"c"`
		} `xml:"sheetData>row"`
	}
	if err := xml.Unmarshal(sheet, &ws); err != nil {
		t.Fatal(err)
	}
	if len(ws.Rows) != 2 {
		t.Fatalf("%d rows", len(ws.Rows))
	}
	got := map[string]string{}
	for _, r := range ws.Rows {
		for _, c := range r.Cells {
			got[c.Ref] = c.Type + ":" + c.Value + c.Inline
		}
	}
	for ref, want := range map[string]string{"A1": "inlineStr:指标", "C1": "inlineStr:历下区 2023年（原文）", "F1": "inlineStr:b（原文）",
		"A2": "inlineStr:=HYPERLINK(\"x\")<b>&", "C2": "inlineStr:54件", "D2": ":54", "E2": "inlineStr:1.2"} {
		if got[ref] != want {
			t.Errorf("%s = %q, want %q", ref, got[ref], want)
		}
	}
}

func TestColumn(t *testing.T) {
	for i, want := range map[int]string{0: "A", 25: "Z", 26: "AA", 27: "AB", 51: "AZ", 52: "BA", 701: "ZZ", 702: "AAA"} {
		if got := column(i); got != want {
			t.Errorf("column(%d) = %s, want %s", i, got, want)
		}
	}
}
