package main

import (
	"runtime/debug"
	"testing"
)

func TestFormatVersion(t *testing.T) {
	vcs := []debug.BuildSetting{{Key: "vcs.revision", Value: "56cd74b0123456789abcdef"}, {Key: "vcs.time", Value: "2026-12-01T10:00:00Z"}, {Key: "vcs.modified", Value: "true"}}
	tests := []struct {
		ldflags string
		info    *debug.BuildInfo
		ok      bool
		want    string
	}{
		{"", nil, false, "baogao dev"},
		{"v1.2.3", nil, false, "baogao v1.2.3"},
		{"", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"}}, true, "baogao dev go1.26.0"},
		{"", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v0.3.0"}}, true, "baogao v0.3.0 go1.26.0"},
		{"", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"}, Settings: vcs}, true,
			"baogao dev (56cd74b01234, 2026-12-01, modified) go1.26.0"},
		{"v2.0.0", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v0.3.0"}, Settings: vcs[:1]}, true,
			"baogao v2.0.0 (56cd74b01234) go1.26.0"},
	}
	for _, tt := range tests {
		if got := formatVersion(tt.ldflags, tt.info, tt.ok); got != tt.want {
			t.Errorf("%q %+v: %q, want %q", tt.ldflags, tt.info, got, tt.want)
		}
	}
}
