package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"baogao/model/i18n"
	"baogao/ui/text"
)

// cmdHelp runs `baogao help [COMMAND]`: the overview, or a command's help,
// on stdout.
func cmdHelp(args []string, stdout, stderr io.Writer) int {
	switch {
	case len(args) == 0:
		writeMainHelp(stdout)
		return 0
	case len(args) > 1:
		fmt.Fprintln(stderr, "baogao: "+i18n.T("err.help_args"))
		return 2
	case args[0] == "help":
		writeMainHelp(stdout)
		return 0
	}
	c, ok := findCommand(args[0])
	if !ok {
		fmt.Fprintln(stderr, "baogao: "+unknownCommand(args[0]))
		return 2
	}
	saved := helpOut
	helpOut = stdout
	defer func() { helpOut = saved }()
	return c.run([]string{"--help"}, nil, stdout, stderr)
}

func findCommand(name string) (command, bool) {
	for _, c := range commands() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// writeMainHelp prints the overview: what baogao does, the commands, the
// reader's flags, examples and where the settings are.
func writeMainHelp(w io.Writer) {
	var cmds strings.Builder
	names := []string{"help"}
	for _, c := range commands() {
		names = append(names, c.name)
	}
	width := 0
	for _, n := range names {
		width = max(width, len(n))
	}
	for _, c := range commands() {
		fmt.Fprintf(&cmds, "  %-*s  %s\n", width, c.name, i18n.T(c.summary))
	}
	fmt.Fprintf(&cmds, "  %-*s  %s\n", width, "help", i18n.T("cmd.help"))
	fs := newFlagSet("baogao", "", io.Discard)
	ambiguousFlag(fs)
	fs.Bool("version", false, i18n.T("flag.version"))
	fs.String("lang", "", i18n.T("flag.lang"))
	io.WriteString(w, i18n.T("help.main", cmds.String(), flagList(fs), configHint()))
}

// writeCommandHelp prints a command's help: its catalog text with the
// flags filled in, or a usage line and the flags for a command whose help
// the catalog lacks.
func writeCommandHelp(w io.Writer, fs *flag.FlagSet) {
	key := "help." + strings.TrimSpace(strings.TrimPrefix(fs.Name(), "baogao"))
	if i18n.Has(key) {
		io.WriteString(w, i18n.T(key, flagList(fs)))
		return
	}
	fmt.Fprintf(w, "%s: %s %s\n\n%s", i18n.T("help.usage"), fs.Name(), argsUsage[fs.Name()], flagList(fs))
}

// writeUsageLine prints, after an error, a command's usage line and where
// its help is.
func writeUsageLine(w io.Writer, fs *flag.FlagSet) {
	name := strings.TrimSpace(strings.TrimPrefix(fs.Name(), "baogao"))
	line := fs.Name() + " " + argsUsage[fs.Name()]
	if key := "usage." + name; i18n.Has(key) {
		line = i18n.T(key)
	}
	helpCmd := "baogao help"
	if name != "" {
		helpCmd += " " + name
	}
	fmt.Fprintln(w, i18n.T("help.usage_line", strings.TrimSpace(line), helpCmd))
}

// flagList lists a flag set's flags, one a line: "  --width N  usage
// (default 80)", the usages aligned.
func flagList(fs *flag.FlagSet) string {
	type row struct{ name, usage string }
	var rows []row
	width := 0
	fs.VisitAll(func(f *flag.Flag) {
		arg, usage := flag.UnquoteUsage(f)
		if a, ok := flagArgs[f.Name]; ok {
			arg = a
		}
		name := "--" + f.Name
		if arg != "" {
			name += " " + arg
		}
		if isBool(f) {
			name = "--" + f.Name
		} else if d := f.DefValue; d != "" && d != "0" && d != "[]" {
			usage += i18n.T("help.default", d)
		}
		width = max(width, len(name))
		rows = append(rows, row{name, usage})
	})
	var b strings.Builder
	indent := 2 + width + 2
	for _, r := range rows {
		lines := diffMeasure.WrapKeep(r.usage, max(helpWidth-indent, 30), 0, asciiWords(r.usage))
		for i, l := range lines {
			if i == 0 {
				fmt.Fprintf(&b, "  %-*s  %s\n", width, r.name, l.Text)
			} else {
				fmt.Fprintf(&b, "%s%s\n", strings.Repeat(" ", indent), l.Text)
			}
		}
	}
	return b.String()
}

// asciiWords are the runs of ASCII that are not spaces: the wrapper breaks
// Chinese anywhere kinsoku allows, but an English word, a flag or a JSON
// key stays whole.
func asciiWords(s string) []text.Range {
	var keep []text.Range
	start := -1
	for i := 0; i <= len(s); i++ {
		inWord := i < len(s) && s[i] < 0x80 && s[i] != ' '
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			keep = append(keep, text.Range{Start: start, End: i})
			start = -1
		}
	}
	return keep
}

// helpWidth is the width help is wrapped to: what any terminal shows.
const helpWidth = 80

// flagArgs name the values of flags in the help.
var flagArgs = map[string]string{"ambiguous": "MODE", "lang": "LANG", "color": "WHEN", "width": "N", "in": "PATH", "export": "FORMAT", "o": "FILE"}

func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// looksLikeCommand reports whether a first argument that names no command
// was meant as one: a plain word of Latin letters that is no file or folder
// here.
func looksLikeCommand(arg string) bool {
	if arg == "" || strings.Trim(strings.ToLower(arg), "abcdefghijklmnopqrstuvwxyz-") != "" || strings.HasPrefix(arg, "-") {
		return false
	}
	_, err := os.Stat(arg)
	return err != nil
}

// unknownCommand says that name is no command, with the nearest command
// when one is near enough to be a typing slip.
func unknownCommand(name string) string {
	names := []string{"help"}
	for _, c := range commands() {
		names = append(names, c.name)
	}
	if near := nearest(strings.ToLower(name), names); near != "" {
		return i18n.T("err.unknown_command_near", quote(name), quote(near))
	}
	return i18n.T("err.unknown_command", quote(name))
}

// nearest is the name closest to s by edit distance, if it is at most a
// third of the name's length away (at least 1), or names start with s.
func nearest(s string, names []string) string {
	best, bestD := "", 0
	for _, n := range names {
		d := editDistance(s, n)
		if strings.HasPrefix(n, s) && len(s) >= 2 {
			d = min(d, 1)
		}
		if d <= max(1, len(n)/3) && (best == "" || d < bestD) {
			best, bestD = n, d
		}
	}
	return best
}

// editDistance is the Damerau–Levenshtein distance (optimal string
// alignment) between two short ASCII words: a swap of neighbours is one slip.
func editDistance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = slices.Min([]int{d[i-1][j] + 1, d[i][j-1] + 1, d[i-1][j-1] + cost})
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}
