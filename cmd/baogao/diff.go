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
	"errors"
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
	"baogao/model/i18n"
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
	d := newDiffFlags(stderr)
	if code, ok := parse(d.fs, args); !ok {
		return code
	}
	exporting, colour, handPairs, ok := d.check(stdout, stderr)
	if !ok {
		return 2
	}
	set := map[string]bool{}
	d.fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	sel := newSelector(splitArgs(d.fs.Args(), *d.in), stdin, stderr)
	app := !exporting && opensApp(isTerminal(stdout), set)
	wide := false
	if app {
		if wide, ok = settleAmbiguous(*d.ambiguous, stderr); !ok {
			return 2
		}
	}
	a, b, err := pickPair(sel)
	if err != nil {
		fmt.Fprintf(stderr, "baogao: %v\n", err)
		if errors.Is(err, errPairArgs) {
			return usageFailed(stderr, d.fs)
		}
		return 2
	}
	if app {
		if _, err := pins.Resolve(a, b, handPairs); err != nil {
			fmt.Fprintf(stderr, "baogao: --pair: %v\n", err)
			return 2
		}
		return diffApp(sel, a, b, wide, handPairs)
	}
	opt, err := handPins(a, b, handPairs, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "baogao: --pair: %v\n", err)
		return 2
	}
	c := compare.ReportsWith(a, b, opt)
	warnUnpinned(c, opt.Pins, stderr)
	switch {
	case exporting:
		return max(d.exp.diffExport(c, stdout, stderr), exitCode(sel.failed))
	case *d.asJSON:
		writeJSON(stdout, c)
		return exitCode(sel.failed)
	}
	lay := chooseLayout(stdout, *d.width, *d.unified, *d.sideBySide)
	lay.color, lay.years = colour, *d.years
	w := &diffWriter{layout: lay}
	w.comparison(c)
	io.WriteString(stdout, w.b.String())
	return exitCode(sel.failed)
}

// diffFlags are baogao diff's flags.
type diffFlags struct {
	fs                          *flag.FlagSet
	asJSON, unified, sideBySide *bool
	years                       *bool
	width                       *int
	in                          *multiFlag
	color, ambiguous            *string
	pairs                       multiFlag
	exp                         *exportFlags
}

func newDiffFlags(stderr io.Writer) *diffFlags {
	fs := newFlagSet("baogao diff", "[--json] [--unified|--side-by-side] [--width N] [--color=auto|always|never] [--years] [--pair A=B]... [PATH...] A B", stderr)
	d := &diffFlags{fs: fs, asJSON: jsonFlag(fs)}
	d.unified = fs.Bool("unified", false, i18n.T("flag.unified"))
	d.sideBySide = fs.Bool("side-by-side", false, i18n.T("flag.side_by_side"))
	d.width = fs.Int("width", 0, i18n.T("flag.width"))
	d.in = inFlag(fs)
	d.color = fs.String("color", "auto", i18n.T("flag.diff_color"))
	d.years = fs.Bool("years", false, i18n.T("flag.years"))
	fs.Var(&d.pairs, "pair", i18n.T("flag.pair"))
	d.ambiguous = ambiguousFlag(fs)
	d.exp = addExportFlags(fs, diffFormats)
	return d
}

// check says what the parsed flags ask for, or why they cannot be
// followed (said on stderr; ok false).
func (d *diffFlags) check(stdout, stderr io.Writer) (exporting, colour bool, handPairs []pins.Pair, ok bool) {
	if exporting, ok = d.exp.requested(stderr); !ok {
		return
	}
	var err error
	if handPairs, err = parsePairs(d.pairs); err != nil {
		fmt.Fprintf(stderr, "baogao: --pair: %v\n", err)
		return exporting, colour, nil, false
	}
	if colour, err = useColor(*d.color, stdout); err != nil {
		fmt.Fprintf(stderr, "baogao: %v\n", err)
		return exporting, colour, nil, false
	}
	if *d.color == "auto" && os.Getenv("TERM") == "dumb" {
		colour = false
	}
	var problem string
	switch {
	case exporting && (*d.asJSON || *d.unified || *d.sideBySide || *d.width != 0):
		problem = i18n.T("err.export_print")
	case *d.unified && *d.sideBySide:
		problem = i18n.T("err.unified_side")
	case *d.width < 0 || *d.width > 0 && *d.width < 20:
		problem = i18n.T("err.width")
	}
	if problem != "" {
		fmt.Fprintln(stderr, "baogao: "+problem)
		return exporting, colour, nil, false
	}
	return exporting, colour, handPairs, true
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

// diffApp opens the app comparing a and b, with the other loaded reports
// available to compare with.
func diffApp(sel *selector, a, b *model.Report, wide bool, pairs []pins.Pair) int {
	reports := sel.appReports()
	ia, ib := slices.Index(reports, a), slices.Index(reports, b)
	return runApp(reports, tuiOptions{problems: sel.problems, wide: wide, compare: true, compareA: ia, compareB: ib, pairs: pairs})
}

// layout is how the comparison is laid out.
type layout struct {
	width int
	side  bool // side by side
	color bool
	years bool // sentences that differ only by year bumps are shown
}

// chooseLayout applies the defaults: the terminal's width and colour when
// stdout is a terminal (colour unless NO_COLOR or TERM=dumb), side by side
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
		lay.color = os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb"
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
		w.hanging(0, i18n.T("diff.title"), ps)
	}
	if ps := compare.SignaturePieces(c); ps != nil {
		w.hanging(0, i18n.T("diff.signature"), ps)
	}
	w.parts(i18n.T("diff.summary", percent(s.Similarity), s.Same, s.Changed, s.Parallel, s.OnlyA, s.OnlyB,
		s.Unchanged, s.Edited, s.Added, s.Removed, s.Moved))
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
	rows := compare.RowsWith(p.Ops, w.years)
	if p.Status == compare.StatusSame && (!w.years || len(rows) == 0 || rows[0].Same > 0 && len(rows) == 1) {
		return
	}
	body := indent + 3
	for _, row := range rows {
		switch {
		case row.Same > 0:
			count := i18n.T("diff.unchanged", row.Same)
			if row.Years > 0 {
				count += i18n.T("diff.unchanged_years", row.Years)
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
func pairTitle(p *compare.Pair) string { return compare.Title(p, i18n.T("diff.preamble")) }

func pairStatus(p *compare.Pair) string {
	var s string
	switch p.Status {
	case compare.StatusOnlyA, compare.StatusOnlyB, compare.StatusSame:
		s = i18n.T("diff.status." + string(p.Status))
	default:
		s = i18n.T("diff.status."+string(p.Status)) + " " + strconv.Itoa(percent(p.Similarity)) + "%"
	}
	if p.Moved {
		s += i18n.T("diff.moved")
	}
	if p.Pinned {
		s += i18n.T("diff.pinned")
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
