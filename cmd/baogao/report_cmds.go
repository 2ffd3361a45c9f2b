package main

import (
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"baogao/model"
	"baogao/model/fold"
	"baogao/model/i18n"
	"baogao/model/search"
)

// cmdList prints one line per loaded report, or per report the words
// match; the numbers are those of all the loaded reports, so that
// `baogao outline DIR 3` names what `baogao list DIR 2024` showed as 3.
func cmdList(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("baogao list", "[--json] [PATH...] [WORDS]", stderr)
	asJSON := jsonFlag(fs)
	in := inFlag(fs)
	if code, ok := parse(fs, args); !ok {
		return code
	}
	sel := newSelector(splitArgs(fs.Args(), *in), stdin, stderr)
	reports := sel.all()
	shown := make([]int, 0, len(reports))
	words := sel.args.words()
	for i, r := range reports {
		if len(words) == 0 || matchesAll(r, words) {
			shown = append(shown, i)
		}
	}
	if *asJSON {
		items := make([]listJSON, 0, len(shown))
		for _, i := range shown {
			r := reports[i]
			items = append(items, listJSON{metaOf(r), r.Chars(), r.SectionCount()})
		}
		writeJSON(stdout, items)
	} else if len(shown) > 0 {
		writeList(stdout, reports, shown)
	}
	if len(shown) == 0 && len(reports) > 0 {
		fmt.Fprintln(stderr, "baogao: "+i18n.T("err.list_no_match", quote(strings.Join(words, " ")), len(reports)))
		if !sel.failed {
			return 1
		}
	}
	return exitCode(sel.failed)
}

// reportJSON is the metadata every JSON shape starts with.
type reportJSON struct {
	ID        string     `json:"id"`
	Title     string     `json:"title"`
	Subtitle  string     `json:"subtitle,omitempty"`
	Dateline  string     `json:"dateline,omitempty"`
	Speaker   string     `json:"speaker,omitempty"`
	Unit      string     `json:"unit"`
	District  string     `json:"district"`
	City      string     `json:"city"`
	Year      int        `json:"year"`
	Kind      model.Kind `json:"kind"`
	Format    string     `json:"format"`
	File      string     `json:"file"`
	Published string     `json:"published"`
	Source    string     `json:"source"`
}

func metaOf(r *model.Report) reportJSON {
	return reportJSON{ID: r.ID, Title: r.Title, Subtitle: r.Subtitle, Dateline: r.Dateline, Speaker: r.Speaker,
		Unit: r.Unit, District: r.District, City: r.City, Year: r.Year, Kind: r.Kind,
		Format: r.Format, File: r.Source, Published: r.Published, Source: r.Outlet}
}

type listJSON struct {
	reportJSON
	Chars    int `json:"chars"`
	Sections int `json:"sections"`
}

// writeList prints the reports as aligned columns, measured in terminal
// cells so that Chinese district names line up.
func writeList(w io.Writer, reports []*model.Report, shown []int) {
	rows := [][]string{strings.Split(i18n.T("list.header"), "|")}
	for _, i := range shown {
		r := reports[i]
		year := "-"
		if r.Year != 0 {
			year = strconv.Itoa(r.Year)
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), r.ID, orDash(orElse(r.Unit, r.District)), year,
			strconv.Itoa(r.SectionCount()), strconv.Itoa(r.Chars()), orDash(r.Title)})
	}
	writeColumns(w, rows, map[int]bool{0: true, 4: true, 5: true})
}

func orElse(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// cmdOutline prints a report's section tree.
func cmdOutline(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("baogao outline", "[--json] [PATH...] [REPORT]", stderr)
	asJSON := jsonFlag(fs)
	in := inFlag(fs)
	if code, ok := parse(fs, args); !ok {
		return code
	}
	sel := newSelector(splitArgs(fs.Args(), *in), stdin, stderr)
	if len(sel.args.items) == 0 && len(*in) == 0 {
		fmt.Fprintln(stderr, "baogao: "+i18n.T("err.outline_args"))
		return usageFailed(stderr, fs)
	}
	r, err := sel.pick(sel.args.words())
	if err != nil {
		fmt.Fprintf(stderr, "baogao: %v\n", err)
		return 2
	}
	if *asJSON {
		writeJSON(stdout, outlineJSON{metaOf(r), sectionsJSON(r.Sections)})
	} else {
		writeOutline(stdout, r)
	}
	return exitCode(sel.failed)
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
			line += "  [" + topicName(s.Topic) + "]"
		}
		fmt.Fprintln(w, line)
	})
}

// cmdShow prints the cleaned text of a report or of one section.
func cmdShow(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("baogao show", "[--export "+showFormats+" -o FILE [--force]] [PATH...] [REPORT] [SECTION]", stderr)
	in := inFlag(fs)
	exp := addExportFlags(fs, showFormats)
	if code, ok := parse(fs, args); !ok {
		return code
	}
	exporting, ok := exp.requested(stderr)
	if !ok {
		return 2
	}
	sel := newSelector(splitArgs(fs.Args(), *in), stdin, stderr)
	if len(sel.args.items) == 0 && len(*in) == 0 {
		fmt.Fprintln(stderr, "baogao: "+i18n.T("err.show_args"))
		return usageFailed(stderr, fs)
	}
	r, section, err := pickShown(sel, sel.args.words())
	if err != nil {
		fmt.Fprintf(stderr, "baogao: %v\n", err)
		return 2
	}
	if exporting {
		return showExported(exp, r, section, sel.failed, stdout, stderr)
	}
	if section == "" {
		io.WriteString(stdout, r.Text())
		return exitCode(sel.failed)
	}
	parts, err := findSections(r, section)
	if err != nil {
		fmt.Fprintf(stderr, "baogao: %v\n", err)
		return 2
	}
	for i, s := range parts {
		if i > 0 {
			io.WriteString(stdout, "\n")
		}
		text, _ := sectionOutput(r, s)
		io.WriteString(stdout, text)
	}
	return exitCode(sel.failed)
}

// pickShown resolves show's words: REPORT, which may be several words
// (历下 2024), and SECTION, the last word when it looks like one or names a
// mandated part (不足, 安排). When the words name no report but all of them
// but the last do, the last is a SECTION that report lacks, and that is the
// error (show R 50000).
func pickShown(sel *selector, words []string) (r *model.Report, section string, err error) {
	if len(words) == 0 {
		r, err = sel.pick(nil)
		return r, "", err
	}
	last := words[len(words)-1]
	if looksLikeSection(last) || topicOfWord(last) != model.TopicNone {
		r, err = sel.pick(words[:len(words)-1])
		return r, last, err
	}
	r, err = sel.pick(words)
	if err != nil {
		if r, err2 := sel.pick(words[:len(words)-1]); err2 == nil {
			return r, last, nil // a section named by words of its title, or none
		}
	}
	return r, "", err
}

// sectionOutput is what `show REPORT SECTION` prints for s: the path of
// headings down to it, a blank line and its text; for nil (SECTION -), the
// title and preamble as they start the report's text. offset is where
// search.SectionText(r, s) starts in it, in runes: search --json adds it to
// hit offsets, so they index exactly what show prints.
func sectionOutput(r *model.Report, s *model.Section) (text string, offset int) {
	if s == nil {
		return search.SectionText(r, nil), 0
	}
	path := s.HeadingPath()
	if len(path) <= 1 {
		return s.Text(), 0 // the heading starts the text: say it once
	}
	head := strings.Join(path[:len(path)-1], " › ") + " ›\n"
	return head + s.Text(), utf8.RuneCountInString(head)
}

func noSection(r *model.Report, section string) error {
	return fmt.Errorf("%s", i18n.T("err.no_section", r.ID, quote(section)))
}

// sectionSpec matches what a SECTION argument looks like: a dotted path of
// small numbers (2.3), or labels separated by / (二/三, 二/（三）/1), or one
// Chinese numeral label (三), or - (the title and preamble, as search
// prints them). A year (2024) is a REPORT word, not a path.
var sectionSpec = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:-|\d{1,2}(?:\.\d{1,3})*|[^/\s]+(?:/[^/\s]+)+|[（(]?[一二三四五六七八九十]{1,3}[)）、]?)$`)
})

func looksLikeSection(arg string) bool { return sectionSpec().MatchString(arg) }

// findSection resolves a dotted index path ("2.3"), a label path ("二/三",
// "二/（三）") or "-": the title and preamble, given as a nil section.
func findSection(r *model.Report, spec string) (*model.Section, error) {
	if spec == "-" {
		if search.SectionText(r, nil) == "" {
			return nil, fmt.Errorf("%s", i18n.T("err.no_preamble", r.ID))
		}
		return nil, nil
	}
	if s := r.FindPath(spec); s != nil {
		return s, nil
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
			return nil, noSection(r, spec)
		}
		level = found.Children
	}
	return found, nil
}

// resolveReport picks one of reports by index, ID or words. A spec that
// names several is an error that lists them, never a guess: an index that
// is another report's ID, or words that match several.
func resolveReport(spec string, reports []*model.Report) (*model.Report, error) {
	var byIndex, byID *model.Report
	if n, err := strconv.Atoi(spec); err == nil && n >= 1 && n <= len(reports) && len(spec) < 4 {
		byIndex = reports[n-1]
	}
	for _, r := range reports {
		if r.ID == spec {
			byID = r
		}
	}
	switch {
	case byIndex != nil && byID != nil && byIndex != byID:
		return nil, fmt.Errorf("%s", i18n.T("err.index_or_id", quote(spec), byIndex.ID, spec, byID.ID))
	case byID != nil:
		return byID, nil
	case byIndex != nil:
		return byIndex, nil
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
		return nil, fmt.Errorf("%s", i18n.T("err.no_match", quote(spec)))
	}
	names := make([]string, len(matches))
	for i, r := range matches {
		names[i] = r.ID
	}
	return nil, fmt.Errorf("%s", i18n.T("err.several_match", quote(spec), len(matches), strings.Join(names, ", ")))
}

// matchesAll reports whether every word occurs in the report's ID,
// district, city, year or title, compared on folded text as search does
// (歷下 and ２０２４ match 历下 2024).
func matchesAll(r *model.Report, words []string) bool {
	hay := fold.String(strings.Join([]string{r.ID, r.District, r.City, strconv.Itoa(r.Year), r.Title}, "\n"))
	for _, w := range words {
		if !strings.Contains(hay, fold.String(w)) {
			return false
		}
	}
	return true
}
