package config

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name, src string
		want      map[string]Value
	}{
		{"empty", "", map[string]Value{}},
		{"comments and blank lines", "# a comment\n\n   # another\n", map[string]Value{}},
		{"string", `lang = "zh"`, map[string]Value{"lang": "zh"}},
		{"escapes", `s = "a\tb\n\"c\" \\ \u4e2d\U0001F600"`, map[string]Value{"s": "a\tb\n\"c\" \\ 中😀"}},
		{"literal", `p = 'C:\Users\报告'`, map[string]Value{"p": `C:\Users\报告`}},
		{"comment after value", "n = 80 # cells\n", map[string]Value{"n": int64(80)}},
		{"hash in string", `s = "a # b"`, map[string]Value{"s": "a # b"}},
		{"integers", "a = 0\nb = -12\nc = +3\nd = 1_000", map[string]Value{"a": int64(0), "b": int64(-12), "c": int64(3), "d": int64(1000)}},
		{"booleans", "a = true\nb = false", map[string]Value{"a": true, "b": false}},
		{"array", `f = ["a", 'b', "c",]`, map[string]Value{"f": []Value{"a", "b", "c"}}},
		{"array over lines", "f = [\n  \"a\", # first\n  \"b\"\n]\n", map[string]Value{"f": []Value{"a", "b"}}},
		{"empty array", "f = []", map[string]Value{"f": []Value{}}},
		{"nested array", "f = [[1, 2], [3]]", map[string]Value{"f": []Value{[]Value{int64(1), int64(2)}, []Value{int64(3)}}}},
		{"table", "[keys]\nquit = \"q\"\n[colors]\naccent = \"#fff\"",
			map[string]Value{"keys.quit": "q", "colors.accent": "#fff"}},
		{"dotted key", `keys.quit = "q"`, map[string]Value{"keys.quit": "q"}},
		{"quoted key", `"a b" = 1`, map[string]Value{"a b": int64(1)}},
		{"spaces around", "  a   =   1  \n[ keys ]\n b=2", map[string]Value{"a": int64(1), "keys.b": int64(2)}},
		{"CRLF", "a = 1\r\nb = \"x\"\r\n", map[string]Value{"a": int64(1), "b": "x"}},
		{"BOM", "\ufeffa = 1", map[string]Value{"a": int64(1)}},
		{"Chinese value", `folders = ["~/报告", "D:/年度报告"]`, map[string]Value{"folders": []Value{"~/报告", "D:/年度报告"}}},
	}
	for _, tt := range tests {
		doc, err := Parse([]byte(tt.src))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if !reflect.DeepEqual(doc.Values, tt.want) {
			t.Errorf("%s: %#v, want %#v", tt.name, doc.Values, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"a", "line 1: expected = after the key \"a\""},
		{"a =", "line 1: expected a value"},
		{"a = zh", `line 1: expected a value, found zh; text goes in double quotes: "zh"`},
		{"\n\na = \"x", `line 3: the string is not closed with " on its line`},
		{"a = 'x", "line 1: the string is not closed with ' on its line"},
		{"a = 1\na = 2", `line 2: "a" is defined twice (first on line 1)`},
		{"[k]\n[k]", "line 2: table [k] is defined twice"},
		{"a = 1\n[a]", `line 2: "a" is a value, not a table`},
		{"a = 1\na.b = 2", `line 2: "a" is a value, not a table`},
		{"a.b = 1\na = 2", `line 2: "a" is a table, not a value`},
		{"a = 1.5", "only whole numbers are supported"},
		{"a = 2024-01-01", "only whole numbers are supported"},
		{"a = 012", "is not a whole number"},
		{"a = 99999999999999999999", "is not a whole number"},
		{"a = \"\"\"x\"\"\"", "multi-line strings"},
		{"a = {b = 1}", "inline tables"},
		{"[[a]]", "arrays of tables"},
		{"a = [1, 2", "the array is not closed with ]"},
		{"a = [1 2]", "expected , or ] in the array"},
		{"a = 1 b = 2", "unexpected \"b\" after the value"},
		{`a = "\q"`, `unknown escape \q`},
		{`a = "\uD800"`, `\uD800 is not a Unicode character`},
		{"a = \"x\x01\"", "not closed"},
		{"a = \xff", "line 1: not UTF-8"},
		{"= 1", "expected a key"},
		{"a = " + strings.Repeat("[", 20) + strings.Repeat("]", 20), "arrays nested deeper than 8"},
	}
	for _, tt := range tests {
		_, err := Parse([]byte(tt.src))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: error %v, want %q", tt.src, err, tt.want)
		}
	}
}

// encode writes a document back in the subset, for the fuzz target's round
// trip.
func encode(doc *Document) string {
	keys := make([]string, 0, len(doc.Values))
	for k := range doc.Values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s = %s\n", strconv.Quote(k), encodeValue(doc.Values[k]))
	}
	return b.String()
}

func encodeValue(v Value) string {
	switch x := v.(type) {
	case string:
		return tomlQuote(x)
	case []Value:
		parts := make([]string, len(x))
		for i, it := range x {
			parts[i] = encodeValue(it)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return fmt.Sprint(v)
}

// tomlQuote quotes s with TOML's escapes (\uXXXX for controls).
func tomlQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// FuzzParse checks that Parse never panics or hangs, and that what it
// parses means the same once written back (keys with dots excepted: a
// quoted key with a dot reads back as a dotted key).
func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "a = 1", "[keys]\nquit = [\"q\", \"ctrl+c\"]\n", `s = "a\tb\u4e2d"`, "f = [\n'a', # c\n]",
		"lang = \"zh\"\nambiguous = \"auto\"\nreading_width = 80\nfolders = [\"~/报告\"]\n[colors]\naccent = \"#d70000\"\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Parse(data)
		if err != nil {
			return
		}
		for k := range doc.Values {
			if strings.Contains(k, ".") {
				return
			}
		}
		again, err := Parse([]byte(encode(doc)))
		if err != nil {
			t.Fatalf("written back, %q does not parse: %v", encode(doc), err)
		}
		if !reflect.DeepEqual(doc.Values, again.Values) {
			t.Fatalf("round trip: %#v became %#v", doc.Values, again.Values)
		}
	})
}
