package model

import (
	"baogao/internal/fixture"
	"baogao/model/format"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// sample is fixture.Sample: a small report with the features the loader
// must keep.
const sample = fixture.Sample

func encodeUTF16(s string, bigEndian, bom bool) []byte {
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xFEFF}, units...)
	}
	var b bytes.Buffer
	for _, u := range units {
		if bigEndian {
			b.WriteByte(byte(u >> 8))
			b.WriteByte(byte(u))
		} else {
			b.WriteByte(byte(u))
			b.WriteByte(byte(u >> 8))
		}
	}
	return b.Bytes()
}

func mustGB18030(t *testing.T, s string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestLoadEncodings loads the same report in every encoding Decode detects
// and expects the same outline from each.
func TestLoadEncodings(t *testing.T) {
	crlf := strings.ReplaceAll(sample, "\n", "\r\n")
	cr := strings.ReplaceAll(sample, "\n", "\r")
	files := map[string][]byte{
		"utf8.txt":            []byte(sample),
		"utf8-bom-crlf.txt":   append([]byte("\xEF\xBB\xBF"), crlf...),
		"cr.txt":              []byte(cr),
		"gb18030.txt":         mustGB18030(t, sample),
		"gb18030-crlf.txt":    mustGB18030(t, crlf),
		"utf16le-bom.txt":     encodeUTF16(sample, false, true),
		"utf16be-bom.txt":     encodeUTF16(sample, true, true),
		"utf16le.txt":         encodeUTF16(sample, false, false),
		"utf16be.txt":         encodeUTF16(sample, true, false),
		"utf16le-bom-crlf.md": encodeUTF16(crlf, false, true),
	}
	wantEnc := map[string]string{
		"utf8": "utf-8", "utf8-bom-crlf": "utf-8-bom", "cr": "utf-8", "gb18030": "gb18030", "gb18030-crlf": "gb18030",
		"utf16le-bom": "utf-16le-bom", "utf16be-bom": "utf-16be-bom", "utf16le": "utf-16le", "utf16be": "utf-16be",
		"utf16le-bom-crlf": "utf-16le-bom",
	}
	want := dump(Parse("x", sample))
	loaded := LoadPaths([]string{fixture.WriteFiles(t, files)}, nil)
	if len(loaded.Errors) > 0 {
		t.Fatalf("errors: %v", loaded.Errors)
	}
	if len(loaded.Reports) != len(files) {
		t.Fatalf("loaded %d reports, want %d", len(loaded.Reports), len(files))
	}
	for _, r := range loaded.Reports {
		if r.Encoding != wantEnc[r.ID] {
			t.Errorf("%s: encoding %q, want %q", r.ID, r.Encoding, wantEnc[r.ID])
		}
		id := r.ID
		r.ID = "x"
		if got := dump(r); got != want {
			t.Errorf("%s parses differently:\n%s", id, fixture.LineDiff(want, got))
		}
	}
}

// TestLoadBadInputs checks that each bad file gives one error naming it and
// that the good file beside it still loads.
func TestLoadBadInputs(t *testing.T) {
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0, 1, 2, 0xff}, 100)...)
	files := map[string][]byte{
		"good.txt":        []byte(sample),
		"empty.txt":       nil,
		"blank.txt":       []byte(" \n\u3000\r\n"),
		"binary.txt":      png,
		"nul.txt":         []byte("一、标题\n正文\x00正文。\n"),
		"sub/deeper.md":   []byte(sample),
		"notes.docx":      []byte("PK\x03\x04"),
		"sub/picture.jpg": []byte("\xff\xd8\xff"),
	}
	dir := fixture.WriteFiles(t, files)
	loaded := LoadPaths([]string{dir, filepath.Join(dir, "missing.txt")}, nil)
	if len(loaded.Reports) != 2 {
		t.Errorf("loaded %d reports, want good.txt and sub/deeper.md", len(loaded.Reports))
	}
	wantErr := map[string]error{
		"empty.txt": ErrEmpty, "blank.txt": ErrEmpty, "binary.txt": ErrBinary, "nul.txt": ErrBinary,
		"missing.txt": os.ErrNotExist, "notes.docx": format.ErrCorrupt, // a truncated zip
	}
	if len(loaded.Errors) != len(wantErr) {
		t.Errorf("errors %v, want one for each of %v", loaded.Errors, wantErr)
	}
	for _, e := range loaded.Errors {
		base := filepath.Base(e.Path)
		if !errors.Is(e, wantErr[base]) {
			t.Errorf("%s: error %v, want %v", base, e, wantErr[base])
		}
		if msg := e.Error(); strings.Count(msg, "\n") > 0 || !strings.HasPrefix(msg, e.Path+": ") {
			t.Errorf("error %q is not one line starting with the path", msg)
		}
	}
	if len(loaded.Skipped) != 1 {
		t.Errorf("skipped %v, want sub/picture.jpg", loaded.Skipped)
	}
}

// TestLoadHostileText checks that nothing that could drive a terminal
// survives loading, and that invalid bytes become U+FFFD.
func TestLoadHostileText(t *testing.T) {
	text := "某区2024年度法治政府建设报告\n" +
		"一、主要举措和成效\n" +
		"（一）依法决策\x1b]52;c;ZWNobyBwd25lZA==\x07。全区\x1b[2J\x1b[31m红色\x1b[0m正文\u202e倒序\u2066，\x9b6n标题\x1b]0;title\x1b\\改了。\r覆盖\b退格\x7f。\n" +
		"（二）无效字节\xff\xfe在这里。\n" +
		strings.Repeat("全区法治政府建设取得明显成效，依法行政水平持续提升。\n", 20)
	r, err := LoadBytes("hostile", "hostile.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	all := r.Title + "\n" + r.Text()
	if !utf8.ValidString(all) {
		t.Error("text is not valid UTF-8")
	}
	for _, bad := range []string{"\x1b", "\a", "\r", "\b", "\x7f", "\u202e", "\u2066", "\u009b", "52;c", "[2J", "title"} {
		if strings.Contains(all, bad) {
			t.Errorf("text still contains %q:\n%s", bad, all)
		}
	}
	if got := r.Sections[0].Children[0].Paras[0]; !strings.HasPrefix(got, "全区红色正文倒序，") {
		t.Errorf("paragraph = %q, want the text around the escapes kept", got)
	}
	if !strings.Contains(all, "\uFFFD") {
		t.Errorf("invalid bytes were not replaced by U+FFFD: %q", r.Sections[0].Children[1].Heading())
	}
}

// TestLoadLargeLine loads a 50 MB file that is a single line: it must load
// (as one long paragraph) without quadratic work.
func TestLoadLargeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB input")
	}
	line := strings.Repeat("法治政府建设稳步推进，", 50<<20/len("法治政府建设稳步推进，"))
	r, err := LoadBytes("big", "big.txt", []byte(line))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Preamble) != 1 || len(r.Sections) != 0 || len(r.Preamble[0]) != len(line) {
		t.Errorf("want one paragraph of %d bytes, got %d paragraphs, %d sections", len(line), len(r.Preamble), len(r.Sections))
	}
}

func TestLoadTooLarge(t *testing.T) {
	if _, err := LoadBytes("huge", "huge.txt", make([]byte, MaxFileSize+1)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("err = %v, want ErrTooLarge", err)
	}
}

func TestLoadStdin(t *testing.T) {
	loaded := LoadPaths([]string{"-"}, strings.NewReader(sample))
	if len(loaded.Errors) > 0 || len(loaded.Reports) != 1 {
		t.Fatalf("stdin: %d reports, errors %v", len(loaded.Reports), loaded.Errors)
	}
	if r := loaded.Reports[0]; r.ID != "stdin" || r.Source != "-" || len(r.Sections) != 2 {
		t.Errorf("stdin report %q from %q with %d sections", r.ID, r.Source, len(r.Sections))
	}
}

// TestLoadLeavesFilesAlone checks that loading never writes to its inputs.
func TestLoadLeavesFilesAlone(t *testing.T) {
	content := []byte(strings.ReplaceAll(sample, "\n", "\r\n"))
	dir := fixture.WriteFiles(t, map[string][]byte{"r.txt": content})
	p := filepath.Join(dir, "r.txt")
	before, _ := os.Stat(p)
	LoadPaths([]string{dir, p}, nil)
	after, _ := os.Stat(p)
	got, _ := os.ReadFile(p)
	if !bytes.Equal(got, content) || !after.ModTime().Equal(before.ModTime()) || after.Mode() != before.Mode() {
		t.Error("loading changed the input file")
	}
}

// TestLoadOrder checks that parallel loading keeps input order.
func TestLoadOrder(t *testing.T) {
	files := map[string][]byte{}
	var paths []string
	for _, name := range []string{"c.txt", "a.txt", "e.txt", "b.txt", "d.txt"} {
		files[name] = []byte(sample)
	}
	dir := fixture.WriteFiles(t, files)
	for _, name := range []string{"c.txt", "a.txt", "e.txt", "b.txt", "d.txt"} {
		paths = append(paths, filepath.Join(dir, name))
	}
	var got []string
	for _, r := range LoadPaths(paths, nil).Reports {
		got = append(got, r.ID)
	}
	if strings.Join(got, " ") != "c a e b d" {
		t.Errorf("order %v, want c a e b d", got)
	}
}

// TestLoadUniqueIDs checks that files sharing a name in different folders
// get IDs that tell them apart, and that other IDs stay file names.
func TestLoadUniqueIDs(t *testing.T) {
	dir := fixture.WriteFiles(t, map[string][]byte{
		"lixia/2024.txt":       []byte(sample),
		"zhoucun/2024.txt":     []byte(sample),
		"a/x/2023.txt":         []byte(sample),
		"b/x/2023.txt":         []byte(sample),
		"changqing-2023.txt":   []byte(sample),
		"copies/changqing.txt": []byte(sample),
	})
	var got []string
	for _, r := range LoadPaths([]string{dir}, nil).Reports {
		got = append(got, r.ID)
	}
	want := "a/x/2023 b/x/2023 changqing-2023 changqing lixia/2024 zhoucun/2024"
	if strings.Join(got, " ") != want {
		t.Errorf("IDs %v, want %s", got, want)
	}
}

// TestLoadUniqueIDsAfterCleaning checks that names which cleaning makes
// alike still get IDs of their own, that a name cleaning changed does not
// take the plain ID from the file that has it. (Search gives the IDs that
// loading gives: TestSearchIDsAsLoaded in package search.)
func TestLoadUniqueIDsAfterCleaning(t *testing.T) {
	dir := fixture.NameClashes(t)
	loaded := LoadPaths([]string{dir, "-"}, strings.NewReader(sample))
	ids := map[string]string{} // ID → source
	for _, r := range loaded.Reports {
		if prev, ok := ids[r.ID]; ok {
			t.Errorf("ID %q is both %s and %s", r.ID, prev, r.Source)
		}
		ids[r.ID] = r.Source
		if Sanitize(r.ID) != r.ID {
			t.Errorf("ID %q holds control characters", r.ID)
		}
	}
	want := map[string]string{
		"a.txt": "a.txt", "a.md": "a.md", "b": "b.txt", "b.txt": "b.txt.txt",
		"lixia/2024": filepath.Join("lixia", "2024.txt"), "zhoucun/stdin": filepath.Join("zhoucun", "stdin.txt"),
		"2023": filepath.Join("x", "2023.txt"), "stdin": "-", "c": filepath.Join("c", "c.txt"),
	}
	for id, src := range want {
		if src != "-" {
			src = filepath.Join(dir, src)
		}
		if ids[id] != src {
			t.Errorf("ID %q is %q, want %q", id, ids[id], src)
		}
	}
	if ids["c~2"] != filepath.Join(dir, "c", "c.txt") { // cleaned: c\u200b.txt
		t.Errorf("ID c~2 is %q, want c/c\u200b.txt", ids["c~2"])
	}
	if len(ids) != 13 {
		t.Errorf("%d reports, want 13: %q", len(ids), ids)
	}
}

// TestLoadShortEscapes checks that a short file thick with terminal
// sequences is text to clean, not a binary file.
func TestLoadShortEscapes(t *testing.T) {
	r, err := LoadBytes("esc", "esc.txt", []byte("一、标题\n正文\x1b]0;pwned\x07\x1b[2J更多\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Sections[0].Paras[0]; got != "正文更多" {
		t.Errorf("paragraph %q, want 正文更多", got)
	}
}

func TestLoadOfficeFileHint(t *testing.T) {
	dir := fixture.WriteFiles(t, map[string][]byte{"report.xls": append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...)})
	loaded := LoadPaths([]string{filepath.Join(dir, "report.xls")}, nil)
	if len(loaded.Errors) != 1 || strings.Count(loaded.Errors[0].Error(), "\n") > 0 {
		t.Errorf("errors %v, want one line for the spreadsheet", loaded.Errors)
	}
}

// TestLoadDocumentsByContent: a page saved as .txt is read as a page, a
// truncated .docx fails with its reason in one line, and a folder walk
// skips a saved page's _files folder.
func TestLoadDocumentsByContent(t *testing.T) {
	page := "<!DOCTYPE html><html><head><title>某某区2024年度法治政府建设情况报告</title>" +
		`<meta name="PubDate" content="2025-01-20"></head><body><div class="nav">首页 &gt; 政务公开</div>` +
		"<div class=\"TRS_Editor\"><p>某某区2024年度法治政府建设情况报告</p><p>2024年，某某区坚持依法行政，扎实推进法治政府建设。</p>" +
		"<p>一、主要举措和成效</p><p>全面推进严格规范公正文明执法，执法质量明显提升。</p></div></body></html>"
	dir := fixture.WriteFiles(t, map[string][]byte{
		"saved.txt":            []byte(page),
		"page.html":            []byte(page),
		"page_files/style.txt": []byte("一、不是报告\n正文。\n"),
		"broken.docx":          []byte("PK\x03\x04\x14\x00"),
	})
	loaded := LoadPaths([]string{dir}, nil)
	if len(loaded.Reports) != 2 {
		t.Fatalf("loaded %d reports, want page.html and saved.txt (errors %v)", len(loaded.Reports), loaded.Errors)
	}
	for _, r := range loaded.Reports {
		if r.Format != "html" || r.Unit != "某某区" || r.Year != 2024 || r.Published != "2025-01-20" || len(r.Sections) != 1 {
			t.Errorf("%s: format %q unit %q year %d published %q sections %d", r.ID, r.Format, r.Unit, r.Year, r.Published, len(r.Sections))
		}
	}
	if len(loaded.Errors) != 1 || !errors.Is(loaded.Errors[0], format.ErrCorrupt) || strings.Contains(loaded.Errors[0].Error(), "\n") {
		t.Errorf("errors %v, want one line for broken.docx", loaded.Errors)
	}
}

// TestLoadHostileNames checks that a file name cannot drive the terminal
// through an ID, a source or an error message.
func TestLoadHostileNames(t *testing.T) {
	dir := fixture.WriteFiles(t, map[string][]byte{
		"x\x1b]0;PWN\a\x1b[31mred.txt": []byte(sample),
		"e\x1b[2Jmpty.txt":             nil,
	})
	loaded := LoadPaths([]string{dir}, nil)
	var printed []string
	for _, r := range loaded.Reports {
		printed = append(printed, r.ID, r.Source)
	}
	for _, e := range loaded.Errors {
		printed = append(printed, e.Error())
	}
	if len(printed) != 3 {
		t.Fatalf("got %q, want one report and one error", printed)
	}
	for _, s := range printed {
		if strings.ContainsAny(s, "\x1b\a") {
			t.Errorf("%q still holds control characters", s)
		}
	}
}

// TestLoadRepeatedInputs checks that an input named twice is read once:
// two readers of standard input would split it between them.
func TestLoadRepeatedInputs(t *testing.T) {
	dir := fixture.WriteFiles(t, map[string][]byte{"x.txt": []byte(sample)})
	p := filepath.Join(dir, "x.txt")
	loaded := LoadPaths([]string{"-", p, "-", filepath.Join(dir, ".", "x.txt")}, strings.NewReader(sample))
	if len(loaded.Reports) != 2 || len(loaded.Errors) != 0 {
		t.Fatalf("%d reports, errors %v; want stdin and x once each", len(loaded.Reports), loaded.Errors)
	}
	if got := loaded.Reports[0].ID + " " + loaded.Reports[1].ID; got != "stdin x" {
		t.Errorf("IDs %q, want stdin x", got)
	}
}
