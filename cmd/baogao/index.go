// baogao index, and the index's use by search and list: a folder indexed
// once (model/index, in the user's cache directory) is searched from its
// postings and listed from its files table, after a check that re-reads
// only the files that changed.
package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"

	"baogao/model"
	"baogao/model/i18n"
	"baogao/model/index"
	"baogao/model/search"
)

// indexOptions are the index's options; BAOGAO_INDEX_DIR moves the indexes
// (tests, benchmarks) from the user's cache directory.
func indexOptions() index.Options {
	return index.Options{CacheDir: os.Getenv("BAOGAO_INDEX_DIR")}
}

// cmdIndex runs `baogao index`: build or bring up to date each folder's
// index, or remove it.
func cmdIndex(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("baogao index", `[--rm] FOLDER...

Builds or updates the search index of each folder in the user's cache
directory (never beside the reports): later 'baogao search' of the folder
uses it, re-reading only the files that changed.`, stderr)
	rm := fs.Bool("rm", false, i18n.T("flag.rm"))
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	failed := false
	for _, dir := range fs.Args() {
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			fmt.Fprintf(stderr, "baogao: %s: not a folder\n", model.PrintableName(dir))
			failed = true
			continue
		}
		if *rm {
			if err := index.Remove(dir, indexOptions()); err != nil {
				fmt.Fprintf(stderr, "baogao: %s: %v\n", model.PrintableName(dir), err)
				failed = true
			} else {
				fmt.Fprintln(stdout, i18n.T("index.removed", model.PrintableName(dir)))
			}
			continue
		}
		ix, st, err := syncIndex(dir, stderr)
		if err != nil {
			failed = true
			continue
		}
		loc, _ := index.Location(dir, indexOptions())
		fmt.Fprintf(stdout, "%s: %d files, %d read (%.1f MB), %d indexed, %d removed; %d segment(s), %.1f MB at %s\n",
			model.PrintableName(dir), st.Files, st.Read, float64(st.Bytes)/1e6, st.Indexed, st.Removed, st.Segments,
			float64(ix.DiskBytes())/1e6, model.PrintableName(loc))
		_, p := ix.Listing()
		printProblems(stderr, &p)
		ix.Close()
	}
	return exitCode(failed)
}

// syncIndex brings dir's index up to date, saying so when it had to be
// rebuilt.
func syncIndex(dir string, stderr io.Writer) (*index.Index, index.Stats, error) {
	ix, st, err := index.Sync(dir, indexOptions())
	if err != nil {
		fmt.Fprintf(stderr, "baogao: %s: index: %v\n", model.PrintableName(dir), err)
		return nil, st, err
	}
	if st.Rebuilt != "" {
		fmt.Fprintf(stderr, "baogao: %s: index rebuilt (%s)\n", model.PrintableName(dir), st.Rebuilt)
	}
	return ix, st, nil
}

// indexedFolder opens the index of paths when they are one folder that has
// one (brought up to date); ok is false otherwise, and the caller reads the
// files.
func indexedFolder(paths []string, stderr io.Writer) (ix *index.Index, ok bool) {
	if len(paths) != 1 {
		return nil, false
	}
	if info, err := os.Stat(paths[0]); err != nil || !info.IsDir() {
		return nil, false
	}
	if _, err := index.Location(paths[0], indexOptions()); err != nil || !index.Exists(paths[0], indexOptions()) {
		return nil, false
	}
	ix, _, err := syncIndex(paths[0], stderr)
	return ix, err == nil
}

// searchIndexed answers `baogao search` from the folder's index; ok is
// false when there is none (or the query is a regular expression).
func searchIndexed(paths []string, q *search.Query, countOnly, asJSON, highlight bool, stdout, stderr io.Writer) (code int, ok bool) {
	if q.Regex != nil {
		return 0, false
	}
	ix, ok := indexedFolder(paths, stderr)
	if !ok {
		return 0, false
	}
	defer ix.Close()
	out := bufio.NewWriterSize(stdout, 64<<10) // one write per 64 KB, not per file
	defer out.Flush()
	var kept []search.FileHits // --json prints the total first
	emit := func(f search.FileHits) {
		switch {
		case asJSON:
			kept = append(kept, f)
		case countOnly:
			fmt.Fprintf(out, "%s  %d\n", f.Report.ID, f.Count)
		default:
			writeHits(out, []search.FileHits{f}, highlight)
		}
	}
	res, err := ix.Search(context.Background(), q, countOnly, emit)
	if index.IsCorrupt(err) && res.Files == 0 {
		// A list failed its checksum: rebuild and search again.
		ix.Close()
		index.Remove(paths[0], indexOptions())
		if ix, ok = indexedFolder(paths, stderr); !ok {
			return 0, false
		}
		fmt.Fprintf(stderr, "baogao: %s: index rebuilt (%v)\n", model.PrintableName(paths[0]), err)
		res, err = ix.Search(context.Background(), q, countOnly, emit)
	}
	if err != nil {
		fmt.Fprintf(stderr, "baogao: %v\n", err)
		return 2, true
	}
	if asJSON {
		writeSearchJSON(out, q, kept, res.Total)
	}
	out.Flush()
	printProblems(stderr, &res.Problems)
	switch {
	case len(res.Errors) > 0:
		return 2, true
	case res.Total == 0:
		return 1, true
	}
	return 0, true
}
