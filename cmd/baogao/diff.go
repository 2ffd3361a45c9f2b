package main

// baogao diff: two reports compared section by section (compare.Reports),
// printed for a terminal or a pipe.
//
// The output starts with the two reports and a summary line, then one
// header per section pair in reading order (A's order; sub-pairs indented
// under their parent): both headings, the status and the similarity. Under
// a pair that is not the same come its sentences: changed ones in full with
// the edit marked inside, removed and added ones whole, runs of unchanged
// ones as a count. Without colour the marks are git's word-diff marks,
// [-removed-] and {+added+}, so a change is visible in a pipe, a log or
// under NO_COLOR; on a terminal they are red and green instead, and shared
// phrases of a parallel pair are underlined.
//
// On a terminal, without --json, --unified, --side-by-side or --width,
// baogao diff opens the app in compare mode on A and B instead, with the
// other loaded reports available to compare with.
//
// Unified output puts everything in one column; side by side puts A on the
// left and B on the right, each column wrapped by terminal cells with
// Chinese line-breaking rules (ui/text's wrapper). Side by side is the
// default on a terminal at least sideBySideFrom columns wide.

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/term"

	"baogao/model"
	"baogao/model/compare"
	"baogao/model/pins"
	"baogao/ui/diffrows"
	"baogao/ui/text"
)

// sideBySideFrom is the narrowest terminal that gets side by side by
// default: two columns of 58 cells hold about 29 Chinese characters each,
// as few as reads comfortably.
const sideBySideFrom = 120

// defaultWidth is the width when the output is not a terminal and no
// --width is given.
const defaultWidth = 80

// diffMeasure wraps text with the same cell measure as cellWidth.
var diffMeasure = text.NewMeasure(false)

// cmdDiff prints the aligned comparison of two reports.
func cmdDiff(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("baogao diff", "[--json] [--unified|--side-by-side] [--width N] [--color=auto|always|never] [--years] [--pair A=B]... [--export FORMAT -o FILE [--force] [--full]] [--ambiguous=narrow|wide|auto] [--in PATH]... A B\n\n"+
		"On a terminal without --json, --unified, --side-by-side or --width, the app opens comparing A and B.\n"+
		"A and B are reports as for 'baogao outline': an index from 'baogao list', an ID, a file, or words (quoted: \"历下 2024\").", stderr)
	asJSON := fs.Bool("json", false, "print JSON for scripts")
	unified := fs.Bool("unified", false, "one column (the default below 120 columns and when not a terminal)")
	sideBySide := fs.Bool("side-by-side", false, "A on the left, B on the right")
	width := fs.Int("width", 0, "output width in columns (default: the terminal's, or 80)")
	color := fs.String("color", "auto", "mark changes in colour: auto (on a terminal, unless NO_COLOR is set), always or never")
	years := fs.Bool("years", false, "show the sentences that differ only by years moved on by the reports' year difference")
	var in, pairFlags multiFlag
	fs.Var(&in, "in", "load reports from this file or folder instead of the samples (repeatable)")
	fs.Var(&pairFlags, "pair", "pair A's section with B's by hand, paths as outline prints them: 2.4=1.3, or 2.4=- to unpair (repeatable)")
	ambiguousSetting := ambiguousFlag(fs)
	exp := addExportFlags(fs, diffFormats, diffNotes)
	if code, ok := parse(fs, args); !ok {
		return code
	}
	exporting, ok := exp.requested(stderr)
	if !ok {
		return 2
	}
	if fs.NArg() != 2 {
		fmt.Fprintf(stderr, "baogao: diff takes two reports, A and B (got %d); quote a report named by words: baogao diff '历下 2024' '周村 2023'\n", fs.NArg())
		return 2
	}
	handPairs, err := parsePairs(pairFlags)
	if err != nil {
		fmt.Fprintf(stderr, "baogao: --pair: %v\n", err)
		return 2
	}
	colour, err := useColor(*color, stdout)
	if *color == "auto" && os.Getenv("TERM") == "dumb" {
		colour = false
	}
	if err != nil {
		fmt.Fprintf(stderr, "baogao: %v\n", err)
		return 2
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if exporting && (*asJSON || *unified || *sideBySide || *width != 0) {
		fmt.Fprintln(stderr, "baogao: --export writes a file; --json, --unified, --side-by-side and --width are for printing")
		return 2
	}
	if !exporting && opensApp(isTerminal(stdout), set) {
		wide, ok := settleAmbiguous(*ambiguousSetting, stderr)
		if !ok {
			return 2
		}
		return diffApp(fs.Arg(0), fs.Arg(1), in, stdin, stderr, wide, handPairs)
	}
	if *unified && *sideBySide {
		fmt.Fprintln(stderr, "baogao: --unified and --side-by-side exclude each other")
		return 2
	}
	if *width < 0 || *width > 0 && *width < 20 {
		fmt.Fprintln(stderr, "baogao: --width must be at least 20")
		return 2
	}
	a, b, failed, err := pickTwo(fs.Arg(0), fs.Arg(1), in, stdin, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "baogao: %v\n", err)
		return 2
	}
	opt, err := handPins(a, b, handPairs, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "baogao: --pair: %v\n", err)
		return 2
	}
	c := compare.ReportsWith(a, b, opt)
	warnUnpinned(c, opt.Pins, stderr)
	if exporting {
		return max(exp.diffExport(c, stdout, stderr), exitCode(failed))
	}
	if *asJSON {
		writeJSON(stdout, c)
		return exitCode(failed)
	}
	lay := chooseLayout(stdout, *width, *unified, *sideBySide)
	lay.color = colour
	lay.years = *years
	w := &diffWriter{layout: lay}
	w.comparison(c)
	io.WriteString(stdout, w.b.String())
	return exitCode(failed)
}

// opensApp decides whether baogao diff opens the app: only on a terminal,
// and only when no flag asks for printed output.
func opensApp(terminal bool, set map[string]bool) bool {
	return terminal && !set["json"] && !set["unified"] && !set["side-by-side"] && !set["width"] && !set["color"] && !set["years"]
}

// isTerminal reports whether w is a terminal that can run the app.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd()) && os.Getenv("TERM") != "dumb"
}

// diffApp loads the reports (--in, or the samples), resolves A and B among
// them (a file path is loaded and added) and opens the app comparing them.
func diffApp(specA, specB string, in []string, stdin io.Reader, stderr io.Writer, wide bool, pairs []pins.Pair) int {
	// Two files and no --in: the app holds just those two, not the samples
	// beside them.
	var reports []*model.Report
	var problems model.Problems
	if len(in) > 0 || !isFile(specA) || !isFile(specB) {
		reports, problems, _ = load(in, stdin, stderr)
	}
	find := func(spec string) (int, error) {
		if isFile(spec) {
			r, _, err := pickReport(spec, nil, stdin, stderr)
			if err != nil {
				return -1, err
			}
			reports = append(reports, r)
			return len(reports) - 1, nil
		}
		r, err := resolveReport(spec, reports)
		if err != nil {
			return -1, err
		}
		return slices.Index(reports, r), nil
	}
	ia, err := find(specA)
	if err != nil {
		fmt.Fprintf(stderr, "baogao: %v\n", err)
		return 2
	}
	ib, err := find(specB)
	if err != nil {
		fmt.Fprintf(stderr, "baogao: %v\n", err)
		return 2
	}
	if _, err := pins.Resolve(reports[ia], reports[ib], pairs); err != nil {
		fmt.Fprintf(stderr, "baogao: --pair: %v\n", err)
		return 2
	}
	return runApp(reports, tuiOptions{problems: problems, wide: wide, compare: true, compareA: ia, compareB: ib, pairs: pairs})
}

// pickTwo resolves A and B as pickReport does, loading the --in reports
// (or the samples) at most once for both.
func pickTwo(specA, specB string, in []string, stdin io.Reader, stderr io.Writer) (a, b *model.Report, failed bool, err error) {
	p := &picker{in: in, stdin: stdin, stderr: stderr}
	if a, err = p.pick(specA); err != nil {
		return nil, nil, p.failed, err
	}
	b, err = p.pick(specB)
	return a, b, p.failed, err
}

// layout is how the comparison is laid out.
type layout struct {
	width int
	side  bool // side by side
	color bool
	years bool // sentences that differ only by year bumps are shown
}

// chooseLayout applies the defaults: the terminal's width when stdout is
// a terminal (colour is --color's, see useColor), side by side
// from sideBySideFrom columns unless a flag says otherwise.
func chooseLayout(stdout io.Writer, width int, unified, sideBySide bool) layout {
	lay := layout{width: width}
	isTerm := false
	if f, ok := stdout.(*os.File); ok && term.IsTerminal(f.Fd()) {
		isTerm = true
		if lay.width == 0 {
			if w, _, err := term.GetSize(f.Fd()); err == nil && w > 0 {
				lay.width = w
			}
		}
	}
	if lay.width == 0 {
		lay.width = defaultWidth
	}
	switch {
	case sideBySide:
		lay.side = true
	case unified:
	default:
		lay.side = (isTerm || width > 0) && lay.width >= sideBySideFrom
	}
	return lay
}

// sgr is the escape sequence of each kind of text on a terminal; a shared
// phrase of a parallel pair is underlined on top of its kind.
var sgr = map[compare.Style]string{compare.Deleted: "\x1b[31m", compare.Inserted: "\x1b[32m",
	compare.Faint: "\x1b[2m", compare.Strong: "\x1b[1m", compare.Shared: "\x1b[4m"}

// piece is a run of text in one style.
type piece = compare.Piece

// one is text in one style.
func one(s string, st compare.Style) []piece { return []piece{{Text: s, Style: st}} }

// diffWriter renders a comparison into b.
type diffWriter struct {
	layout
	b strings.Builder
}

func (w *diffWriter) comparison(c *compare.Comparison) {
	s := c.Summary
	w.para(0, one("A: "+c.A.ID+"  "+orDash(c.A.Title), compare.Plain))
	w.para(0, one("B: "+c.B.ID+"  "+orDash(c.B.Title), compare.Plain))
	if ps := compare.TitlePieces(c); ps != nil {
		w.hanging(0, "title: ", ps)
	}
	if ps := compare.SignaturePieces(c); ps != nil {
		w.hanging(0, "signature: ", ps)
	}
	w.parts(fmt.Sprintf("%d%% similar · sections: %d same, %d changed, %d parallel, %d only in A, %d only in B · sentences: %d same, %d changed, %d added, %d removed, %d moved",
		percent(s.Similarity), s.Same, s.Changed, s.Parallel, s.OnlyA, s.OnlyB, s.Unchanged, s.Edited, s.Added, s.Removed, s.Moved))
	for i := range c.Pairs {
		w.pair(&c.Pairs[i])
	}
}

// parts writes a line of parts separated by " · " or ", " wrapped to the
// width, breaking only between parts ("1 added" stays whole).
func (w *diffWriter) parts(s string) {
	var keep []text.Range
	start := 0
	for i := 0; i <= len(s); {
		sep := 0
		switch {
		case i == len(s):
		case strings.HasPrefix(s[i:], " · "):
			sep = len(" · ")
		case strings.HasPrefix(s[i:], ", "):
			sep = len(", ")
		default:
			i++
			continue
		}
		keep = append(keep, text.Range{Start: start, End: i + sep - 1}) // the separator stays with its part
		i += max(sep, 1)
		start = i
	}
	for _, l := range diffMeasure.WrapKeep(s, w.width, 0, keep) {
		w.b.WriteString(l.Text + "\n")
	}
}

// percent rounds down, so that only what is wholly the same shows 100%.
func percent(f float64) int { return compare.Percent(f) }

// pair writes a pair's header and, unless it is the same, its sentences.
func (w *diffWriter) pair(p *compare.Pair) {
	w.b.WriteByte('\n')
	indent := 2 * p.Depth
	mark := "== "
	if p.Depth > 0 {
		mark = "-- "
	}
	w.hanging(indent, mark, one(pairTitle(p)+"  ["+pairStatus(p)+"]", compare.Strong))
	if p.Status == compare.StatusSame {
		return
	}
	body := indent + 3
	for _, row := range compare.RowsWith(p.Ops, w.years) {
		switch {
		case row.Same > 0:
			count := fmt.Sprintf("… %d unchanged", row.Same)
			if row.Years > 0 {
				count += fmt.Sprintf(" (%d only by their years, --years shows them)", row.Years)
			}
			w.para(body, one(count, compare.Faint))
		case w.side:
			w.columns(body, row.Left, row.Right)
		default:
			if len(row.Unified) > 0 {
				w.para(body, row.Unified)
				continue
			}
			if len(row.Left) > 0 {
				w.para(body, row.Left)
			}
			if len(row.Right) > 0 {
				w.para(body, row.Right)
			}
		}
	}
}

// pairTitle is "A's heading ↔ B's heading", or one heading when they are
// equal after folding.
func pairTitle(p *compare.Pair) string { return compare.Title(p, "(preamble)") }

func pairStatus(p *compare.Pair) string {
	var s string
	switch p.Status {
	case compare.StatusOnlyA:
		s = "only in A"
	case compare.StatusOnlyB:
		s = "only in B"
	case compare.StatusSame:
		s = "same"
	default:
		s = string(p.Status) + " " + strconv.Itoa(percent(p.Similarity)) + "%"
	}
	if p.Moved {
		s += ", moved"
	}
	if p.Pinned {
		s += ", pinned"
	}
	return s
}

// wrapPieces wraps styled text to width cells and returns the lines, each
// with its width: marked with [-…-]{+…+} without colour, coloured with it.
func (w *diffWriter) wrapPieces(ps []piece, width int) (lines []string, widths []int) {
	for _, l := range diffrows.Wrap(diffMeasure, ps, width, !w.color) {
		s := l.Text()
		if w.color {
			s = colorize(l.Segs)
		}
		lines, widths = append(lines, s), append(widths, l.Width)
	}
	return lines, widths
}

// colorize writes styled runs with an SGR sequence wherever the style
// changes.
func colorize(segs []diffrows.Seg) string {
	var b strings.Builder
	for _, sg := range segs {
		k := sg.Style.Kind()
		if k == compare.Plain && sg.Style&compare.Shared == 0 {
			b.WriteString(sg.Text)
			continue
		}
		b.WriteString(sgr[k])
		if sg.Style&compare.Shared != 0 {
			b.WriteString(sgr[compare.Shared])
		}
		b.WriteString(sg.Text + "\x1b[m")
	}
	return b.String()
}

// para writes styled text wrapped to the width, every line indented.
func (w *diffWriter) para(indent int, ps []piece) { w.hanging(indent, "", ps) }

// hanging writes lead and then styled text wrapped to the width, every
// line indented, the lines after the first by the width of lead as well.
func (w *diffWriter) hanging(indent int, lead string, ps []piece) {
	if (indent+len(lead))*3 > w.width {
		indent, lead = 0, ""
	}
	pad := strings.Repeat(" ", indent)
	first, rest := pad+lead, pad+strings.Repeat(" ", len(lead))
	lines, _ := w.wrapPieces(ps, w.width-len(first))
	for i, l := range lines {
		if i == 0 {
			w.b.WriteString(first + l + "\n")
		} else {
			w.b.WriteString(rest + l + "\n")
		}
	}
}

// columns writes A's pieces on the left and B's on the right, each column
// wrapped to its width and padded by cells.
func (w *diffWriter) columns(indent int, left, right []piece) {
	if indent*3 > w.width {
		indent = 0
	}
	const sep = " | "
	avail := w.width - indent - len(sep)
	lw := avail / 2
	rw := lw // the same width both sides: shared text wraps the same
	var ll, rl []string
	var lwidths []int
	if len(left) > 0 {
		ll, lwidths = w.wrapPieces(left, lw)
	}
	if len(right) > 0 {
		rl, _ = w.wrapPieces(right, rw)
	}
	pad := strings.Repeat(" ", indent)
	for i := range max(len(ll), len(rl)) {
		l, lwidth := "", 0
		if i < len(ll) {
			l, lwidth = ll[i], lwidths[i]
		}
		line := pad + l + strings.Repeat(" ", max(0, lw-lwidth)) + sep
		if i < len(rl) {
			line += rl[i]
		}
		w.b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
}
