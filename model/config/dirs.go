package config

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
)

// ConfigDir is baogao's folder in the user's config directory
// (os.UserConfigDir): $XDG_CONFIG_HOME/baogao, %AppData%\baogao,
// ~/Library/Application Support/baogao. It is not created.
func ConfigDir() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "baogao"), nil
}

// CacheDir is baogao's folder in the user's cache directory
// (os.UserCacheDir: $XDG_CACHE_HOME/baogao, %LocalAppData%\baogao,
// ~/Library/Caches/baogao): what can be made again. It is not created.
func CacheDir() (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "baogao"), nil
}

// StateDir is where baogao keeps what it remembers between runs (hand
// pairs, marks, reading positions), never beside the reports:
// $XDG_STATE_HOME/baogao, else ~/.local/state/baogao; %LocalAppData%\baogao
// on Windows; ~/Library/Application Support/baogao/state on macOS. It is
// not created; see EnsureStateDir.
func StateDir() (string, error) {
	return stateDir(runtime.GOOS, os.Getenv, os.UserHomeDir)
}

func stateDir(goos string, getenv func(string) string, home func() (string, error)) (string, error) {
	if dir := getenv("XDG_STATE_HOME"); dir != "" && filepath.IsAbs(dir) && goos != "windows" {
		return filepath.Join(dir, "baogao"), nil
	}
	switch goos {
	case "windows":
		dir := getenv("LocalAppData")
		if dir == "" {
			return "", errors.New("%LocalAppData% is not set")
		}
		return filepath.Join(dir, "baogao"), nil
	case "darwin", "ios":
		h, err := home()
		if err != nil {
			return "", err
		}
		return filepath.Join(h, "Library", "Application Support", "baogao", "state"), nil
	}
	h, err := home()
	if err != nil {
		return "", err
	}
	return filepath.Join(h, ".local", "state", "baogao"), nil
}

// EnsureStateDir is StateDir, created (mode 0700: what a user read is
// theirs) when it does not exist.
func EnsureStateDir() (string, error) {
	dir, err := StateDir()
	if err != nil {
		return "", err
	}
	return dir, os.MkdirAll(dir, 0o700)
}

// StateFile is the path of a file named name in the state directory,
// which it creates: config.StateFile("positions.json").
func StateFile(name string) (string, error) {
	dir, err := EnsureStateDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, name), nil
}
