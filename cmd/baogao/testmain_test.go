package main

import (
	"os"
	"testing"
)

// TestMain gives the tests an environment of their own: English unless a
// test asks for Chinese, no user config, the ambiguous width of a default
// terminal.
func TestMain(m *testing.M) {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE", "BAOGAO_AMBIGUOUS", "BAOGAO_CONFIG"} {
		os.Unsetenv(name)
	}
	os.Setenv("LANG", "C.UTF-8")
	os.Setenv("XDG_CONFIG_HOME", "/nonexistent/xdg-config")
	os.Exit(m.Run())
}
