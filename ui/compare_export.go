package ui

// Exporting from compare mode: e writes the comparison in view — hand
// pairs included, as the exports of baogao diff --export html — as one
// HTML 对照表 in the export folder (Options.ExportDir, else the working
// directory), named after the reports. It never writes over a file: when
// 历下区2024-历下区2025-对照.html exists, the next is …-对照-2.html, so no
// input can be overwritten either. The writing runs as a command; the
// status line then shows the path written, or why nothing was.

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"

	"baogao/model"
	"baogao/model/compare"
	"baogao/model/export"
)

// exportedMsg is an export done: the file written, or the error.
type exportedMsg struct {
	path string
	err  error
}

// note is what the status line says of the export.
func (m exportedMsg) note() string {
	if m.err != nil {
		return "导出失败：" + model.Sanitize(m.err.Error())
	}
	return "已导出 " + model.Sanitize(m.path)
}

// export writes the comparison in view, if there is one yet.
func (cm *compareMode) export(e *env) tea.Cmd {
	if cm.c == nil {
		return nil
	}
	c, dir, version := cm.c, e.opts.ExportDir, e.opts.Version
	cm.note = "导出中…"
	return func() tea.Msg {
		path, err := writeComparison(c, dir, version)
		return exportedMsg{path: path, err: err}
	}
}

// maxSameName bounds the numbered names tried before giving up.
const maxSameName = 100

// writeComparison writes c as HTML into a new file in dir and returns its
// absolute path.
func writeComparison(c *compare.Comparison, dir, version string) (string, error) {
	d := export.Build(c, export.Options{Version: version})
	var buf bytes.Buffer
	if err := export.WriteHTML(&buf, d); err != nil {
		return "", err
	}
	if dir == "" {
		dir = "."
	}
	name := export.FileName(d, "html")
	ext := filepath.Ext(name)
	for i := 1; i <= maxSameName; i++ {
		path := filepath.Join(dir, name)
		if i > 1 {
			path = filepath.Join(dir, strings.TrimSuffix(name, ext)+"-"+strconv.Itoa(i)+ext)
		}
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		_, err = f.Write(buf.Bytes())
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		abs, _ := filepath.Abs(path)
		return abs, err
	}
	return "", errors.New(name + " 已有 " + strconv.Itoa(maxSameName) + " 份")
}
