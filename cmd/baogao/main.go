package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"baogao/model"
	"baogao/seeds"
	"baogao/ui/ambiguous"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

// command is one subcommand: its name, a one-line summary and its runner.
type command struct {
	name, summary string
	run           func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"list", "list the loaded reports", cmdList},
		{"outline", "print a report's section tree", cmdOutline},
		{"show", "print a report's text, or one section's", cmdShow},
		{"search", "find words in the reports", cmdSearch},
		{"diff", "compare two reports section by section", cmdDiff},
		{"check", "check reports for the mandated parts and what evaluators ask", cmdCheck},
		{"figures", "the key figures of a report, or of several side by side", cmdFigures},
		{"followup", "last year's plans followed into this year's report", cmdFollowup},
		{"timeline", "the reports by unit, a unit's years side by side", cmdTimeline},
	}
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run dispatches to a subcommand, or opens the reader. It returns the exit
// status: 0 fine, 1 nothing found (search), 2 bad usage or a failed input.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	// Messages echo names, flags and queries as given: clean them all.
	stderr = cleaned(stderr)
	if len(args) > 0 {
		for _, c := range commands() {
			if args[0] == c.name {
				return c.run(args[1:], stdin, stdout, stderr)
			}
		}
		if looksLikeCommand(args[0]) {
			fmt.Fprintf(stderr, "baogao: %s is neither a command nor a file (see 'baogao --help')\n", quote(args[0]))
			return 2
		}
	}
	fs := newFlagSet("baogao", "[--ambiguous=narrow|wide|auto] [PATH...]", stderr)
	showVersion := fs.Bool("version", false, "print the version and exit")
	ambiguousSetting := ambiguousFlag(fs)
	fs.Usage = func() { usage(fs, fs.Output()) }
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if *showVersion {
		fmt.Fprintln(stdout, "baogao", version)
		return 0
	}
	wide, ok := settleAmbiguous(*ambiguousSetting, stderr)
	if !ok {
		return 2
	}
	reports, problems, _ := load(fs.Args(), stdin, stderr)
	if len(reports) == 0 {
		fmt.Fprintln(stderr, "baogao: no report could be loaded")
		return 2
	}
	return runApp(reports, tuiOptions{problems: problems, wide: wide})
}

// looksLikeCommand reports whether a first argument that names no command
// was meant as one: a plain lower-case word that is no file or folder here.
func looksLikeCommand(arg string) bool {
	if arg == "" || strings.Trim(arg, "abcdefghijklmnopqrstuvwxyz") != "" {
		return false
	}
	_, err := os.Stat(arg)
	return err != nil
}

// ambiguousFlag defines --ambiguous on fs, defaulting to BAOGAO_AMBIGUOUS.
func ambiguousFlag(fs *flag.FlagSet) *string {
	return fs.String("ambiguous", envOr("BAOGAO_AMBIGUOUS", "narrow"),
		"width of East Asian ambiguous characters (“ ” … —): narrow, wide or auto (ask the terminal); env BAOGAO_AMBIGUOUS")
}

// settleAmbiguous checks an --ambiguous setting and decides the width of
// ambiguous characters. Call it before loading or printing anything: it
// may start the program again (see package ambiguous).
func settleAmbiguous(setting string, stderr io.Writer) (wide, ok bool) {
	switch setting {
	case ambiguous.Narrow, ambiguous.Wide, ambiguous.Auto:
		return ambiguous.Resolve(setting), true
	}
	fmt.Fprintf(stderr, "baogao: --ambiguous must be narrow, wide or auto, not %s\n", quote(setting))
	return false, false
}

func usage(fs *flag.FlagSet, w io.Writer) {
	fmt.Fprintf(w, "baogao reads and compares Chinese government annual reports.\n\n")
	fmt.Fprintf(w, "Usage:\n  baogao [flags] [PATH...]      open the reader on files and folders (default: the sample reports)\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "  baogao %-22s %s\n", c.name+" …", c.summary)
	}
	fmt.Fprintf(w, "\nRun 'baogao COMMAND --help' for a command's flags.\n\nFlags:\n")
	fs.PrintDefaults()
}

// newFlagSet returns a flag set that reports errors instead of exiting and
// prints a usage line naming its arguments. Its errors echo flags as given
// (flag provided but not defined: -NAME), so they are cleaned.
func newFlagSet(name, argsUsage string, stderr io.Writer) *flag.FlagSet {
	stderr = cleaned(stderr)
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: %s %s\n", name, argsUsage)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags that may come before or after positional arguments,
// as users type them (`baogao list seeds/ --json`). When it returns !ok the
// command should exit with code: 0 after --help, 2 after a bad flag.
func parse(fs *flag.FlagSet, args []string) (code int, ok bool) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return 0, false
			}
			hintDashName(fs, args)
			return 2, false
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if rest[0] == "--" {
			positional = append(positional, rest[1:]...)
			break
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
	fs.Parse(append([]string{"--"}, positional...))
	return 0, true
}

// hintDashName follows a flag error about an argument that cleaning
// changed (the flag package printed it stripped: "-"), most likely a file
// name that starts with - from a shell glob, with what it was and the way
// out.
func hintDashName(fs *flag.FlagSet, args []string) {
	for _, a := range args {
		if a == "--" {
			return
		}
		if strings.HasPrefix(a, "-") && model.Sanitize(a) != a {
			fmt.Fprintf(fs.Output(), "baogao: %s was read as a flag; put -- before file names that start with -\n", quote(a))
			return
		}
	}
}

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

// load loads paths, or the embedded seeds when there are none, and prints
// one line per file skipped, input that failed and warning. It returns the
// reports, the problems (the app lists them), and whether any input failed.
func load(paths []string, stdin io.Reader, stderr io.Writer) (reports []*model.Report, problems model.Problems, failed bool) {
	var loaded model.Loaded
	if len(paths) == 0 {
		loaded = model.LoadFS(seeds.FS, "seeds")
	} else {
		loaded = model.LoadPaths(paths, stdin)
	}
	printProblems(stderr, &loaded.Problems)
	return loaded.Reports, loaded.Problems, len(loaded.Errors) > 0
}

// printProblems prints one "baogao: " line per skipped file, failed input
// and warning.
func printProblems(stderr io.Writer, p *model.Problems) {
	for _, l := range append(p.Unloaded(), p.WarningLines()...) {
		fmt.Fprintf(stderr, "baogao: %s\n", l)
	}
}

// loadReports is load for subcommands: failed says whether any input failed.
func loadReports(paths []string, stdin io.Reader, stderr io.Writer) (reports []*model.Report, failed bool) {
	reports, _, failed = load(paths, stdin, stderr)
	return reports, failed
}

// multiFlag is a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }
