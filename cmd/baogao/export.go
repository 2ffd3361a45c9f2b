package main

// --export for diff and show: the comparison (or the report) written as a
// file for people who do not use a terminal (package model/export), to -o
// FILE or, with -o -, to standard output. An existing file is refused
// unless --force, and an input is never written, --force or not.

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"baogao/model"
	"baogao/model/compare"
	"baogao/model/export"
	"baogao/model/figures"
	"baogao/model/i18n"
	"baogao/seeds"
)

// exportFlags are the flags of an export.
type exportFlags struct {
	format, out  *string
	force, full  *bool
	formatsUsage string
}

func addExportFlags(fs *flag.FlagSet, formats string) *exportFlags {
	return &exportFlags{
		format:       fs.String("export", "", i18n.T("flag.export", formats)),
		out:          fs.String("o", "", i18n.T("flag.o")),
		force:        fs.Bool("force", false, i18n.T("flag.force")),
		full:         fs.Bool("full", false, i18n.T("flag.full")),
		formatsUsage: formats,
	}
}

// The export formats of diff and of show, with what each is.
const (
	diffFormats = "html|docx|docx-table|md|csv|xlsx"
	showFormats = "html|docx|md"
)

// requested reports whether an export was asked for, and checks its flags.
func (e *exportFlags) requested(stderr io.Writer) (asked, ok bool) {
	if *e.format == "" {
		if *e.out != "" || *e.force || *e.full {
			fmt.Fprintln(stderr, "baogao: "+i18n.T("export.flags_alone"))
			return false, false
		}
		return false, true
	}
	if !slices.Contains(strings.Split(e.formatsUsage, "|"), *e.format) {
		fmt.Fprintln(stderr, "baogao: "+i18n.T("export.bad_format", e.formatsUsage, quote(*e.format)))
		return true, false
	}
	if *e.out == "" {
		fmt.Fprintln(stderr, "baogao: "+i18n.T("export.needs_o"))
		return true, false
	}
	return true, true
}

// exportOptions are the Doc options of the reports' export.
func exportOptions(full bool, a, b *model.Report) export.Options {
	opt := export.Options{Version: version, Full: full, HashA: fileHash(a), Date: sourceDate()}
	if b != nil {
		opt.HashB = fileHash(b)
	}
	return opt
}

// fileHash is the SHA-256 of the file a report was loaded from, or "" when
// it cannot be read again (standard input): the export then hashes the text.
func fileHash(r *model.Report) string {
	var f io.ReadCloser
	var err error
	if rest, ok := strings.CutPrefix(r.Source, "seeds/"); ok {
		f, err = seeds.FS.Open(rest)
	} else if r.Source != "-" {
		f, err = os.Open(r.Source)
	} else {
		return ""
	}
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}

// writeExport renders with write and puts it at e.out: standard output for
// "-"; else a new file, or with --force one overwritten, never one of the
// inputs. It returns the exit status.
func (e *exportFlags) writeExport(stdout, stderr io.Writer, d *export.Doc, inputs []*model.Report, write func(io.Writer) error) int {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		fmt.Fprintf(stderr, "baogao: export: %v\n", err)
		return 2
	}
	path := *e.out
	if path == "-" && (strings.HasPrefix(*e.format, "docx") || *e.format == "xlsx") && isTerminal(stdout) {
		fmt.Fprintln(stderr, "baogao: "+i18n.T("export.docx_terminal"))
		return 2
	}
	if path == "-" {
		if _, err := stdout.Write(buf.Bytes()); err != nil {
			fmt.Fprintf(stderr, "baogao: standard output: %v\n", err)
			return 2
		}
		return 0
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		path = filepath.Join(path, export.FileName(d, *e.format)) // a folder: a name made from the reports
	}
	if err := checkNotInput(path, inputs); err != nil {
		fmt.Fprintf(stderr, "baogao: %v\n", err)
		return 2
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if *e.force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if errors.Is(err, fs.ErrExist) {
		fmt.Fprintln(stderr, "baogao: "+i18n.T("export.exists", quote(path)))
		return 2
	}
	if err == nil {
		_, err = f.Write(buf.Bytes())
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, "baogao: "+i18n.T("export.cannot_write", quote(path), unwrapPath(err)))
		return 2
	}
	fmt.Fprintln(stderr, "baogao: "+i18n.T("export.wrote", quote(path)))
	return 0
}

// unwrapPath is an error without the path os already put in it.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// checkNotInput refuses a path that is one of the inputs' files (by name
// or, when both exist, as the same file through a link).
func checkNotInput(path string, inputs []*model.Report) error {
	abs, _ := filepath.Abs(path)
	out, statErr := os.Stat(path)
	for _, r := range inputs {
		if r == nil || r.Source == "-" || strings.HasPrefix(r.Source, "seeds/") && !isFile(r.Source) {
			continue
		}
		src, _ := filepath.Abs(r.Source)
		same := src == abs
		if in, err := os.Stat(r.Source); !same && err == nil && statErr == nil {
			same = os.SameFile(in, out)
		}
		if same {
			return fmt.Errorf("%s", i18n.T("export.is_input", quote(path), r.ID))
		}
	}
	return nil
}

// diffExport writes the comparison of a and b in the format asked for.
func (e *exportFlags) diffExport(c *compare.Comparison, stdout, stderr io.Writer) int {
	opt := exportOptions(*e.full, c.A, c.B)
	opt.NoFigures = *e.format == "docx" // the tracked text has no table to put them in
	d := export.Build(c, opt)
	write := map[string]func(io.Writer) error{
		"html":       func(w io.Writer) error { return export.WriteHTML(w, d) },
		"docx":       func(w io.Writer) error { return export.WriteDocx(w, d) },
		"docx-table": func(w io.Writer) error { return export.WriteDocxTable(w, d) },
		"md":         func(w io.Writer) error { return export.WriteMarkdown(w, d) },
		"csv":        func(w io.Writer) error { return export.WriteFiguresCSV(w, figuresTable(d)) },
		"xlsx":       func(w io.Writer) error { return export.WriteFiguresXLSX(w, figuresTable(d), d.Date) },
	}[*e.format]
	return e.writeExport(stdout, stderr, d, []*model.Report{c.A, c.B}, write)
}

// showExport writes one report, or one of its sections (nil: the whole
// report; preambleOnly: its title and preamble, SECTION -).
func (e *exportFlags) showExport(r *model.Report, s *model.Section, preambleOnly bool, stdout, stderr io.Writer) int {
	shown := r
	if preambleOnly {
		cp := *r
		cp.Sections, cp.Signature = nil, nil
		shown = &cp
	}
	d := export.BuildReport(shown, s, exportOptions(true, r, nil))
	write := map[string]func(io.Writer) error{
		"html": func(w io.Writer) error { return export.WriteHTML(w, d) },
		"docx": func(w io.Writer) error { return export.WriteDocx(w, d) },
		"md":   func(w io.Writer) error { return export.WriteMarkdown(w, d) },
	}[*e.format]
	return e.writeExport(stdout, stderr, d, []*model.Report{r}, write)
}

// showExported is show --export: the section spec resolved, then the export.
func showExported(e *exportFlags, r *model.Report, section string, failed bool, stdout, stderr io.Writer) int {
	var s *model.Section
	if section != "" {
		var err error
		if s, err = findSection(r, section); err != nil {
			fmt.Fprintf(stderr, "baogao: %v\n", err)
			return 2
		}
	}
	return max(e.showExport(r, s, section == "-", stdout, stderr), exitCode(failed))
}

// figuresTable is the figures table of an export, nil when it has none.
func figuresTable(d *export.Doc) *figures.Table {
	if d.Figures == nil {
		return nil
	}
	return d.Figures.Table
}

// sourceDate is the export's date from SOURCE_DATE_EPOCH (seconds since
// 1970, the reproducible-builds convention), so the same inputs can give
// the same bytes; zero, meaning now, when it is unset or not a number.
func sourceDate() time.Time {
	secs, err := strconv.ParseInt(os.Getenv("SOURCE_DATE_EPOCH"), 10, 64)
	if err != nil || secs < 0 {
		return time.Time{}
	}
	return time.Unix(secs, 0).UTC()
}
