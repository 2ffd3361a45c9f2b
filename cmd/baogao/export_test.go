package main

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportCLI: every format is written to a file and to stdout, an
// existing file is refused without --force, an input is never written,
// an unwritable path is one clear line.
func TestExportCLI(t *testing.T) {
	// The two runs below must give the same bytes: without a fixed date
	// they would differ whenever a second boundary fell between them.
	t.Setenv("SOURCE_DATE_EPOCH", "1767322800")
	dir := t.TempDir()
	a, b := "jinan-lixia-2024", "jining-jingkai-2024"
	for _, f := range []string{"html", "docx", "docx-table", "md", "csv", "xlsx"} {
		path := filepath.Join(dir, "out-"+f)
		if _, errOut, code := runCLI(t, "", "diff", a, b, "--export", f, "-o", path); code != 0 {
			t.Fatalf("%s: exit %d: %s", f, code, errOut)
		}
		data, err := os.ReadFile(path)
		if err != nil || len(data) == 0 {
			t.Fatalf("%s: nothing written: %v", f, err)
		}
		if strings.HasPrefix(f, "docx") || f == "xlsx" {
			if _, err := zip.NewReader(bytes.NewReader(data), int64(len(data))); err != nil {
				t.Fatalf("%s: not a zip: %v", f, err)
			}
		}
		out, _, code := runCLI(t, "", "diff", a, b, "--export", f, "-o", "-")
		if code != 0 || out != string(data) {
			t.Fatalf("%s: -o - gives %d bytes (exit %d), the file %d", f, len(out), code, len(data))
		}
	}
	existing := filepath.Join(dir, "out-html")
	if _, errOut, code := runCLI(t, "", "diff", a, b, "--export", "md", "-o", existing); code != 2 || !strings.Contains(errOut, "--force") {
		t.Fatalf("an existing file: exit %d, %q", code, errOut)
	}
	if _, errOut, code := runCLI(t, "", "diff", a, b, "--export", "md", "-o", existing, "--force"); code != 0 {
		t.Fatalf("--force: exit %d, %q", code, errOut)
	}
	if data, _ := os.ReadFile(existing); !bytes.HasPrefix(data, []byte("# ")) {
		t.Fatal("--force did not overwrite")
	}
	if _, errOut, code := runCLI(t, "", "diff", a, b, "--export", "md", "-o", filepath.Join(dir, "no", "such", "x.md")); code != 2 ||
		!strings.Contains(errOut, "cannot write") || strings.Count(errOut, "\n") != 1 {
		t.Fatalf("an unwritable path: exit %d, %q", code, errOut)
	}
}

// TestExportIntoFolder: -o FOLDER writes a file named after the reports in it.
func TestExportIntoFolder(t *testing.T) {
	dir := t.TempDir()
	if _, errOut, code := runCLI(t, "", "diff", "jinan-lixia-2024", "jining-jingkai-2024", "--export", "docx-table", "-o", dir); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "历下区2024-济宁经济开发区2024-对照表.docx")); err != nil {
		t.Fatal(err)
	}
}

func TestExportNeverWritesAnInput(t *testing.T) {
	dir := t.TempDir()
	seed, err := os.ReadFile(filepath.Join("..", "..", "seeds", "jinan-lixia-2024.txt"))
	if err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(dir, "a.txt")
	os.WriteFile(in, seed, 0o644)
	link := filepath.Join(dir, "link.txt")
	if err := os.Symlink(in, link); err != nil {
		t.Skip(err)
	}
	for _, out := range []string{in, link} {
		_, errOut, code := runCLI(t, "", "diff", in, "jining-jingkai-2024", "--export", "html", "-o", out, "--force")
		if code != 2 || !strings.Contains(errOut, "is an input") {
			t.Fatalf("-o %s: exit %d, %q", out, code, errOut)
		}
		_, errOut, code = runCLI(t, "", "show", in, "--export", "md", "-o", out, "--force")
		if code != 2 || !strings.Contains(errOut, "is an input") {
			t.Fatalf("show -o %s: exit %d, %q", out, code, errOut)
		}
	}
	if data, _ := os.ReadFile(in); !bytes.Equal(data, seed) {
		t.Fatal("the input changed")
	}
}

func TestExportShow(t *testing.T) {
	out, errOut, code := runCLI(t, "", "show", "jinan-lixia-2024", "2.3", "--export", "md", "-o", "-")
	if code != 0 || !strings.HasPrefix(out, "# 济南市历下区2024年度法治政府建设报告") || !strings.Contains(out, "## （三）优化服务") {
		t.Fatalf("exit %d, %q\n%.300s", code, errOut, out)
	}
	if strings.Contains(out, "（四）刚性约束") {
		t.Fatal("show 2.3 exports more than the section")
	}
	for _, bad := range [][]string{
		{"show", "jinan-lixia-2024", "--export", "docx-table", "-o", "-"},
		{"show", "jinan-lixia-2024", "--export", "html"},
		{"show", "jinan-lixia-2024", "-o", "x.html"},
		{"diff", "jinan-lixia-2024", "jining-jingkai-2024", "--export", "pdf", "-o", "-"},
		{"diff", "jinan-lixia-2024", "jining-jingkai-2024", "--export", "md", "--json", "-o", "-"},
	} {
		if _, errOut, code := runCLI(t, "", bad...); code != 2 || strings.Count(errOut, "\n") != 1 {
			t.Fatalf("%q: exit %d, %q", bad, code, errOut)
		}
	}
}

// TestExportNotReloaded checks that an HTML 对照表 written into a folder of
// reports is skipped when the folder is read again, as `e` in the app
// writes into the working directory.
func TestExportNotReloaded(t *testing.T) {
	dir := seedDir(t)
	before, _, _ := runCLI(t, "", "list", "--json", dir)
	out := filepath.Join(dir, "对照.html")
	if _, errOut, code := runCLI(t, "", "diff", "jinan-lixia-2020", "jinan-lixia-2024", "--export", "html", "-o", out); code != 0 {
		t.Fatalf("export: exit %d: %s", code, errOut)
	}
	after, errOut, code := runCLI(t, "", "list", "--json", dir)
	if code != 0 || after != before || !strings.Contains(errOut, "对照.html: skipped (a baogao export, not a report)") {
		t.Errorf("list after the export: exit %d, stderr %q, same list %v", code, errOut, after == before)
	}
	if _, errOut, _ := runCLI(t, "", "search", "--count", "法治", dir); !strings.Contains(errOut, "skipped (a baogao export") {
		t.Errorf("search after the export: stderr %q", errOut)
	}
}
