package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"baogao/model"
	"baogao/model/i18n"
	"baogao/ui/ambiguous"
)

// argsUsage holds, per flag set name ("baogao list"), the arguments its
// usage line names, for commands whose help is not in the catalog.
var argsUsage = map[string]string{}

// newFlagSet returns a flag set that reports errors instead of exiting.
// Its help (--help) is printed by parse to stdout: the catalog's
// "help.COMMAND" text when there is one, else a usage line naming
// argsUsage and the flags. Errors echo flags as given (flag provided but
// not defined: -NAME), so they are cleaned.
func newFlagSet(name, args string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(cleaned(stderr))
	fs.Usage = func() {} // parse prints help and errors itself
	argsUsage[name] = args
	return fs
}

// parse parses flags that may come before or after positional arguments,
// as users type them (`baogao list seeds/ --json`). When it returns !ok the
// command should exit with code: 0 after --help, 2 after a bad flag.
func parse(fs *flag.FlagSet, args []string) (code int, ok bool) {
	var positional []string
	out := fs.Output()
	fs.SetOutput(io.Discard) // the flag package's own messages are English: flagError says them
	defer fs.SetOutput(out)
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				writeCommandHelp(helpOut, fs)
				return 0, false
			}
			fmt.Fprintln(out, "baogao: "+flagError(err))
			hintDashName(out, args)
			writeUsageLine(out, fs)
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

// flagError is the flag package's error in the user's language.
func flagError(err error) string {
	msg := err.Error()
	for _, e := range []struct{ prefix, key string }{
		{"flag provided but not defined: ", "err.flag_undefined"},
		{"flag needs an argument: ", "err.flag_needs_value"},
	} {
		if name, ok := strings.CutPrefix(msg, e.prefix); ok {
			return i18n.T(e.key, "-"+strings.TrimLeft(name, "-"))
		}
	}
	return msg
}

// hintDashName follows a flag error about an argument that cleaning
// changes, most likely a file name that starts with - from a shell glob,
// with what it was and the way out.
func hintDashName(w io.Writer, args []string) {
	for _, a := range args {
		if a == "--" {
			return
		}
		if strings.HasPrefix(a, "-") && model.Sanitize(a) != a {
			fmt.Fprintln(w, "baogao: "+i18n.T("err.dash_name", quote(a)))
			return
		}
	}
}

// usageFailed prints, after an error about a command's arguments, its
// usage line and where the help is, and returns the exit status 2.
func usageFailed(stderr io.Writer, fs *flag.FlagSet) int {
	writeUsageLine(stderr, fs)
	return 2
}

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

// ambiguousFlag defines --ambiguous on fs, defaulting to BAOGAO_AMBIGUOUS,
// else the config's setting, else narrow.
func ambiguousFlag(fs *flag.FlagSet) *string {
	return fs.String("ambiguous", envOr("BAOGAO_AMBIGUOUS", settings.Ambiguous), i18n.T("flag.ambiguous"))
}

// settleAmbiguous checks an --ambiguous setting and decides the width of
// ambiguous characters. Call it before loading or printing anything: it
// may start the program again (see package ambiguous).
func settleAmbiguous(setting string, stderr io.Writer) (wide, ok bool) {
	switch setting {
	case ambiguous.Narrow, ambiguous.Wide, ambiguous.Auto:
		return ambiguous.Resolve(setting), true
	}
	fmt.Fprintln(stderr, "baogao: "+i18n.T("err.ambiguous", quote(setting)))
	return false, false
}

// multiFlag is a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// inFlag defines --in on fs: a file or folder to load, as a PATH argument
// is (kept for scripts written before PATH arguments).
func inFlag(fs *flag.FlagSet) *multiFlag {
	var in multiFlag
	fs.Var(&in, "in", i18n.T("flag.in"))
	return &in
}

// jsonFlag defines --json on fs.
func jsonFlag(fs *flag.FlagSet) *bool { return fs.Bool("json", false, i18n.T("flag.json")) }
