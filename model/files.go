package model

// ReportFile is a file that LoadPaths would read, with the ID it would give
// the report.
type ReportFile struct {
	Path string
	ID   string
}

// ReportFiles lists the files LoadPaths reads for paths (files named
// directly and the .txt and .md files of folders, in the same order), with
// the IDs it gives them, and the problems of finding them (a folder that
// cannot be read, a file skipped for its extension). Nothing is opened: a
// persistent index (model/index) uses it to learn which files to check.
// Pipes, devices and "-" are left out: they cannot be indexed.
func ReportFiles(paths []string) ([]ReportFile, Problems) {
	var named []string
	for _, in := range paths {
		if in != "-" {
			named = append(named, in)
		}
	}
	ins, p := Inputs(named, nil)
	out := make([]ReportFile, 0, len(ins))
	for _, in := range ins {
		if in.file {
			out = append(out, ReportFile{Path: in.Source, ID: in.ID})
		}
	}
	return out, p
}

// ReadReportFile reads a file as LoadPaths does (a regular file only, at
// most MaxFileSize bytes); the error is what LoadPaths would report for it,
// without the path.
func ReadReportFile(path string) ([]byte, error) {
	b, err := readFile(path)
	return b, reason(err)
}
