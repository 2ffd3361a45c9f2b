package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"baogao/model"
)

// Every message baogao prints can echo what it was given: a file name, a
// flag, a query. Any of them can hold escape sequences (a file named
// "-\x1b[2J\x1b]52;c;…\a" reaches a flag error through `baogao list *`), so
// everything written to stderr is cleaned as report text is
// (model.Sanitize), messages quote what they echo (quote), and JSON escapes
// what JSON alone would let through.

// cleanWriter cleans everything written through it with model.Sanitize.
// Each write is cleaned on its own: baogao writes a message in one call.
type cleanWriter struct{ w io.Writer }

func (c cleanWriter) Write(p []byte) (int, error) {
	if _, err := io.WriteString(c.w, model.Sanitize(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// cleaned wraps w in a cleanWriter, once.
func cleaned(w io.Writer) io.Writer {
	if _, ok := w.(cleanWriter); ok {
		return w
	}
	return cleanWriter{w}
}

// quote is s in double quotes with Go's escapes, as %q gives it: a message
// that says what it was given shows control and invisible characters as
// \x1b, \u202e, so the user sees why "历下\x1b[2J" matched nothing, and
// none of them reaches the terminal.
func quote(s string) string { return strconv.Quote(s) }

// writeJSON prints v as indented JSON. encoding/json escapes C0 controls
// but lets DEL, C1 controls (U+009B is CSI to many terminals) and bidi and
// invisible characters through; these are escaped too (\u009b), so the
// JSON means the same and cannot drive the terminal it is printed on.
func writeJSON(w io.Writer, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	enc.Encode(v)
	w.Write(escapeUnprintable(buf.Bytes()))
}

// escapeUnprintable writes as \uXXXX escapes the runes of a JSON text that
// model.Sanitize would remove. They can only be in strings: the rest of
// JSON is ASCII.
func escapeUnprintable(b []byte) []byte {
	if model.Sanitize(string(b)) == string(b) {
		return b
	}
	out := make([]byte, 0, len(b)+64)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		ch := string(b[i : i+size])
		switch {
		case r >= utf8.RuneSelf && model.Sanitize(ch) != ch, r == 0x7F:
			if r > 0xFFFF {
				r -= 0x10000
				out = fmt.Appendf(out, `\u%04x\u%04x`, 0xD800+(r>>10), 0xDC00+(r&0x3FF))
			} else {
				out = fmt.Appendf(out, `\u%04x`, r)
			}
		default:
			out = append(out, ch...)
		}
		i += size
	}
	return out
}
