package codebase

import (
	"path"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// imports maps each package of the module (its import path) to the
// packages its non-test files import.
func imports(files []goFile) map[string][]string {
	out := map[string][]string{}
	seen := map[string]bool{}
	for _, f := range files {
		pkg := path.Join(module, path.Dir(f.path))
		if _, ok := out[pkg]; !ok {
			out[pkg] = nil
		}
		for _, im := range f.file.Imports {
			p, _ := strconv.Unquote(im.Path.Value)
			if !seen[pkg+" "+p] {
				seen[pkg+" "+p] = true
				out[pkg] = append(out[pkg], p)
			}
		}
	}
	return out
}

// deps is every package pkg imports, directly or not, that graph knows
// (the module's own), and the other imports met on the way.
func deps(graph map[string][]string, pkg string) map[string]bool {
	out := map[string]bool{}
	var walk func(string)
	walk = func(p string) {
		for _, im := range graph[p] {
			if !out[im] {
				out[im] = true
				walk(im)
			}
		}
	}
	walk(pkg)
	return out
}

// isUI reports whether an import path is a UI package: the module's ui/
// tree or a terminal library.
func isUI(p string) bool {
	return p == module+"/ui" || strings.HasPrefix(p, module+"/ui/") ||
		strings.HasPrefix(p, "charm.land/") || strings.HasPrefix(p, "github.com/charmbracelet/") ||
		p == "github.com/mattn/go-runewidth"
}

// TestPackageRule: nothing under model/ imports UI; model imports neither
// model/compare nor model/search; compare and search build on model and
// not on each other; the imports have no cycle.
func TestPackageRule(t *testing.T) {
	graph := imports(sourceFiles(t))
	for _, want := range []string{module + "/model", module + "/model/compare", module + "/model/search", module + "/ui"} {
		if _, ok := graph[want]; !ok {
			t.Fatalf("no package %s", want)
		}
	}
	var pkgs []string
	for p := range graph {
		pkgs = append(pkgs, p)
	}
	sort.Strings(pkgs)
	for _, p := range pkgs {
		d := deps(graph, p)
		if d[p] {
			t.Errorf("%s imports itself through a cycle", p)
		}
		if !strings.HasPrefix(p, module+"/model") {
			continue
		}
		for im := range d {
			if isUI(im) {
				t.Errorf("%s imports %s: nothing under model/ may import UI", p, im)
			}
		}
	}
	for _, rule := range []struct{ from, notTo string }{
		{"model", "model/compare"}, {"model", "model/search"},
		{"model/compare", "model/search"}, {"model/search", "model/compare"},
		{"model/fold", "model"},
	} {
		if deps(graph, module+"/"+rule.from)[module+"/"+rule.notTo] {
			t.Errorf("%s imports %s", rule.from, rule.notTo)
		}
	}
	for _, p := range []string{"model/compare", "model/search"} {
		if !deps(graph, module+"/"+p)[module+"/model"] {
			t.Errorf("%s does not build on model", p)
		}
	}
}
