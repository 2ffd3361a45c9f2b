// What loading says besides the reports: inputs that failed, files
// skipped, warnings. A file that fails does not stop the others: its error
// is collected, named by path, and the rest load.

package model

import (
	"errors"
	"io/fs"
	"strings"
)

// LoadError is an input that could not be loaded.
type LoadError struct {
	Path string
	Err  error
}

func (e *LoadError) Error() string { return PrintableName(e.Path) + ": " + e.Err.Error() }

// PrintableName is a file name or path made safe to print: a name can hold
// escape sequences as well as a report can, and must not drive the
// terminal either.
func PrintableName(name string) string {
	return strings.ReplaceAll(Sanitize(name), "\n", " ")
}
func (e *LoadError) Unwrap() error { return e.Err }

// Skip is a file met in a folder that was not read, and why.
type Skip struct {
	Path   string
	Reason string // "not .txt or .md", "not a regular file"
}

// skipNotRegular is why a file that is not a regular file is skipped (the
// other reason, skipExtension, comes from the formats table).
const skipNotRegular = "not a regular file"

func (s Skip) String() string { return PrintableName(s.Path) + ": skipped (" + s.Reason + ")" }

// Warning is something the reader should know about an input that loaded:
// the report is there, but not quite as the file has it. Decoding warns of
// the bytes it replaced; a format reader adds its own the same way, to the
// report's Warnings, and loading lists them by path.
type Warning struct {
	Path string
	Msg  string // "41 invalid bytes replaced"
}

func (w *Warning) String() string { return PrintableName(w.Path) + ": " + w.Msg }

// Fail records that the input at source did not load, and why. A file
// baogao itself exported is no failure: it is skipped, so that an export
// written into a folder of reports does not come back as a report.
func (p *Problems) Fail(source string, err error) {
	if errors.Is(err, ErrOwnExport) {
		p.Skipped = append(p.Skipped, Skip{source, err.Error()})
		return
	}
	p.Errors = append(p.Errors, &LoadError{source, reason(err)})
}

// Warn records what the input at source, which loaded, warns of.
func (p *Problems) Warn(source string, msgs []string) {
	for _, m := range msgs {
		p.Warnings = append(p.Warnings, &Warning{source, m})
	}
}

// Problems is what loading has to say besides the reports. Failed inputs
// and skipped files did not load; a warning's file did.
type Problems struct {
	Errors   []*LoadError // inputs that failed, in input order
	Skipped  []Skip       // files in folders that were not read
	Warnings []*Warning   // inputs that loaded with a warning, in input order
}

// Unloaded is one line per file that did not load: skipped, then failed.
func (p *Problems) Unloaded() []string {
	var lines []string
	for _, s := range p.Skipped {
		lines = append(lines, s.String())
	}
	for _, e := range p.Errors {
		lines = append(lines, e.Error())
	}
	return lines
}

// WarningLines is one line per warning.
func (p *Problems) WarningLines() []string {
	var lines []string
	for _, w := range p.Warnings {
		lines = append(lines, w.String())
	}
	return lines
}

// reason strips the path that os errors repeat, since LoadError names it.
func reason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
