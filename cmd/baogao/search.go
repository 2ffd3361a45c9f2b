package main

// baogao search: find words, phrases or a regular expression in reports.
//
// With PATHs, files are searched one by one and only the files whose bytes
// may hold the query are parsed (search.Paths), so a folder of
// thousands of reports is searched at about the speed of reading it. With no
// PATH the embedded sample reports are searched.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"baogao/model"
	"baogao/model/i18n"
	"baogao/model/search"
)

// splitSearchArgs sorts search's arguments into query words and inputs:
// existing files and folders (and "-") are inputs, and so is a missing path
// with a separator (its load error says it is missing); every other
// argument is a query word, with a note on stderr for one that looks like a
// missing file (报告.txt), since the user may have meant a path. When no
// argument is left for the query, the first is the query all the same, so
// that a query never goes missing into a file of the same name. A regular
// expression is never taken for a path (a\.txt$).
func splitSearchArgs(args []string, regex bool, stderr io.Writer) (words, paths []string) {
	kinds := make([]pathKindT, len(args))
	for i, arg := range args {
		kinds[i] = pathKind(arg)
		switch {
		case arg == "-":
			kinds[i] = pathFile
		case kinds[i] == pathMissing && hasPathSeparator(arg) && !regex:
			kinds[i] = pathFile
		case kinds[i] == pathMissing && regex:
			kinds[i] = pathNone
		}
	}
	if !slices.ContainsFunc(kinds, func(k pathKindT) bool { return k == pathNone || k == pathMissing }) {
		kinds[0] = pathNone
	}
	for i, arg := range args {
		switch kinds[i] {
		case pathFile, pathFolder:
			paths = append(paths, arg)
			continue
		case pathMissing:
			fmt.Fprintln(stderr, "baogao: "+i18n.T("note.query_word", quote(arg)))
		}
		words = append(words, arg)
	}
	return words, paths
}

// snippetContext is how many characters of the paragraph a hit line shows
// on each side of the match.
const snippetContext = 24

// cmdSearch runs `baogao search`; args are the arguments after "search". It
// returns the exit code: 0 something matched, 1 nothing did, 2 an error (a
// bad query or flag, or an input that failed — after printing what matched).
func cmdSearch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("baogao search", "[--json] [--count] [--regex] QUERY... [PATH...]", stderr)
	asJSON := fs.Bool("json", false, i18n.T("flag.search_json"))
	count := fs.Bool("count", false, i18n.T("flag.count"))
	regex := fs.Bool("regex", false, i18n.T("flag.regex"))
	color := fs.String("color", "auto", i18n.T("flag.color"))
	in := inFlag(fs)
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "baogao: "+i18n.T("err.search_args"))
		return usageFailed(stderr, fs)
	}
	highlight, err := useColor(*color, stdout)
	if err != nil {
		fmt.Fprintf(stderr, "baogao: %v\n", err)
		return 2
	}
	words, paths := splitSearchArgs(fs.Args(), *regex, stderr)
	if *regex && len(words) > 1 {
		fmt.Fprintln(stderr, "baogao: "+i18n.T("err.regex_words", len(words)))
		return 2
	}
	q, err := search.ParseQuery(strings.Join(words, " "), *regex)
	if errors.Is(err, search.ErrEmptyQuery) {
		err = errors.New(i18n.T("err.empty_query"))
	}
	if err != nil {
		fmt.Fprintf(stderr, "baogao: %v\n", err)
		return 2
	}
	paths = append(append([]string(nil), *in...), paths...)

	files, failed := searchInputs(paths, stdin, stderr, q, *count)
	total := 0
	for _, f := range files {
		total += f.Count
	}
	switch {
	case *asJSON:
		writeSearchJSON(stdout, q, files, total)
	case *count:
		var b strings.Builder
		for _, f := range files {
			fmt.Fprintf(&b, "%s  %d\n", f.Report.ID, f.Count)
		}
		io.WriteString(stdout, b.String())
	default:
		writeHits(stdout, files, highlight)
	}
	switch {
	case failed:
		return 2
	case total == 0:
		return 1
	}
	return 0
}

// searchInputs searches the paths (streaming, with the byte prefilter) or,
// with none, the embedded seeds. It prints a line per skipped file, failed
// input and warning, as loadReports does, and says whether any failed.
func searchInputs(paths []string, stdin io.Reader, stderr io.Writer, q *search.Query, countOnly bool) ([]search.FileHits, bool) {
	if len(paths) == 0 && len(settings.Folders) > 0 {
		paths = settings.Folders
	}
	if len(paths) == 0 {
		reports, failed := loadReports(nil, stdin, stderr)
		var files []search.FileHits
		for _, rh := range search.Reports(q, reports...) {
			f := search.FileHits{Report: rh.Report, Hits: rh.Hits, Count: len(rh.Hits)}
			if countOnly {
				f.Hits = nil
			}
			files = append(files, f)
		}
		return files, failed
	}
	res := search.Paths(paths, stdin, q, countOnly)
	printProblems(stderr, &res.Problems)
	return res.Files, len(res.Errors) > 0
}

// useColor decides whether to highlight: --color=auto highlights on a
// terminal unless NO_COLOR is set (https://no-color.org).
func useColor(mode string, stdout io.Writer) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto":
		if os.Getenv("NO_COLOR") != "" {
			return false, nil
		}
		f, ok := stdout.(*os.File)
		if !ok {
			return false, nil
		}
		info, err := f.Stat()
		return err == nil && info.Mode()&os.ModeCharDevice != 0, nil
	}
	return false, fmt.Errorf("%s", i18n.T("err.color", quote(mode)))
}

// SGR sequences for highlighted output, in rg's colours: the report ID in
// magenta, the section path in green, the match in bold red.
const (
	sgrID    = "\x1b[35m"
	sgrPath  = "\x1b[32m"
	sgrMatch = "\x1b[1;31m"
	sgrReset = "\x1b[0m"
)

// writeHits prints one line per hit: ID, section path and snippet, two
// spaces apart. Snippets are loaded text, which loading has sanitized, so
// they hold no control characters.
func writeHits(w io.Writer, files []search.FileHits, highlight bool) {
	var b strings.Builder
	flush := func() {
		io.WriteString(w, b.String())
		b.Reset()
	}
	snip := search.Snippets{Context: snippetContext} // one pass per paragraph, however many hits
	for _, f := range files {
		for _, h := range f.Hits {
			before, match, after := snip.Of(h)
			path := orDash(h.Path())
			if highlight {
				fmt.Fprintf(&b, "%s%s%s  %s%s%s  %s%s%s%s%s\n", sgrID, f.Report.ID, sgrReset, sgrPath, path, sgrReset,
					before, sgrMatch, match, sgrReset, after)
			} else {
				fmt.Fprintf(&b, "%s  %s  %s%s%s\n", f.Report.ID, path, before, match, after)
			}
			if b.Len() >= 64<<10 {
				flush()
			}
		}
	}
	flush()
}

type searchOut struct {
	Query   string         `json:"query"`
	Total   int            `json:"total"`
	Reports []searchReport `json:"reports"`
}

type searchReport struct {
	ID    string      `json:"id"`
	Count int         `json:"count"`
	Hits  []searchHit `json:"hits,omitempty"`
}

type searchHit struct {
	Section string `json:"section"` // dotted index path; "" for the title and preamble
	Title   string `json:"title"`   // the section's title; "" for the title and preamble
	Start   int    `json:"start"`   // rune offsets in what `show ID SECTION` prints (SECTION - when "")
	End     int    `json:"end"`
	Snippet string `json:"snippet"`
}

// searchJSON is the value that writeSearchJSON writes.
func searchJSON(q *search.Query, files []search.FileHits, total int) searchOut {
	out := searchOut{Query: q.Text, Total: total, Reports: []searchReport{}}
	snip := search.Snippets{Context: snippetContext}
	for _, f := range files {
		sr := searchReport{ID: f.Report.ID, Count: f.Count}
		offsets := map[*model.Section]int{} // where the section's text starts in show's output
		for _, h := range f.Hits {
			sr.Hits = append(sr.Hits, toSearchHit(h, &snip, offsets))
		}
		out.Reports = append(out.Reports, sr)
	}
	return out
}

// toSearchHit is a hit as --json prints it; snip cuts the snippets of one
// file's hits in one pass per paragraph, and offsets keeps, per section of
// the file, where the section's text starts in show's output.
func toSearchHit(h search.Hit, snip *search.Snippets, offsets map[*model.Section]int) searchHit {
	before, match, after := snip.Of(h)
	off, ok := offsets[h.Section]
	if !ok {
		_, off = sectionOutput(h.Report, h.Section)
		offsets[h.Section] = off
	}
	hit := searchHit{Section: h.Path(), Start: off + h.Start, End: off + h.End, Snippet: before + match + after}
	if h.Section != nil {
		hit.Title = h.Section.Title
	}
	return hit
}

// writeSearchJSON writes searchJSON(q, files, total) as writeJSON would,
// byte for byte, but one hit at a time: a file with millions of hits is
// never held as one value or one buffer (TestSearchJSONStreamed).
func writeSearchJSON(w io.Writer, q *search.Query, files []search.FileHits, total int) {
	bw := bufio.NewWriterSize(w, 64<<10)
	defer bw.Flush()
	top, hits := newJSONValues(""), newJSONValues("        ")
	fmt.Fprintf(bw, "{\n  \"query\": %s,\n  \"total\": %d,\n  \"reports\": [", top.of(q.Text), total)
	snip := search.Snippets{Context: snippetContext}
	for i, f := range files {
		if i > 0 {
			bw.WriteByte(',')
		}
		fmt.Fprintf(bw, "\n    {\n      \"id\": %s,\n      \"count\": %d", top.of(f.Report.ID), f.Count)
		offsets := map[*model.Section]int{}
		if len(f.Hits) > 0 {
			bw.WriteString(",\n      \"hits\": [")
			for j, h := range f.Hits {
				if j > 0 {
					bw.WriteByte(',')
				}
				bw.WriteString("\n        ")
				bw.Write(hits.of(toSearchHit(h, &snip, offsets)))
			}
			bw.WriteString("\n      ]")
		}
		bw.WriteString("\n    }")
	}
	if len(files) > 0 {
		bw.WriteString("\n  ")
	}
	bw.WriteString("]\n}\n")
}

// jsonValues encodes values as writeJSON does (indented by two, HTML left
// alone, unprintable runes escaped), each line after the first behind a
// prefix.
type jsonValues struct {
	buf bytes.Buffer
	enc *json.Encoder
}

func newJSONValues(prefix string) *jsonValues {
	v := &jsonValues{}
	v.enc = json.NewEncoder(&v.buf)
	v.enc.SetEscapeHTML(false)
	v.enc.SetIndent(prefix, "  ")
	return v
}

// of returns v encoded, valid until the next call.
func (v *jsonValues) of(x any) []byte {
	v.buf.Reset()
	v.enc.Encode(x)
	return escapeUnprintable(bytes.TrimSuffix(v.buf.Bytes(), []byte("\n")))
}
