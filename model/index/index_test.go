package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"baogao/model"
	"baogao/model/internal/corpus"
	"baogao/model/search"
)

// testFolder writes a generated corpus of about size bytes.
func testFolder(t testing.TB, size int) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "reports")
	if _, err := corpus.WriteDir(dir, size); err != nil {
		t.Fatal(err)
	}
	return dir
}

func testOptions(t testing.TB) Options {
	return Options{CacheDir: filepath.Join(t.TempDir(), "cache"), ChunkBytes: 256 << 10, Workers: 2}
}

var testQueries = []string{"法治政府", "枫桥经验", "碳达峰", "法", "的", "楓", "a", "2", "督察", "12345", "2023", "行政 执法", `"依法行政"`, "人民 法院 案件", "法治 法治政府", "政府 府", "的 的", "zzz不存在"}

// summary is what a search shows of each file: ID, count and, unless
// counting, every hit's place.
func summary(files []search.FileHits) []string {
	var out []string
	for _, f := range files {
		s := fmt.Sprintf("%s %d", f.Report.ID, f.Count)
		for _, h := range f.Hits {
			s += fmt.Sprintf(" %s:%d:%d-%d", h.Path(), h.Para, h.Start, h.End)
		}
		out = append(out, s)
	}
	return out
}

func indexed(t *testing.T, ix *Index, q *search.Query, countOnly bool) []search.FileHits {
	t.Helper()
	var got []search.FileHits
	if _, err := ix.Search(context.Background(), q, countOnly, func(f search.FileHits) { got = append(got, f) }); err != nil {
		t.Fatal(err)
	}
	return got
}

// checkSame compares indexed search with model.SearchPaths over the folder.
func checkSame(t *testing.T, ix *Index, dir string) {
	t.Helper()
	for _, text := range testQueries {
		q, err := search.ParseQuery(text, false)
		if err != nil {
			t.Fatal(err)
		}
		for _, countOnly := range []bool{true, false} {
			want := summary(search.Paths([]string{dir}, nil, q, countOnly).Files)
			if text == "法治政府" && len(want) == 0 {
				t.Fatal("法治政府 found nowhere: the corpus is not what the test expects")
			}
			got := summary(indexed(t, ix, q, countOnly))
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s (count %v): indexed %d files, files %d\nfirst indexed %q\nfirst files   %q", text, countOnly, len(got), len(want), head(got), head(want))
			}
		}
	}
}

func head(s []string) []string { return s[:min(3, len(s))] }

func TestSearchMatchesFiles(t *testing.T) {
	dir := testFolder(t, 3<<20)
	opt := testOptions(t)
	ix, st, err := Sync(dir, opt)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if st.Indexed != st.Files || st.Segments != 1 {
		t.Errorf("stats %+v: want every file indexed, one segment", st)
	}
	checkSame(t, ix, dir)
}

func TestUpdateChangedFilesOnly(t *testing.T) {
	dir := testFolder(t, 1<<20)
	opt := testOptions(t)
	ix, _, err := Sync(dir, opt)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	ents, _ := os.ReadDir(dir)
	changed := filepath.Join(dir, ents[1].Name())
	if err := os.WriteFile(changed, []byte("关于碳达峰的报告\n\n一、枫桥经验\n\n坚持和发展新时代枫桥经验，碳达峰。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, ents[2].Name())); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "zz-new.txt"), []byte("新增的报告\n\n一、督察\n\n开展法治督察。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ix, st, err := Sync(dir, opt)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if st.Read != 2 || st.Indexed != 2 || st.Removed != 1 || st.Rebuilt != "" {
		t.Errorf("stats %+v: want 2 read and indexed, 1 removed", st)
	}
	checkSame(t, ix, dir)

	// Unchanged: nothing is read.
	ix.Close()
	ix, st, err = Sync(dir, opt)
	if err != nil {
		t.Fatal(err)
	}
	if st.Read != 0 {
		t.Errorf("unchanged folder: %d files read", st.Read)
	}
	// Touched, same bytes: read but not indexed again.
	ix.Close()
	later := time.Now().Add(time.Hour)
	os.Chtimes(changed, later, later)
	ix, st, err = Sync(dir, opt)
	if err != nil {
		t.Fatal(err)
	}
	if st.Read != 1 || st.Indexed != 0 {
		t.Errorf("touched file: stats %+v, want 1 read, 0 indexed", st)
	}
	checkSame(t, ix, dir)

	// Rewritten in place (its folder's time unchanged, so the walk is
	// taken from the index), and a file in a new subfolder.
	ix.Close()
	f, err := os.OpenFile(changed, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("改写的报告\n\n一、督察\n\n开展法治督察，碳达峰碳达峰。\n")
	f.Close()
	ix, st, err = Sync(dir, opt)
	if err != nil {
		t.Fatal(err)
	}
	if st.Read != 1 || st.Indexed != 1 {
		t.Errorf("file rewritten in place: stats %+v, want 1 read and indexed", st)
	}
	checkSame(t, ix, dir)
	ix.Close()
	os.MkdirAll(filepath.Join(dir, "sub", "deeper"), 0o755)
	ix, _, _ = Sync(dir, opt) // the new folders are recorded
	ix.Close()
	os.WriteFile(filepath.Join(dir, "sub", "deeper", "x.txt"), []byte("深处的报告\n\n一、碳达峰\n\n碳达峰。\n"), 0o644)
	ix, st, err = Sync(dir, opt)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if st.Read != 1 {
		t.Errorf("a file in a subfolder: stats %+v, want 1 read", st)
	}
	checkSame(t, ix, dir)
}

// TestManySegmentsMerge makes more segments than maxSegments by small
// updates and checks that searches stay exact once they are merged.
func TestManySegmentsMerge(t *testing.T) {
	dir := testFolder(t, 512<<10)
	opt := testOptions(t)
	for i := range maxSegments + 2 {
		name := filepath.Join(dir, fmt.Sprintf("zz-%02d.txt", i))
		text := fmt.Sprintf("第%d份报告\n\n一、碳达峰\n\n推进碳达峰%d次，法治政府。\n", i, i)
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		ix, st, err := Sync(dir, opt)
		if err != nil {
			t.Fatal(err)
		}
		if st.Segments > maxSegments {
			t.Errorf("update %d: %d segments", i, st.Segments)
		}
		ix.Close()
	}
	ix, _, err := Sync(dir, opt)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	checkSame(t, ix, dir)
}

func TestCorruptIndexIsRebuilt(t *testing.T) {
	dir := testFolder(t, 512<<10)
	opt := testOptions(t)
	ix, _, err := Sync(dir, opt)
	if err != nil {
		t.Fatal(err)
	}
	loc := ix.dir
	segName := ix.m.segments[0]
	ix.Close()

	damage := map[string]func(){
		"flipped posting byte": func() { flip(t, filepath.Join(loc, segName), 100) },
		"truncated segment":    func() { truncate(t, filepath.Join(loc, segName)) },
		"missing segment":      func() { os.Remove(filepath.Join(loc, segName)) },
		"flipped meta byte":    func() { flip(t, filepath.Join(loc, "meta"), 20) },
		"older version": func() {
			m := readManifest(t, loc)
			m.format--
			os.WriteFile(filepath.Join(loc, "meta"), encodeMeta(m), 0o600)
		},
	}
	for name, hurt := range damage {
		t.Run(name, func(t *testing.T) {
			ix, _, err := Sync(dir, opt)
			if err != nil {
				t.Fatal(err)
			}
			loc, segName = ix.dir, ix.m.segments[0]
			ix.Close()
			hurt()
			// A damaged list is found when it is read: Open trusts only
			// the frame, a search checks each list's CRC.
			ix, st, err := Sync(dir, opt)
			if err != nil {
				t.Fatal(err)
			}
			defer ix.Close()
			q, _ := search.ParseQuery("法治政府", false)
			_, serr := ix.Search(context.Background(), q, true, func(search.FileHits) {})
			if st.Rebuilt == "" && serr == nil {
				// the flipped byte may be in a list no query reads
				if name != "flipped posting byte" {
					t.Errorf("not rebuilt")
				}
			}
			if serr != nil && !IsCorrupt(serr) {
				t.Errorf("search error %v is not corruption", serr)
			}
		})
	}
}

func flip(t *testing.T, path string, at int) {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b[at%len(b)] ^= 0x55
	os.WriteFile(path, b, 0o600)
}

func truncate(t *testing.T, path string) {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(path, b[:len(b)/2], 0o600)
}

func readManifest(t *testing.T, loc string) *manifest {
	b, err := os.ReadFile(filepath.Join(loc, "meta"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := decodeMeta(b)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestListingMatchesLoad(t *testing.T) {
	dir := testFolder(t, 1<<20)
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	ix, _, err := Sync(dir, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	listed, p := ix.Listing()
	loaded := model.LoadPaths([]string{dir}, nil)
	if len(listed) != len(loaded.Reports) {
		t.Fatalf("listed %d, loaded %d", len(listed), len(loaded.Reports))
	}
	for i, r := range loaded.Reports {
		l := listed[i]
		want := Meta{r.Title, r.District, r.City, r.Year, string(r.Kind), r.Chars(), r.SectionCount()}
		if l.ID != r.ID || l.Meta != want {
			t.Errorf("%d: listed %s %+v, loaded %s %+v", i, l.ID, l.Meta, r.ID, want)
		}
	}
	if !reflect.DeepEqual(p.Unloaded(), loaded.Unloaded()) || !reflect.DeepEqual(p.WarningLines(), loaded.WarningLines()) {
		t.Errorf("problems: listed %q %q, loaded %q %q", p.Unloaded(), p.WarningLines(), loaded.Unloaded(), loaded.WarningLines())
	}
}
