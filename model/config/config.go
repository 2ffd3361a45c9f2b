package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Config is what the settings file says, over the defaults.
type Config struct {
	Path         string              // the file read; "" when there is none
	Portable     bool                // Path is baogao.toml next to the executable
	Lang         string              // "zh", "en", or "" for the locale's
	Ambiguous    string              // "narrow", "wide" or "auto"
	ReadingWidth int                 // cells per line of text in the reader; 0 for the pane's width
	Folders      []string            // opened when no PATH is given; absolute, ~ expanded
	Keys         map[string][]string // app action → keys, as given ("ctrl+c")
	Colors       map[string]string   // app role → "#rrggbb", "#rgb" or "0"–"255"
}

// Defaults are the settings without a file.
func Defaults() Config {
	return Config{Ambiguous: "narrow", Keys: map[string][]string{}, Colors: map[string]string{}}
}

// Error is a settings file that cannot be used: its path, the line (0 when
// it is the file as a whole) and why.
type Error struct {
	Path string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

// Load finds and reads the settings file (see the package documentation).
// With no file it returns the defaults and no error; with a bad one, the
// defaults (Path set) and the error.
func Load() (Config, error) {
	path, portable := Find()
	if path == "" {
		return Defaults(), nil
	}
	c, err := Read(path)
	c.Portable = portable
	return c, err
}

// Find is the settings file Load reads, "" when there is none, and whether
// it is the portable one.
func Find() (path string, portable bool) {
	if p := os.Getenv("BAOGAO_CONFIG"); p != "" {
		return p, false
	}
	if p := PortablePath(); p != "" && exists(p) {
		return p, true
	}
	if p := UserPath(); p != "" && exists(p) {
		return p, false
	}
	return "", false
}

// PortablePath is baogao.toml next to the executable, "" when the
// executable cannot be found.
func PortablePath() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	if resolved, err := filepath.EvalSymlinks(exe); err == nil {
		exe = resolved
	}
	return filepath.Join(filepath.Dir(exe), "baogao.toml")
}

// UserPath is config.toml in baogao's folder of the user's config
// directory, "" when there is none (no $HOME).
func UserPath() string {
	dir, err := ConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "config.toml")
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil || !errors.Is(err, fs.ErrNotExist)
}

// Read reads one settings file; on an error it returns the defaults.
func Read(path string) (Config, error) {
	bad := Defaults()
	bad.Path = path
	data, err := readBounded(path)
	if err != nil {
		return bad, &Error{Path: path, Msg: reason(err)}
	}
	doc, err := Parse(data)
	if err != nil {
		var se *SyntaxError
		if errors.As(err, &se) {
			return bad, &Error{path, se.Line, se.Msg}
		}
		return bad, &Error{Path: path, Msg: err.Error()}
	}
	c, err := FromDocument(doc, filepath.Dir(path))
	c.Path = path
	if err != nil {
		bad.Path = path
		return bad, &Error{path, err.(*SyntaxError).Line, err.(*SyntaxError).Msg}
	}
	return c, nil
}

func readBounded(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	if info.Size() > maxFileSize {
		return nil, fmt.Errorf("larger than %d bytes", maxFileSize)
	}
	return os.ReadFile(path)
}

// reason is an os error without the path it repeats.
func reason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// fields are the top-level keys and what reads each.
var fields = map[string]func(c *Config, v Value, dir string) string{
	"lang":          setLang,
	"ambiguous":     setAmbiguous,
	"reading_width": setReadingWidth,
	"folders":       setFolders,
}

// FromDocument reads settings from a parsed document; relative folders are
// taken from dir (the file's folder). The error is a *SyntaxError naming
// the line.
func FromDocument(doc *Document, dir string) (Config, error) {
	c := Defaults()
	keys := make([]string, 0, len(doc.Values))
	for k := range doc.Values {
		keys = append(keys, k)
	}
	for t := range doc.tables {
		keys = append(keys, t)
	}
	sort.Slice(keys, func(i, j int) bool { return doc.Lines[keys[i]] < doc.Lines[keys[j]] })
	for _, k := range keys {
		if doc.tables[k] {
			if k != "keys" && k != "colors" {
				return Defaults(), &SyntaxError{doc.Lines[k], fmt.Sprintf("unknown table [%s] (known: [keys], [colors])", k)}
			}
			continue
		}
		if msg := c.set(k, doc.Values[k], dir); msg != "" {
			return Defaults(), &SyntaxError{doc.Lines[k], msg}
		}
	}
	return c, nil
}

func (c *Config) set(key string, v Value, dir string) string {
	if action, ok := strings.CutPrefix(key, "keys."); ok {
		return c.setKey(action, v)
	}
	if role, ok := strings.CutPrefix(key, "colors."); ok {
		return c.setColor(role, v)
	}
	set, ok := fields[key]
	if !ok {
		return fmt.Sprintf("unknown key %s (known: ambiguous, folders, lang, reading_width, [keys], [colors])", strconv.Quote(key))
	}
	return set(c, v, dir)
}

func setLang(c *Config, v Value, _ string) string {
	s, ok := v.(string)
	switch {
	case ok && (s == "zh" || s == "en"):
		c.Lang = s
	case ok && s == "auto":
		c.Lang = ""
	default:
		return "lang must be \"zh\", \"en\" or \"auto\", not " + show(v)
	}
	return ""
}

func setAmbiguous(c *Config, v Value, _ string) string {
	s, ok := v.(string)
	if !ok || s != "narrow" && s != "wide" && s != "auto" {
		return "ambiguous must be \"narrow\", \"wide\" or \"auto\", not " + show(v)
	}
	c.Ambiguous = s
	return ""
}

// readingWidthMax bounds reading_width: wider than any terminal.
const readingWidthMax = 1000

func setReadingWidth(c *Config, v Value, _ string) string {
	n, ok := v.(int64)
	if !ok || n != 0 && (n < 20 || n > readingWidthMax) {
		return fmt.Sprintf("reading_width must be a number of cells from 20 to %d, or 0 for the pane's width, not %s", readingWidthMax, show(v))
	}
	c.ReadingWidth = int(n)
	return ""
}

func setFolders(c *Config, v Value, dir string) string {
	items, ok := v.([]Value)
	if !ok {
		items = []Value{v}
	}
	c.Folders = nil
	for _, it := range items {
		s, ok := it.(string)
		if !ok || s == "" {
			return "folders must be folder names in quotes, as [\"~/reports\"], not " + show(v)
		}
		c.Folders = append(c.Folders, expandPath(s, dir))
	}
	return ""
}

// expandPath makes a folder from the settings absolute: ~/ is the home
// folder, a relative path is taken from dir.
func expandPath(s, dir string) string {
	if rest, ok := strings.CutPrefix(s, "~"); ok && (rest == "" || rest[0] == '/' || rest[0] == '\\') {
		if home, err := os.UserHomeDir(); err == nil {
			s = filepath.Join(home, rest)
		}
	}
	if !filepath.IsAbs(s) {
		s = filepath.Join(dir, s)
	}
	return filepath.Clean(s)
}

// keySyntax is what a key looks like: a character, or names joined by +
// (ctrl+c, shift+tab, pgdown, f1).
var keySyntax = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:[^\s+]|(?:[a-z][a-z0-9]*\+)*(?:[a-z][a-z0-9]*|[^\s+]))$`)
})

func (c *Config) setKey(action string, v Value) string {
	items, ok := v.([]Value)
	if !ok {
		items = []Value{v}
	}
	var keys []string
	for _, it := range items {
		s, ok := it.(string)
		if !ok || !keySyntax().MatchString(s) {
			return fmt.Sprintf("keys.%s must be a key or a list of keys, as \"q\" or [\"q\", \"ctrl+c\"], not %s", action, show(it))
		}
		keys = append(keys, s)
	}
	if len(keys) == 0 {
		return fmt.Sprintf("keys.%s has no key", action)
	}
	c.Keys[action] = keys
	return ""
}

var colorSyntax = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$`) })

func (c *Config) setColor(role string, v Value) string {
	switch x := v.(type) {
	case string:
		if colorSyntax().MatchString(x) {
			c.Colors[role] = x
			return ""
		}
		if n, err := strconv.Atoi(x); err == nil && n >= 0 && n <= 255 {
			c.Colors[role] = x
			return ""
		}
	case int64:
		if x >= 0 && x <= 255 {
			c.Colors[role] = strconv.FormatInt(x, 10)
			return ""
		}
	}
	return fmt.Sprintf("colors.%s must be \"#rrggbb\", \"#rgb\" or an ANSI colour number 0–255, not %s", role, show(v))
}

// show is a value as a message quotes it.
func show(v Value) string {
	switch x := v.(type) {
	case string:
		return strconv.Quote(x)
	case []Value:
		return "a list"
	}
	return fmt.Sprint(v)
}
