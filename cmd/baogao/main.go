package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"baogao/model"
	"baogao/model/i18n"
	"baogao/seeds"
)

// command is one subcommand: its name, a one-line summary (a catalog key,
// or plain text) and its runner.
type command struct {
	name, summary string
	run           func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"list", "cmd.list", cmdList},
		{"outline", "cmd.outline", cmdOutline},
		{"show", "cmd.show", cmdShow},
		{"search", "cmd.search", cmdSearch},
		{"diff", "cmd.diff", cmdDiff},
		{"index", "cmd.index", cmdIndex},
		{"check", "cmd.check", cmdCheck},
		{"figures", "cmd.figures", cmdFigures},
		{"followup", "cmd.followup", cmdFollowup},
		{"timeline", "cmd.timeline", cmdTimeline},
	}
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// helpOut is where help goes: run's stdout, so that `baogao list --help |
// less` works.
var helpOut io.Writer = os.Stdout

// run dispatches to a subcommand, or opens the reader. It returns the exit
// status: 0 fine, 1 nothing found (search), 2 bad usage or a failed input.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	// Messages echo names, flags and queries as given: clean them all.
	stderr = cleaned(stderr)
	helpOut = stdout
	args, ok := setUp(args, stderr)
	if !ok {
		return 2
	}
	if len(args) > 0 {
		switch args[0] {
		case "help":
			return cmdHelp(args[1:], stdout, stderr)
		case "-h", "-help", "--help":
			writeMainHelp(stdout)
			return 0
		case "-version", "--version":
			fmt.Fprintln(stdout, versionLine())
			return 0
		}
		if c, ok := findCommand(args[0]); ok {
			return c.run(args[1:], stdin, stdout, stderr)
		}
		if looksLikeCommand(args[0]) {
			fmt.Fprintln(stderr, "baogao: "+unknownCommand(args[0]))
			return 2
		}
	}
	return cmdRead(args, stdin, stderr)
}

// cmdRead opens the reader on the reports the arguments name.
func cmdRead(args []string, stdin io.Reader, stderr io.Writer) int {
	fs := newFlagSet("baogao", "[--ambiguous=narrow|wide|auto] [PATH...]", stderr)
	ambiguousSetting := ambiguousFlag(fs)
	if code, ok := parse(fs, args); !ok {
		return code
	}
	wide, ok := settleAmbiguous(*ambiguousSetting, stderr)
	if !ok {
		return 2
	}
	if paths := fs.Args(); len(paths) > 0 || len(settings.Folders) > 0 {
		if len(paths) == 0 {
			paths = settings.Folders
		}
		return readPaths(paths, stdin, stderr, wide)
	}
	reports, problems, _ := load(nil, stdin, stderr)
	if len(reports) == 0 {
		fmt.Fprintln(stderr, "baogao: "+i18n.T("err.nothing_loaded"))
		return 2
	}
	return runApp(reports, tuiOptions{problems: problems, wide: wide})
}

// load loads paths, or with none the config's folders, or else the
// embedded seeds, and prints one line per file skipped, input that failed
// and warning. It returns the reports, the problems (the app lists them),
// and whether any input failed.
func load(paths []string, stdin io.Reader, stderr io.Writer) (reports []*model.Report, problems model.Problems, failed bool) {
	var loaded model.Loaded
	switch {
	case len(paths) > 0:
		loaded = model.LoadPaths(paths, stdin)
	case len(settings.Folders) > 0:
		loaded = model.LoadPaths(settings.Folders, stdin)
	default:
		loaded = model.LoadFS(seeds.FS, "seeds")
	}
	printProblems(stderr, &loaded.Problems)
	return loaded.Reports, loaded.Problems, len(loaded.Errors) > 0
}

// printProblems prints one "baogao: " line per skipped file, failed input
// and warning, the reasons model gives in the user's language.
func printProblems(stderr io.Writer, p *model.Problems) {
	for _, s := range p.Skipped {
		fmt.Fprintf(stderr, "baogao: %s: %s\n", model.PrintableName(s.Path), i18n.T("load.skipped", loadReason(s.Reason)))
	}
	for _, e := range p.Errors {
		fmt.Fprintf(stderr, "baogao: %s: %s\n", model.PrintableName(e.Path), loadError(e.Err))
	}
	for _, l := range p.WarningLines() {
		fmt.Fprintf(stderr, "baogao: %s\n", l)
	}
}

// loadReasons are the catalog keys of the reasons model gives for a file
// that did not load.
var loadReasons = map[string]string{
	"not .txt or .md":           "load.not_txt",
	"not a regular file":        "load.not_regular",
	"no such file or directory": "load.not_exist",
	"permission denied":         "load.permission",
	"is a directory":            "load.is_dir",
	"empty file":                "load.empty",
	"binary file, not text":     "load.binary",
}

func loadReason(r string) string {
	if key, ok := loadReasons[r]; ok {
		return i18n.T(key)
	}
	return r
}

// loadError is why an input did not load: a known reason in the user's
// language, else as model says it.
func loadError(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return i18n.T("load.not_exist")
	case errors.Is(err, fs.ErrPermission):
		return i18n.T("load.permission")
	}
	return loadReason(err.Error())
}

// loadReports is load for subcommands: failed says whether any input failed.
func loadReports(paths []string, stdin io.Reader, stderr io.Writer) (reports []*model.Report, failed bool) {
	reports, _, failed = load(paths, stdin, stderr)
	return reports, failed
}

func exitCode(failed bool) int {
	if failed {
		return 2
	}
	return 0
}
