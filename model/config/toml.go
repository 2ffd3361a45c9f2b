package config

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The TOML subset a config file is written in: comments, [table] and
// [dotted.table] headers, key = value with bare, "quoted" or 'literal'
// (dotted) keys, and values that are basic or literal strings, integers,
// booleans or arrays of them (over several lines, with comments and a
// trailing comma). Everything else TOML has (floats, dates, multi-line
// strings, inline tables, arrays of tables) is an error naming what it is
// and its line, so a file never means something else than it says.

// Value is a parsed value: string, int64, bool or []Value.
type Value any

// Document maps full dotted keys ("keys.quit") to their values, and
// records the line each was defined on.
type Document struct {
	Values map[string]Value
	Lines  map[string]int
	tables map[string]bool // headers seen, for duplicates
	inner  map[string]bool // every proper prefix of a key: tables made by dotted keys
}

// maxFileSize and maxDepth bound what Parse reads: a config is a few lines.
const (
	maxFileSize = 1 << 20
	maxDepth    = 8
)

// SyntaxError is where and why a file does not parse.
type SyntaxError struct {
	Line int
	Msg  string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// Parse reads a document in the subset.
func Parse(data []byte) (*Document, error) {
	if len(data) > maxFileSize {
		return nil, &SyntaxError{1, fmt.Sprintf("file is larger than %d bytes", maxFileSize)}
	}
	if !utf8.Valid(data) {
		return nil, &SyntaxError{1 + strings.Count(string(data[:invalidAt(data)]), "\n"), "not UTF-8"}
	}
	p := &parser{src: strings.TrimPrefix(string(data), "\ufeff"), line: 1,
		doc: &Document{Values: map[string]Value{}, Lines: map[string]int{}, tables: map[string]bool{}, inner: map[string]bool{}}}
	for {
		p.skipBlank()
		if p.eof() {
			return p.doc, nil
		}
		if err := p.statement(); err != nil {
			return nil, err
		}
	}
}

func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(b)
}

type parser struct {
	src    string
	pos    int
	line   int
	prefix string // the current table, with a trailing dot
	doc    *Document
}

func (p *parser) eof() bool { return p.pos >= len(p.src) }

func (p *parser) peek() byte {
	if p.eof() {
		return 0
	}
	return p.src[p.pos]
}

func (p *parser) errorf(format string, args ...any) error {
	return &SyntaxError{p.line, fmt.Sprintf(format, args...)}
}

// skipSpace skips spaces and tabs.
func (p *parser) skipSpace() {
	for !p.eof() && (p.peek() == ' ' || p.peek() == '\t') {
		p.pos++
	}
}

// skipBlank skips whitespace, newlines and comments.
func (p *parser) skipBlank() {
	for !p.eof() {
		switch c := p.peek(); {
		case c == ' ' || c == '\t' || c == '\r':
			p.pos++
		case c == '\n':
			p.pos++
			p.line++
		case c == '#':
			p.skipComment()
		default:
			return
		}
	}
}

func (p *parser) skipComment() {
	for !p.eof() && p.peek() != '\n' {
		p.pos++
	}
}

// endOfLine expects nothing but a comment before the line ends.
func (p *parser) endOfLine() error {
	p.skipSpace()
	if p.peek() == '#' {
		p.skipComment()
	}
	if p.peek() == '\r' {
		p.pos++
	}
	if !p.eof() && p.peek() != '\n' {
		return p.errorf("unexpected %s after the value; one key = value a line", describe(p.src[p.pos:]))
	}
	return nil
}

// describe names the text that starts s, for messages.
func describe(s string) string {
	r, _ := utf8.DecodeRuneInString(s)
	return strconv.Quote(string(r))
}

func (p *parser) statement() error {
	if p.peek() == '[' {
		return p.table()
	}
	line := p.line
	key, err := p.key()
	if err != nil {
		return err
	}
	p.skipSpace()
	if p.peek() != '=' {
		return p.errorf("expected = after the key %s", strconv.Quote(key))
	}
	p.pos++
	p.skipSpace()
	v, err := p.value(0)
	if err != nil {
		return err
	}
	full := p.prefix + key
	if _, dup := p.doc.Values[full]; dup {
		return p.errorf("%s is defined twice (first on line %d)", strconv.Quote(full), p.doc.Lines[full])
	}
	if p.doc.tables[full] || p.doc.inner[full] {
		return p.errorf("%s is a table, not a value", strconv.Quote(full))
	}
	if err := p.claimPrefixes(full); err != nil {
		return err
	}
	p.doc.Values[full], p.doc.Lines[full] = v, line
	return p.endOfLine()
}

func (p *parser) table() error {
	p.pos++
	if p.peek() == '[' {
		return p.errorf("arrays of tables ([[…]]) are not supported")
	}
	p.skipSpace()
	name, err := p.key()
	if err != nil {
		return err
	}
	p.skipSpace()
	if p.peek() != ']' {
		return p.errorf("expected ] to end the table name")
	}
	p.pos++
	if p.doc.tables[name] {
		return p.errorf("table [%s] is defined twice", name)
	}
	if _, ok := p.doc.Values[name]; ok {
		return p.errorf("%s is a value, not a table", strconv.Quote(name))
	}
	if err := p.claimPrefixes(name + ".x"); err != nil {
		return err
	}
	p.doc.tables[name] = true
	p.doc.Lines[name] = p.line
	p.prefix = name + "."
	return p.endOfLine()
}

// claimPrefixes records the tables a dotted key is in, and fails when
// one of them is a value. Its cost is the key's length, not the file's.
func (p *parser) claimPrefixes(full string) error {
	for i := 0; i < len(full); i++ {
		if full[i] != '.' {
			continue
		}
		t := full[:i]
		if _, ok := p.doc.Values[t]; ok {
			return p.errorf("%s is a value, not a table", strconv.Quote(t))
		}
		p.doc.inner[t] = true
	}
	return nil
}

// key reads a dotted key: parts bare, "quoted" or 'literal', joined by dots.
func (p *parser) key() (string, error) {
	var parts []string
	for {
		p.skipSpace()
		var part string
		var err error
		switch c := p.peek(); {
		case c == '"':
			part, err = p.basicString()
		case c == '\'':
			part, err = p.literalString()
		case isBare(c):
			start := p.pos
			for !p.eof() && isBare(p.peek()) {
				p.pos++
			}
			part = p.src[start:p.pos]
		default:
			return "", p.errorf("expected a key, found %s", describeOrEnd(p))
		}
		if err != nil {
			return "", err
		}
		parts = append(parts, part)
		p.skipSpace()
		if p.peek() != '.' {
			return strings.Join(parts, "."), nil
		}
		p.pos++
	}
}

func describeOrEnd(p *parser) string {
	if p.eof() || p.peek() == '\n' || p.peek() == '\r' {
		return "the end of the line"
	}
	return describe(p.src[p.pos:])
}

func isBare(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// value reads a value; depth counts the arrays it is in.
func (p *parser) value(depth int) (Value, error) {
	switch c := p.peek(); {
	case c == '"':
		if strings.HasPrefix(p.src[p.pos:], `"""`) {
			return nil, p.errorf(`multi-line strings (""") are not supported`)
		}
		return p.basicString()
	case c == '\'':
		if strings.HasPrefix(p.src[p.pos:], `'''`) {
			return nil, p.errorf(`multi-line strings (''') are not supported`)
		}
		return p.literalString()
	case c == '[':
		if depth >= maxDepth {
			return nil, p.errorf("arrays nested deeper than %d", maxDepth)
		}
		return p.array(depth + 1)
	case c == '{':
		return nil, p.errorf("inline tables ({…}) are not supported; use a [table]")
	case c == 't' || c == 'f':
		return p.boolean()
	case c == '+' || c == '-' || c >= '0' && c <= '9':
		return p.integer()
	case isBare(c):
		start := p.pos
		for !p.eof() && isBare(p.peek()) {
			p.pos++
		}
		w := p.src[start:p.pos]
		return nil, p.errorf("expected a value, found %s; text goes in double quotes: %s", w, strconv.Quote(w))
	}
	return nil, p.errorf("expected a value (\"text\", a number, true, false or [ … ]), found %s", describeOrEnd(p))
}

func (p *parser) boolean() (Value, error) {
	for _, w := range []string{"true", "false"} {
		if strings.HasPrefix(p.src[p.pos:], w) && (p.pos+len(w) == len(p.src) || !isBare(p.src[p.pos+len(w)])) {
			p.pos += len(w)
			return w == "true", nil
		}
	}
	start := p.pos
	for !p.eof() && isBare(p.peek()) {
		p.pos++
	}
	w := p.src[start:p.pos]
	return nil, p.errorf("expected a value, found %s; text goes in double quotes: %s", w, strconv.Quote(w))
}

func (p *parser) integer() (Value, error) {
	start := p.pos
	for !p.eof() && (isBare(p.peek()) || strings.IndexByte("+.:", p.peek()) >= 0) {
		p.pos++
	}
	word := p.src[start:p.pos]
	digits := strings.TrimLeft(word, "+-")
	ok := digits != "" && !strings.HasPrefix(digits, "_") && !strings.HasSuffix(digits, "_") &&
		!strings.Contains(digits, "__") && (digits == "0" || digits[0] != '0')
	clean := strings.ReplaceAll(word, "_", "")
	n, err := strconv.ParseInt(clean, 10, 64)
	if !ok || err != nil {
		if strings.ContainsAny(word, ".eE:") && !strings.HasPrefix(word, "0x") || strings.Count(word, "-") >= 2 {
			return nil, p.errorf("%s: only whole numbers are supported (no floats or dates)", strconv.Quote(word))
		}
		return nil, p.errorf("%s is not a whole number", strconv.Quote(word))
	}
	return n, nil
}

func (p *parser) array(depth int) (Value, error) {
	p.pos++ // [
	items := []Value{}
	for {
		p.skipBlank()
		if p.eof() {
			return nil, p.errorf("the array is not closed with ]")
		}
		if p.peek() == ']' {
			p.pos++
			return items, nil
		}
		v, err := p.value(depth)
		if err != nil {
			return nil, err
		}
		items = append(items, v)
		p.skipBlank()
		if p.eof() {
			return nil, p.errorf("the array is not closed with ]")
		}
		switch p.peek() {
		case ',':
			p.pos++
		case ']':
		default:
			return nil, p.errorf("expected , or ] in the array, found %s", describeOrEnd(p))
		}
	}
}

func (p *parser) literalString() (string, error) {
	p.pos++
	start := p.pos
	for !p.eof() && p.peek() != '\'' {
		if c := p.peek(); c == '\n' || c < 0x20 && c != '\t' || c == 0x7f {
			return "", p.errorf("the string is not closed with ' on its line")
		}
		p.pos++
	}
	if p.eof() {
		return "", p.errorf("the string is not closed with ' on its line")
	}
	s := p.src[start:p.pos]
	p.pos++
	return s, nil
}

func (p *parser) basicString() (string, error) {
	p.pos++
	var b strings.Builder
	for {
		if p.eof() {
			return "", p.errorf(`the string is not closed with " on its line`)
		}
		c := p.peek()
		switch {
		case c == '"':
			p.pos++
			return b.String(), nil
		case c == '\\':
			if err := p.escape(&b); err != nil {
				return "", err
			}
		case c == '\n' || c < 0x20 && c != '\t' || c == 0x7f:
			return "", p.errorf(`the string is not closed with " on its line`)
		default:
			b.WriteByte(c)
			p.pos++
		}
	}
}

var escapes = map[byte]string{'b': "\b", 't': "\t", 'n': "\n", 'f': "\f", 'r': "\r", '"': `"`, '\\': `\`}

func (p *parser) escape(b *strings.Builder) error {
	p.pos++ // backslash
	c := p.peek()
	if s, ok := escapes[c]; ok {
		b.WriteString(s)
		p.pos++
		return nil
	}
	n := map[byte]int{'u': 4, 'U': 8}[c]
	if n == 0 || p.pos+1+n > len(p.src) {
		return p.errorf(`unknown escape \%c in a string; write \\ for a backslash, or use 'single quotes'`, rune(c))
	}
	hex := p.src[p.pos+1 : p.pos+1+n]
	code, err := strconv.ParseUint(hex, 16, 32)
	if err != nil || !utf8.ValidRune(rune(code)) {
		return p.errorf(`\%c%s is not a Unicode character`, rune(c), hex)
	}
	b.WriteRune(rune(code))
	p.pos += 1 + n
	return nil
}
