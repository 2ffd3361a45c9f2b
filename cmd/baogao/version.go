package main

import (
	"runtime/debug"
	"strings"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3"; it
// wins over what the build info says.
var version = ""

// versionLine is what --version prints: "baogao v1.2.3 (abc1234def56,
// 2026-12-01, modified) go1.26.0".
func versionLine() string {
	info, ok := debug.ReadBuildInfo()
	return formatVersion(version, info, ok)
}

// formatVersion is versionLine from the ldflags version and the build
// info: the module's version when `go install` set one, else "dev", and
// the VCS revision, time and dirt when the build recorded them.
func formatVersion(ldflags string, info *debug.BuildInfo, ok bool) string {
	v := ldflags
	if v == "" && ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		v = info.Main.Version
	}
	if v == "" {
		v = "dev"
	}
	if !ok {
		return "baogao " + v
	}
	var vcs []string
	for _, s := range info.Settings {
		switch {
		case s.Key == "vcs.revision" && len(s.Value) >= 12:
			vcs = append(vcs, s.Value[:12])
		case s.Key == "vcs.time" && len(s.Value) >= 10:
			vcs = append(vcs, s.Value[:10])
		case s.Key == "vcs.modified" && s.Value == "true":
			vcs = append(vcs, "modified")
		}
	}
	line := "baogao " + v
	if len(vcs) > 0 {
		line += " (" + strings.Join(vcs, ", ") + ")"
	}
	return line + " " + info.GoVersion
}
