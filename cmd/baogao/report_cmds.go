package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"

	"baogao/model"
)

// cmdList prints one line per loaded report.
func cmdList(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("baogao list", "[--json] [PATH...]", stderr)
	asJSON := fs.Bool("json", false, "print JSON for scripts")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	reports, failed := loadReports(fs.Args(), stdin, stderr)
	if *asJSON {
		items := make([]listJSON, 0, len(reports))
		for _, r := range reports {
			items = append(items, listJSON{metaOf(r), r.Chars(), r.SectionCount()})
		}
		writeJSON(stdout, items)
	} else if len(reports) > 0 {
		writeList(stdout, reports)
	}
	return exitCode(failed)
}

// reportJSON is the metadata every JSON shape starts with.
type reportJSON struct {
	ID       string     `json:"id"`
	Title    string     `json:"title"`
	District string     `json:"district"`
	City     string     `json:"city"`
	Year     int        `json:"year"`
	Kind     model.Kind `json:"kind"`
}

func metaOf(r *model.Report) reportJSON {
	return reportJSON{r.ID, r.Title, r.District, r.City, r.Year, r.Kind}
}

type listJSON struct {
	reportJSON
	Chars    int `json:"chars"`
	Sections int `json:"sections"`
}

// writeList prints the reports as aligned columns, measured in terminal
// cells so that Chinese district names line up.
func writeList(w io.Writer, reports []*model.Report) {
	rows := [][]string{{"#", "ID", "DISTRICT", "YEAR", "SECTIONS", "CHARS", "TITLE"}}
	for i, r := range reports {
		year := "-"
		if r.Year != 0 {
			year = strconv.Itoa(r.Year)
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), r.ID, orDash(r.District), year,
			strconv.Itoa(r.SectionCount()), strconv.Itoa(r.Chars()), orDash(r.Title)})
	}
	writeColumns(w, rows, map[int]bool{0: true, 4: true, 5: true})
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// cmdOutline prints a report's section tree.
func cmdOutline(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("baogao outline", "[--json] [--in PATH]... REPORT\n\nREPORT is an index from 'baogao list', an ID, a file, or words (历下 2024).", stderr)
	asJSON := fs.Bool("json", false, "print JSON for scripts")
	var in multiFlag
	fs.Var(&in, "in", "load reports from this file or folder instead of the samples (repeatable)")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	r, failed, err := pickReport(strings.Join(fs.Args(), " "), in, stdin, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "baogao: %v\n", err)
		return 2
	}
	if *asJSON {
		writeJSON(stdout, outlineJSON{metaOf(r), sectionsJSON(r.Sections)})
	} else {
		writeOutline(stdout, r)
	}
	return exitCode(failed)
}

type outlineJSON struct {
	reportJSON
	Sections []sectionJSON `json:"sections"`
}

type sectionJSON struct {
	Level    int           `json:"level"`
	Label    string        `json:"label"`
	Marker   string        `json:"marker"`
	Title    string        `json:"title"`
	Topic    model.Topic   `json:"topic"`
	Children []sectionJSON `json:"children"`
}

func sectionsJSON(ss []*model.Section) []sectionJSON {
	out := make([]sectionJSON, 0, len(ss))
	for _, s := range ss {
		out = append(out, sectionJSON{s.Level, s.Label, s.Marker, s.Title, s.Topic, sectionsJSON(s.Children)})
	}
	return out
}

// writeOutline prints the tree: dotted path, heading indented by depth, and
// the mandated topic of each top-level part.
func writeOutline(w io.Writer, r *model.Report) {
	fmt.Fprintf(w, "%s  %s\n", r.ID, orDash(r.Title))
	pathWidth := 0
	r.Walk(func(s *model.Section) { pathWidth = max(pathWidth, len(s.Path)) })
	r.Walk(func(s *model.Section) {
		depth := strings.Count(s.Path, ".")
		line := fmt.Sprintf("%-*s  %s%s", pathWidth, s.Path, strings.Repeat("  ", depth), s.Heading())
		if s.Topic != model.TopicNone {
			line += "  [" + string(s.Topic) + "]"
		}
		fmt.Fprintln(w, line)
	})
}

// cmdShow prints the cleaned text of a report or of one section.
func cmdShow(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("baogao show", "[--in PATH]... REPORT [SECTION]\n\nSECTION is a dotted index path (2.3) or a label path (二/三).", stderr)
	var in multiFlag
	fs.Var(&in, "in", "load reports from this file or folder instead of the samples (repeatable)")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	// REPORT may be several words (历下 2024); SECTION, when given, is the
	// last argument and looks like one.
	words, section := fs.Args(), ""
	if last := words[len(words)-1]; len(words) > 1 && looksLikeSection(last) {
		words, section = words[:len(words)-1], last
	}
	r, failed, err := pickReport(strings.Join(words, " "), in, stdin, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "baogao: %v\n", err)
		return 2
	}
	if section == "" {
		io.WriteString(stdout, r.Text())
		return exitCode(failed)
	}
	s := findSection(r, section)
	if s == nil {
		fmt.Fprintf(stderr, "baogao: %s has no section %q (see 'baogao outline %s')\n", r.ID, section, r.ID)
		return 2
	}
	fmt.Fprintf(stdout, "%s\n\n%s", strings.Join(s.HeadingPath(), " › "), s.Text())
	return exitCode(failed)
}

// sectionSpec matches what a SECTION argument looks like: a dotted path of
// small numbers (2.3), or labels separated by / (二/三, 二/（三）/1), or one
// Chinese numeral label (三). A year (2024) is a REPORT word, not a path.
var sectionSpec = regexp.MustCompile(`^(?:\d{1,2}(?:\.\d{1,3})*|[^/\s]+(?:/[^/\s]+)+|[（(]?[一二三四五六七八九十]{1,3}[)）、]?)$`)

func looksLikeSection(arg string) bool { return sectionSpec.MatchString(arg) }

// findSection resolves a dotted index path ("2.3") or a label path ("二/三",
// "二/（三）").
func findSection(r *model.Report, spec string) *model.Section {
	if s := r.FindPath(spec); s != nil {
		return s
	}
	var found *model.Section
	level := r.Sections
	for _, part := range strings.Split(spec, "/") {
		label := strings.Trim(strings.TrimSpace(part), "()（）、.．")
		found = nil
		for _, s := range level {
			if s.Label == label || s.Title == part {
				found = s
				break
			}
		}
		if found == nil {
			return nil
		}
		level = found.Children
	}
	return found
}

// pickReport finds the report a REPORT argument names: a path to a file, an
// index from `list`, an ID, or words that match one report's district,
// city, year or title.
func pickReport(spec string, in []string, stdin io.Reader, stderr io.Writer) (*model.Report, bool, error) {
	if isFile(spec) {
		reports, failed := loadReports([]string{spec}, stdin, stderr)
		if len(reports) == 0 {
			return nil, failed, fmt.Errorf("%s could not be loaded", spec)
		}
		return reports[0], failed, nil
	}
	reports, failed := loadReports(in, stdin, stderr)
	r, err := resolveReport(spec, reports)
	return r, failed, err
}

// isFile reports whether a REPORT argument names a file (or "-", stdin)
// rather than an index, an ID or words.
func isFile(spec string) bool {
	if spec == "-" {
		return true
	}
	info, err := os.Stat(spec)
	return err == nil && !info.IsDir()
}

// resolveReport picks one of reports by index, ID or words.
func resolveReport(spec string, reports []*model.Report) (*model.Report, error) {
	if n, err := strconv.Atoi(spec); err == nil && n >= 1 && n <= len(reports) && len(spec) < 4 {
		return reports[n-1], nil
	}
	for _, r := range reports {
		if r.ID == spec {
			return r, nil
		}
	}
	var matches []*model.Report
	words := strings.Fields(spec)
	for _, r := range reports {
		if len(words) > 0 && matchesAll(r, words) {
			matches = append(matches, r)
		}
	}
	switch len(matches) {
	case 1:
		return matches[0], nil
	case 0:
		return nil, fmt.Errorf("no report matches %q (see 'baogao list')", spec)
	}
	names := make([]string, len(matches))
	for i, r := range matches {
		names[i] = r.ID
	}
	return nil, fmt.Errorf("%q matches %d reports: %s", spec, len(matches), strings.Join(names, ", "))
}

// matchesAll reports whether every word occurs in the report's ID,
// district, city, year or title, compared on folded text as search does
// (歷下 and ２０２４ match 历下 2024).
func matchesAll(r *model.Report, words []string) bool {
	hay := model.Fold(strings.Join([]string{r.ID, r.District, r.City, strconv.Itoa(r.Year), r.Title}, "\n"))
	for _, w := range words {
		if !strings.Contains(hay, model.Fold(w)) {
			return false
		}
	}
	return true
}

func writeJSON(w io.Writer, v any) {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

func exitCode(failed bool) int {
	if failed {
		return 2
	}
	return 0
}
