// Package seeds embeds the sample reports that baogao opens when it is given
// no paths. Their bytes are kept exactly as they were found, noise and all:
// they are real input for the parser and its tests.
package seeds

import "embed"

// FS holds the sample reports, one .txt file each, named by place and year.
//
//go:embed *.txt
var FS embed.FS
