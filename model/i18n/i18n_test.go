package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// verbs matches fmt verbs, with explicit argument indexes.
var verbs = regexp.MustCompile(`%(?:\[(\d+)\])?[-+# 0]*\d*(?:\.\d+)?([a-zA-Z%])`)

// verbSet is the verbs of a format by argument, %% left out.
func verbSet(s string) []string {
	var out []string
	next := 1
	for _, m := range verbs.FindAllStringSubmatch(s, -1) {
		if m[2] == "%" {
			continue
		}
		i := next
		if m[1] != "" {
			i, _ = strconv.Atoi(m[1])
		}
		out = append(out, strconv.Itoa(i)+m[2])
		next = i + 1
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// TestCatalogComplete checks that every message has both languages, that
// they take the same arguments, and that no Chinese text is left in an
// English message but the examples.
func TestCatalogComplete(t *testing.T) {
	for key, m := range catalog {
		if m.en == "" || m.zh == "" {
			t.Errorf("%s: a language is missing", key)
			continue
		}
		if a, b := verbSet(m.en), verbSet(m.zh); !slices.Equal(a, b) {
			t.Errorf("%s: verbs %v in English, %v in Chinese", key, a, b)
		}
		if m.en == m.zh && !strings.HasPrefix(key, "list.") {
			t.Errorf("%s: the Chinese is the English", key)
		}
	}
}

// TestCatalogKeysUsed finds every i18n.T and i18n.In call with a literal
// key in the repository and checks that the catalog has the key: T would
// print the key itself.
func TestCatalogKeysUsed(t *testing.T) {
	root := filepath.Join("..", "..")
	n := 0
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || path != root && d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) {
			return filepath.SkipDir
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			return nil
		}
		ast.Inspect(f, func(node ast.Node) bool {
			call, ok := node.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "T" {
				return true
			}
			if id, ok := sel.X.(*ast.Ident); !ok || id.Name != "i18n" {
				return true
			}
			if lit, ok := call.Args[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
				key, _ := strconv.Unquote(lit.Value)
				n++
				if !Has(key) {
					t.Errorf("%s: i18n.T(%q): no such key in the catalog", path, key)
				}
			}
			return true
		})
		return nil
	})
	if n < 50 {
		t.Errorf("only %d keys found in use", n)
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		env    map[string]string
		system string
		want   Lang
	}{
		{nil, "", En},
		{map[string]string{"LANG": "zh_CN.UTF-8"}, "", Zh},
		{map[string]string{"LANG": "zh_TW.Big5"}, "", Zh},
		{map[string]string{"LANG": "en_US.UTF-8"}, "zh-CN", En},
		{map[string]string{"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}, "", En},
		{map[string]string{"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US"}, "", Zh},
		{map[string]string{"LC_MESSAGES": "zh_CN", "LANG": "en_US"}, "", Zh},
		{map[string]string{"LANG": "en_US", "LANGUAGE": "zh_CN:en"}, "", Zh},
		{map[string]string{"LC_ALL": "C", "LANGUAGE": "zh_CN"}, "", En},
		{map[string]string{"LANG": "de_DE.UTF-8"}, "zh-CN", En},
		{nil, "zh-Hans-CN", Zh},
		{nil, "en-US", En},
		{nil, "fr-FR", En},
	}
	for _, tt := range tests {
		got := detect(func(k string) string { return tt.env[k] }, func() string { return tt.system })
		if got != tt.want {
			t.Errorf("%v, system %q: %s, want %s", tt.env, tt.system, got, tt.want)
		}
	}
}

func TestParseLang(t *testing.T) {
	for s, want := range map[string]Lang{"zh": Zh, "ZH": Zh, "zh-CN": Zh, "zh_CN.UTF-8": Zh, "中文": Zh, "en": En, "en_GB": En, "C": En, "C.UTF-8": En} {
		if l, ok := ParseLang(s); !ok || l != want {
			t.Errorf("ParseLang(%q) = %s, %v", s, l, ok)
		}
	}
	for _, s := range []string{"", "fr", "zhx", "english please"} {
		if _, ok := ParseLang(s); ok {
			t.Errorf("ParseLang(%q) ok", s)
		}
	}
}

func TestT(t *testing.T) {
	defer SetLang(Current())
	SetLang(Zh)
	if got := T("err.no_section", "r", `"9"`); got != `r 中没有 "9" 这一节（见 'baogao outline r'）` {
		t.Errorf("zh: %q", got)
	}
	SetLang(En)
	if got := T("err.no_section", "r", `"9"`); got != `r has no section "9" (see 'baogao outline r')` {
		t.Errorf("en: %q", got)
	}
	if got := T("no.such.key"); got != "no.such.key" {
		t.Errorf("missing key: %q", got)
	}
	if got := In(Zh, "diff.status.same"); got != "相同" {
		t.Errorf("In: %q", got)
	}
}
