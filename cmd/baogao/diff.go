package main

// baogao diff: two reports compared section by section (model.Compare),
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
// Unified output puts everything in one column; side by side puts A on the
// left and B on the right, each column wrapped by terminal cells with
// Chinese line-breaking rules (ui/text's wrapper). Side by side is the
// default on a terminal at least sideBySideFrom columns wide.

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/term"

	"baogao/model"
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
	fs := newFlagSet("baogao diff", "[--json] [--unified|--side-by-side] [--width N] [--in PATH]... A B\n\n"+
		"A and B are reports as for 'baogao outline': an index from 'baogao list', an ID, a file, or words (quoted: \"历下 2024\").", stderr)
	asJSON := fs.Bool("json", false, "print JSON for scripts")
	unified := fs.Bool("unified", false, "one column (the default below 120 columns and when not a terminal)")
	sideBySide := fs.Bool("side-by-side", false, "A on the left, B on the right")
	width := fs.Int("width", 0, "output width in columns (default: the terminal's, or 80)")
	var in multiFlag
	fs.Var(&in, "in", "load reports from this file or folder instead of the samples (repeatable)")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() != 2 {
		fs.Usage()
		return 2
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
	c := model.Compare(a, b)
	if *asJSON {
		writeJSON(stdout, c)
		return exitCode(failed)
	}
	lay := chooseLayout(stdout, *width, *unified, *sideBySide)
	w := &diffWriter{layout: lay}
	w.comparison(c)
	io.WriteString(stdout, w.b.String())
	return exitCode(failed)
}

// pickTwo resolves A and B as pickReport does, loading the --in reports
// (or the samples) at most once for both.
func pickTwo(specA, specB string, in []string, stdin io.Reader, stderr io.Writer) (a, b *model.Report, failed bool, err error) {
	var (
		reports []*model.Report
		loaded  bool
	)
	pick := func(spec string) (*model.Report, error) {
		if info, err := os.Stat(spec); err == nil && !info.IsDir() || spec == "-" {
			r, f, err := pickReport(spec, in, stdin, stderr)
			failed = failed || f
			return r, err
		}
		if !loaded {
			var f bool
			reports, f = loadReports(in, stdin, stderr)
			failed, loaded = failed || f, true
		}
		return resolveReport(spec, reports)
	}
	if a, err = pick(specA); err != nil {
		return nil, nil, failed, err
	}
	b, err = pick(specB)
	return a, b, failed, err
}

// layout is how the comparison is laid out.
type layout struct {
	width int
	side  bool // side by side
	color bool
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

// style is how a piece of text is shown.
type style byte

const (
	plain style = iota
	deleted
	inserted
	shared // a phrase a parallel pair shares
	faint  // counts of unchanged sentences
	strong // pair headers
)

// sgr is the colour of each style on a terminal.
var sgr = map[style]string{deleted: "\x1b[31m", inserted: "\x1b[32m", shared: "\x1b[4m", faint: "\x1b[2m", strong: "\x1b[1m"}

// piece is a run of text in one style.
type piece struct {
	text  string
	style style
}

// diffWriter renders a comparison into b.
type diffWriter struct {
	layout
	b strings.Builder
}

func (w *diffWriter) comparison(c *model.Comparison) {
	s := c.Summary
	w.para(0, []piece{{"A: " + c.A.ID + "  " + orDash(c.A.Title), plain}})
	w.para(0, []piece{{"B: " + c.B.ID + "  " + orDash(c.B.Title), plain}})
	w.para(0, []piece{{fmt.Sprintf("%d%% similar · sections: %d same, %d changed, %d parallel, %d only in A, %d only in B · sentences: %d same, %d changed, %d added, %d removed, %d moved",
		percent(s.Similarity), s.Same, s.Changed, s.Parallel, s.OnlyA, s.OnlyB, s.Unchanged, s.Edited, s.Added, s.Removed, s.Moved), plain}})
	for i := range c.Pairs {
		w.pair(&c.Pairs[i])
	}
}

// percent rounds down, so that only what is wholly the same shows 100%.
func percent(f float64) int { return int(f * 100) }

// pair writes a pair's header and, unless it is the same, its sentences.
func (w *diffWriter) pair(p *model.Pair) {
	w.b.WriteByte('\n')
	indent := 2 * p.Depth
	mark := "== "
	if p.Depth > 0 {
		mark = "-- "
	}
	w.hanging(indent, mark, []piece{{pairTitle(p) + "  [" + pairStatus(p) + "]", strong}})
	if p.Status == model.StatusSame {
		return
	}
	body := indent + 3
	for _, row := range rowsOf(p.Ops) {
		switch {
		case row.same > 0:
			w.para(body, []piece{{fmt.Sprintf("… %d unchanged", row.same), faint}})
		case w.side:
			w.columns(body, row.left, row.right)
		default:
			if len(row.unified) > 0 {
				w.para(body, row.unified)
				continue
			}
			if len(row.left) > 0 {
				w.para(body, row.left)
			}
			if len(row.right) > 0 {
				w.para(body, row.right)
			}
		}
	}
}

// pairTitle is "A's heading ↔ B's heading", or one heading when they are
// equal after folding.
func pairTitle(p *model.Pair) string {
	ha, hb := headingOrPreamble(p.A), headingOrPreamble(p.B)
	switch {
	case p.B == nil:
		return ha
	case p.A == nil:
		return hb
	case model.Fold(ha) == model.Fold(hb):
		return ha
	}
	return ha + " ↔ " + hb
}

func headingOrPreamble(s *model.Section) string {
	switch {
	case s == nil:
		return ""
	case s.Path == "":
		return "(preamble)"
	case s.Heading() == "":
		return s.Path
	}
	return s.Heading()
}

func pairStatus(p *model.Pair) string {
	var s string
	switch p.Status {
	case model.StatusOnlyA:
		s = "only in A"
	case model.StatusOnlyB:
		s = "only in B"
	case model.StatusSame:
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

// row is what one step of a pair shows: a count of unchanged sentences, a
// changed sentence (unified: one line with both edits; side by side: A's
// text left, B's right), or a run of removed and added sentences.
type row struct {
	same        int
	left, right []piece
	unified     []piece
}

// rowsOf groups a pair's operations into rows: consecutive unchanged
// sentences into a count, consecutive removed and added sentences into one
// row with A's on the left and B's on the right.
func rowsOf(ops []model.Op) []row {
	var rows []row
	var cur *row // the open run of removals and additions
	for _, op := range ops {
		switch op.Kind {
		case model.OpSame:
			cur = nil
			if n := len(rows); n > 0 && rows[n-1].same > 0 {
				rows[n-1].same++
			} else {
				rows = append(rows, row{same: 1})
			}
		case model.OpChange:
			cur = nil
			var r row
			for _, s := range op.Spans {
				a, b := op.A[s.A0:s.A1], op.B[s.B0:s.B1]
				if s.Kind == model.OpSame {
					r.left = append(r.left, piece{a, plain})
					r.right = append(r.right, piece{b, plain})
					r.unified = append(r.unified, piece{a, plain})
					continue
				}
				if a != "" {
					r.left = append(r.left, piece{a, deleted})
					r.unified = append(r.unified, piece{a, deleted})
				}
				if b != "" {
					r.right = append(r.right, piece{b, inserted})
					r.unified = append(r.unified, piece{b, inserted})
				}
			}
			rows = append(rows, r)
		case model.OpDel, model.OpAdd:
			if cur == nil {
				rows = append(rows, row{})
				cur = &rows[len(rows)-1]
			}
			if op.Kind == model.OpDel {
				cur.left = append(cur.left, sentencePieces(op.A, op.Shared, deleted)...)
			} else {
				cur.right = append(cur.right, sentencePieces(op.B, op.Shared, inserted)...)
			}
		}
	}
	return rows
}

// sentencePieces is a removed or added sentence, its shared phrases
// underlined.
func sentencePieces(s string, sharedRanges []model.Range, st style) []piece {
	var out []piece
	at := 0
	for _, r := range sharedRanges {
		if r.Start > at {
			out = append(out, piece{s[at:r.Start], st})
		}
		out = append(out, piece{s[r.Start:r.End], st | shared<<4})
		at = r.End
	}
	if at < len(s) {
		out = append(out, piece{s[at:], st})
	}
	return out
}

// plainPieces turns styled pieces into text for an output without colour:
// removed text in [-…-], added in {+…+}, neighbours of one style merged
// first so that a run of removed sentences is one mark.
func plainPieces(ps []piece) string {
	var b strings.Builder
	for i := 0; i < len(ps); {
		st := ps[i].style & 0x0f
		j := i
		var run strings.Builder
		for ; j < len(ps) && ps[j].style&0x0f == st; j++ {
			run.WriteString(ps[j].text)
		}
		switch st {
		case deleted:
			b.WriteString("[-" + run.String() + "-]")
		case inserted:
			b.WriteString("{+" + run.String() + "+}")
		default:
			b.WriteString(run.String())
		}
		i = j
	}
	return b.String()
}

// wrapPieces wraps styled text to width cells and returns the lines, each
// with its width, rendered with colour when w.color.
func (w *diffWriter) wrapPieces(ps []piece, width int) (lines []string, widths []int) {
	if !w.color {
		for _, l := range diffMeasure.Wrap(plainPieces(ps), width, 0) {
			lines, widths = append(lines, l.Text), append(widths, l.Width)
		}
		return lines, widths
	}
	var all strings.Builder
	for _, p := range ps {
		all.WriteString(p.text)
	}
	s := all.String()
	styleAt := make([]style, len(s)+1)
	at := 0
	for _, p := range ps {
		for k := range len(p.text) {
			styleAt[at+k] = p.style
		}
		at += len(p.text)
	}
	from := 0
	for _, l := range diffMeasure.Wrap(s, width, 0) {
		start := strings.Index(s[from:], l.Text)
		if start < 0 { // cannot happen: wrapped lines are pieces of s
			lines, widths = append(lines, l.Text), append(widths, l.Width)
			continue
		}
		start += from
		end := start + len(l.Text)
		lines, widths = append(lines, colorize(s[start:end], styleAt[start:end])), append(widths, l.Width)
		from = end
	}
	return lines, widths
}

// colorize writes text with an SGR sequence wherever the style changes.
func colorize(s string, styles []style) string {
	var b strings.Builder
	cur := plain
	for i := 0; i < len(s); i++ {
		if st := styles[i]; st != cur {
			if cur != plain {
				b.WriteString("\x1b[m")
			}
			if st != plain {
				b.WriteString(sgr[st&0x0f])
				if st>>4 != 0 {
					b.WriteString(sgr[st>>4])
				}
			}
			cur = st
		}
		b.WriteByte(s[i])
	}
	if cur != plain {
		b.WriteString("\x1b[m")
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
	rw := avail - lw
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
