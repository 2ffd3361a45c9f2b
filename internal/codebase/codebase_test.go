package codebase

import (
	"bufio"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

const (
	maxFileLines = 500
	maxFuncLines = 80
	module       = "baogao"
)

// root is the module's root, two folders up from this package.
var root = filepath.Join("..", "..")

// goFile is one non-test .go file of the module, parsed.
type goFile struct {
	path      string // slash-separated, relative to the module root
	fset      *token.FileSet
	file      *ast.File
	lines     int
	generated bool
}

// sourceFiles parses every non-test .go file of the module (testdata and
// nested modules, such as model/internal/gen-ts, left out).
func sourceFiles(t *testing.T) []goFile {
	t.Helper()
	var out []goFile
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || fileExists(filepath.Join(p, "go.mod"))) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, p, src, parser.ParseComments)
		if err != nil {
			return err
		}
		out = append(out, goFile{rel, fset, f, strings.Count(string(src), "\n"), ast.IsGenerated(f)})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < 50 {
		t.Fatalf("found only %d source files under %s", len(out), root)
	}
	return out
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// sizeViolations lists the files over maxFileLines and the functions over
// maxFuncLines, as "path" and "path:Func" (methods as "path:Type.Method").
func sizeViolations(files []goFile) map[string]string {
	out := map[string]string{}
	for _, f := range files {
		if f.generated {
			continue
		}
		if f.lines > maxFileLines {
			out[f.path] = strconv.Itoa(f.lines) + " lines"
		}
		for _, d := range f.file.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			n := f.fset.Position(fn.End()).Line - f.fset.Position(fn.Pos()).Line + 1
			if n > maxFuncLines {
				out[f.path+":"+funcName(fn)] = strconv.Itoa(n) + " lines"
			}
		}
	}
	return out
}

func funcName(fn *ast.FuncDecl) string {
	if fn.Recv == nil || len(fn.Recv.List) == 0 {
		return fn.Name.Name
	}
	t := fn.Recv.List[0].Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	if g, ok := t.(*ast.IndexExpr); ok {
		t = g.X
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name + "." + fn.Name.Name
	}
	return fn.Name.Name
}

// allowlist reads allowlist.txt: one violation a line (as sizeViolations
// names it), # comments.
func allowlist(t *testing.T) map[string]bool {
	t.Helper()
	f, err := os.Open("allowlist.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			out[l] = true
		}
	}
	return out
}

// TestSizes: no file over 500 lines, no function over 80, but generated
// code; under ui/ and cmd/ the allowlist may excuse a violation, and must
// name only violations that are still there.
func TestSizes(t *testing.T) {
	found := sizeViolations(sourceFiles(t))
	allowed := allowlist(t)
	var names []string
	for name := range found {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		switch {
		case !allowed[name]:
			t.Errorf("%s: %s (at most %d per file, %d per function)", name, found[name], maxFileLines, maxFuncLines)
		case !strings.HasPrefix(name, "ui/") && !strings.HasPrefix(name, "cmd/"):
			t.Errorf("%s: %s; only ui/ and cmd/ may be allowlisted", name, found[name])
		}
	}
	for name := range allowed {
		if _, ok := found[name]; !ok {
			t.Errorf("allowlist.txt names %s, which is within the limits now: remove it", name)
		}
	}
}
