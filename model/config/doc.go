// Package config reads baogao's settings file and says where settings and
// state live.
//
// The settings file is, in order of precedence: the file BAOGAO_CONFIG
// names; baogao.toml next to the executable (portable use, from a USB stick
// or a machine where nothing may be installed); config.toml in baogao's
// folder of the user's config directory (os.UserConfigDir:
// $XDG_CONFIG_HOME/baogao or ~/.config/baogao, %AppData%\baogao,
// ~/Library/Application Support/baogao). The first that exists is read;
// none is fine and gives the defaults.
//
// The file is a small subset of TOML (toml.go), parsed here by hand rather
// than with BurntSushi/toml or pelletier/go-toml/v2: the subset is all a
// settings file needs, its errors name the line and what was expected in
// words a user reads, and it is small: its symbols are about 28 KB of the
// binary, where importing BurntSushi/toml v1.6.0 adds 238 KB and
// pelletier/go-toml/v2 v2.4.3 adds 373 KB to the stripped baogao binary
// (go build -trimpath -ldflags=-s, December 2026). A parser that reads a
// dozen keys is not worth a tenth of the binary or a reflection decoder
// to fuzz.
// A file that does not parse, or holds a key or value baogao does not know,
// is one error, and Load then returns the defaults with it: a typo never
// half-applies a config.
//
//	lang = "zh"                  # zh, en or auto (the locale)
//	ambiguous = "auto"           # narrow, wide or auto
//	reading_width = 80           # cells of text per line in the reader; 0 = the pane's width
//	folders = ["~/报告", "D:/reports"]  # opened when no PATH is given
//
//	[keys]                       # action = key or [keys], for the app
//	quit = ["q", "ctrl+c"]
//
//	[colors]                     # role = "#rrggbb", "#rgb" or an ANSI number 0–255
//	accent = "#d70000"
//
// The app's key and colour names are the app's to check (package ui): here
// they are kept as given, with only their syntax checked.
//
// StateDir, CacheDir and ConfigDir are where baogao keeps what it writes:
// never beside the reports it reads.
package config
