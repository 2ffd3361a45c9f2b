package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestFromDocument(t *testing.T) {
	home, _ := os.UserHomeDir()
	tests := []struct {
		name, src string
		want      func(c *Config)
		err       string
	}{
		{"empty", "", func(c *Config) {}, ""},
		{"all", `lang = "zh"
ambiguous = "auto"
reading_width = 80
folders = ["~/报告", "rel", "/abs"]
[keys]
quit = ["q", "ctrl+c"]
search = "/"
[colors]
accent = "#d70000"
faint = 244
muted = "8"
`, func(c *Config) {
			c.Lang, c.Ambiguous, c.ReadingWidth = "zh", "auto", 80
			c.Folders = []string{filepath.Join(home, "报告"), filepath.Join("/etc/baogao", "rel"), "/abs"}
			c.Keys = map[string][]string{"quit": {"q", "ctrl+c"}, "search": {"/"}}
			c.Colors = map[string]string{"accent": "#d70000", "faint": "244", "muted": "8"}
		}, ""},
		{"lang auto", `lang = "auto"`, func(c *Config) {}, ""},
		{"one folder", `folders = "/r"`, func(c *Config) { c.Folders = []string{"/r"} }, ""},
		{"reading width 0", `reading_width = 0`, func(c *Config) {}, ""},
		{"unknown key", "lang = \"zh\"\ncolour = 1", nil, `line 2: unknown key "colour" (known: ambiguous, folders, lang, reading_width, [keys], [colors])`},
		{"unknown table", "[key]\nquit = \"q\"", nil, "unknown table [key]"},
		{"bad lang", `lang = "fr"`, nil, `line 1: lang must be "zh", "en" or "auto", not "fr"`},
		{"bad ambiguous", `ambiguous = true`, nil, `ambiguous must be "narrow", "wide" or "auto", not true`},
		{"bad width", `reading_width = 5`, nil, "reading_width must be a number of cells from 20 to 1000"},
		{"width as text", `reading_width = "80"`, nil, "reading_width must be a number"},
		{"bad folder", `folders = [1]`, nil, "folders must be folder names in quotes"},
		{"bad key", `keys.quit = "q q"`, nil, `keys.quit must be a key or a list of keys`},
		{"no key", `keys.quit = []`, nil, "keys.quit has no key"},
		{"bad colour", `colors.accent = "red"`, nil, `colors.accent must be "#rrggbb", "#rgb" or an ANSI colour number 0–255, not "red"`},
		{"colour out of range", `colors.accent = 256`, nil, "colors.accent must be"},
	}
	for _, tt := range tests {
		doc, err := Parse([]byte(tt.src))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		c, err := FromDocument(doc, "/etc/baogao")
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s: error %v, want %q", tt.name, err, tt.err)
			}
			if !reflect.DeepEqual(c, Defaults()) {
				t.Errorf("%s: a bad config gave %+v, not the defaults", tt.name, c)
			}
			continue
		}
		want := Defaults()
		tt.want(&want)
		if err != nil || !reflect.DeepEqual(c, want) {
			t.Errorf("%s: %+v, %v\nwant %+v", tt.name, c, err, want)
		}
	}
}

// TestLoad checks where the file is found and that a bad one is one error
// naming the file and line, with the defaults.
func TestLoad(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	t.Setenv("BAOGAO_CONFIG", "")
	if c, err := Load(); err != nil || c.Path != "" || !reflect.DeepEqual(c, Defaults()) {
		t.Errorf("no file: %+v, %v", c, err)
	}
	user := filepath.Join(dir, "baogao", "config.toml")
	os.MkdirAll(filepath.Dir(user), 0o755)
	os.WriteFile(user, []byte("lang = \"en\"\nreading_width = 72\n"), 0o644)
	if c, err := Load(); err != nil || c.Path != user || c.Lang != "en" || c.ReadingWidth != 72 || c.Portable {
		t.Errorf("user file: %+v, %v", c, err)
	}
	os.WriteFile(user, []byte("lang = \"en\"\nreading_width = 72\nambiguous = wide\n"), 0o644)
	c, err := Load()
	if err == nil || err.Error() != user+`:3: expected a value, found wide; text goes in double quotes: "wide"` {
		t.Errorf("bad file: error %v", err)
	}
	if c.Lang != "" || c.ReadingWidth != 0 || c.Path != user {
		t.Errorf("bad file: %+v, want the defaults", c)
	}
	other := filepath.Join(dir, "other.toml")
	os.WriteFile(other, []byte(`lang = "zh"`), 0o644)
	t.Setenv("BAOGAO_CONFIG", other)
	if c, err := Load(); err != nil || c.Path != other || c.Lang != "zh" {
		t.Errorf("BAOGAO_CONFIG: %+v, %v", c, err)
	}
	t.Setenv("BAOGAO_CONFIG", filepath.Join(dir, "missing.toml"))
	if _, err := Load(); err == nil || !strings.Contains(err.Error(), "missing.toml: no such file or directory") {
		t.Errorf("BAOGAO_CONFIG missing: %v", err)
	}
	t.Setenv("BAOGAO_CONFIG", dir)
	if _, err := Load(); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("BAOGAO_CONFIG a folder: %v", err)
	}
}

func TestStateDir(t *testing.T) {
	home := func() (string, error) { return "/home/u", nil }
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	tests := []struct {
		goos string
		env  map[string]string
		want string
	}{
		{"linux", nil, "/home/u/.local/state/baogao"},
		{"linux", map[string]string{"XDG_STATE_HOME": "/s"}, "/s/baogao"},
		{"linux", map[string]string{"XDG_STATE_HOME": "relative"}, "/home/u/.local/state/baogao"},
		{"freebsd", nil, "/home/u/.local/state/baogao"},
		{"darwin", nil, "/home/u/Library/Application Support/baogao/state"},
		{"windows", map[string]string{"LocalAppData": `C:\Users\u\AppData\Local`}, filepath.Join(`C:\Users\u\AppData\Local`, "baogao")},
	}
	for _, tt := range tests {
		got, err := stateDir(tt.goos, env(tt.env), home)
		if err != nil || got != tt.want {
			t.Errorf("%s %v: %q, %v; want %q", tt.goos, tt.env, got, err, tt.want)
		}
	}
	if _, err := stateDir("windows", env(nil), home); err == nil {
		t.Error("windows without LocalAppData: no error")
	}
	dir := t.TempDir()
	t.Setenv("XDG_STATE_HOME", dir)
	p, err := StateFile("positions.json")
	if err != nil || p != filepath.Join(dir, "baogao", "positions.json") {
		t.Fatalf("StateFile: %q, %v", p, err)
	}
	if info, err := os.Stat(filepath.Dir(p)); err != nil || !info.IsDir() || info.Mode().Perm() != 0o700 {
		t.Errorf("state dir: %v, %v", info, err)
	}
}

// TestPortableWins checks that baogao.toml next to the executable is read
// before the user's config.toml.
func TestPortableWins(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	t.Setenv("BAOGAO_CONFIG", "")
	user := filepath.Join(dir, "baogao", "config.toml")
	os.MkdirAll(filepath.Dir(user), 0o755)
	os.WriteFile(user, []byte(`lang = "en"`), 0o644)
	portable := PortablePath()
	if portable == "" {
		t.Skip("no executable path")
	}
	if _, err := os.Stat(portable); err == nil {
		t.Skipf("%s exists already", portable)
	}
	if err := os.WriteFile(portable, []byte("lang = \"zh\"\nfolders = [\"reports\"]\n"), 0o644); err != nil {
		t.Skipf("cannot write beside the test binary: %v", err)
	}
	defer os.Remove(portable)
	c, err := Load()
	if err != nil || !c.Portable || c.Path != portable || c.Lang != "zh" {
		t.Errorf("portable: %+v, %v", c, err)
	}
	if want := filepath.Join(filepath.Dir(portable), "reports"); len(c.Folders) != 1 || c.Folders[0] != want {
		t.Errorf("portable folders %q, want %q (next to the binary)", c.Folders, want)
	}
}
