// Package model holds baogao's reports and the one load pipeline that makes
// them: files in, a Report (title, metadata, section tree) out.
//
// The pipeline (pipeline.go) is bytes → text (by format) → decode → clean →
// parse → metadata → Report:
//
//   - Inputs (inputs.go) says which files a list of paths names and gives
//     each an ID; read.go reads them within MaxFileSize without ever waiting
//     on a FIFO.
//   - ReadText turns a file's bytes into Text by its format: the formats
//     table has one entry per format (plain text, Markdown), the seam where
//     the readers of model/format plug in. Decode (decode.go, detect.go)
//     tells UTF-8, GB18030, Big5 and UTF-16 apart and counts replaced bytes.
//   - Text.Tree sanitizes (sanitize.go, sanitize_width.go: nothing that could
//     drive a terminal or that terminals measure differently), cleans
//     (clean.go: indentation, Markdown marks, page chrome) and parses
//     (parse.go: a table of heading recognisers, run-in titles, page-break
//     joins, the 落款); Text.Report adds the metadata (meta.go, cities.go).
//   - LoadPaths and LoadFS run it on every input, one worker per CPU, and
//     collect per-file errors, skips and warnings (load.go) without stopping.
//
// Searching and comparing reports are packages of their own (model/search,
// model/compare) that import this one, never the other way round; folding
// (model/fold) and document formats (model/format) are below it. Nothing
// under model/ imports a UI package: everything here is plain data and
// functions, so the terminal UI, the CLI and the tests see the same
// reports. Only loading touches the file system, and it never writes.
package model
