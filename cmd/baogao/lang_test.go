package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestHelpGolden keeps the help of baogao and of every command, in both
// languages, in testdata/help/.
func TestHelpGolden(t *testing.T) {
	names := []string{""}
	for _, c := range commands() {
		names = append(names, c.name)
	}
	for _, lang := range []string{"en", "zh"} {
		for _, name := range names {
			args := []string{"--lang", lang, "help"}
			file := "main"
			if name != "" {
				args, file = append(args, name), name
			}
			out, errOut, code := runCLI(t, "", args...)
			if code != 0 || errOut != "" {
				t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
			}
			checkGolden(t, filepath.Join("testdata", "help", file+"."+lang+".golden"), out)
		}
	}
}

// TestHelpForms checks that every way of asking for help prints the same
// text to stdout.
func TestHelpForms(t *testing.T) {
	for _, name := range []string{"list", "outline", "show", "search", "diff"} {
		want, _, _ := runCLI(t, "", "help", name)
		for _, args := range [][]string{{name, "--help"}, {name, "-h"}, {name, "-help"}, {"--lang=en", name, "--help"}} {
			out, errOut, code := runCLI(t, "", args...)
			if out != want || errOut != "" || code != 0 {
				t.Errorf("%v: exit %d, stderr %q, stdout differs from 'help %s'", args, code, errOut, name)
			}
		}
	}
	main, _, _ := runCLI(t, "", "help")
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help", "help"}} {
		if out, _, code := runCLI(t, "", args...); out != main || code != 0 {
			t.Errorf("%v: exit %d, stdout differs from 'help'", args, code)
		}
	}
}

// TestLanguageChoice checks the order: --lang, then the locale, and that
// a locale that is not Chinese gives English.
func TestLanguageChoice(t *testing.T) {
	tests := []struct {
		env  map[string]string
		args []string
		want string
	}{
		{map[string]string{"LANG": "zh_CN.UTF-8"}, nil, "没有 \"lsit\" 这个命令"},
		{map[string]string{"LC_ALL": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"}, nil, "没有 \"lsit\" 这个命令"},
		{map[string]string{"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}, nil, `unknown command "lsit"`},
		{map[string]string{"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, nil, "没有 \"lsit\" 这个命令"},
		{map[string]string{"LANG": "en_US.UTF-8", "LANGUAGE": "zh_CN:en"}, nil, "没有 \"lsit\" 这个命令"},
		{map[string]string{"LANG": "zh_CN.UTF-8"}, []string{"--lang", "en"}, `unknown command "lsit"; did you mean "list"?`},
		{map[string]string{"LANG": "C"}, []string{"--lang=zh"}, `没有 "lsit" 这个命令；是不是要用 "list"？`},
	}
	for _, tt := range tests {
		for k, v := range tt.env {
			t.Setenv(k, v)
		}
		_, errOut, code := runCLI(t, "", append(tt.args, "lsit")...)
		if code != 2 || !strings.Contains(errOut, tt.want) {
			t.Errorf("%v %v: exit %d, stderr %q; want %q", tt.env, tt.args, code, errOut, tt.want)
		}
		for k := range tt.env {
			t.Setenv(k, "")
		}
	}
	_, errOut, code := runCLI(t, "", "--lang", "fr", "list")
	if code != 2 || !strings.Contains(errOut, `--lang must be zh or en, not "fr"`) {
		t.Errorf("--lang fr: exit %d, stderr %q", code, errOut)
	}
}

// TestDidYouMean checks the suggestion for mistyped commands, and none for
// a word far from every command.
func TestDidYouMean(t *testing.T) {
	tests := []struct{ typed, want string }{
		{"lsit", `did you mean "list"?`},
		{"lis", `did you mean "list"?`},
		{"outlin", `did you mean "outline"?`},
		{"serach", `did you mean "search"?`},
		{"dif", `did you mean "diff"?`},
		{"shwo", `did you mean "show"?`},
		{"hlep", `did you mean "help"?`},
		{"List", `did you mean "list"?`},
		{"SEARCH", `did you mean "search"?`},
		{"frobnicate", `"frobnicate" is neither a command nor a file`},
	}
	for _, tt := range tests {
		_, errOut, code := runCLI(t, "", tt.typed)
		if code != 2 || !strings.Contains(errOut, tt.want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%s: exit %d, stderr %q; want one line with %q", tt.typed, code, errOut, tt.want)
		}
	}
	if _, errOut, _ := runCLI(t, "", "help", "lsit"); !strings.Contains(errOut, `did you mean "list"?`) {
		t.Errorf("help lsit: stderr %q", errOut)
	}
}

// TestChineseOutput keeps plain-text output under zh in golden files, and
// checks that --json is the same in both languages.
func TestChineseOutput(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"list", []string{"list"}},
		{"outline", []string{"outline", "历下", "2024"}},
		{"diff", []string{"diff", "--unified", "--width", "80", "历下", "2020", "2024"}},
	}
	for _, tt := range tests {
		out, errOut, code := runCLI(t, "", append([]string{"--lang", "zh"}, tt.args...)...)
		if code != 0 || errOut != "" {
			t.Errorf("%v: exit %d, stderr %q", tt.args, code, errOut)
		}
		checkGolden(t, filepath.Join("testdata", "cli", tt.name+".zh.golden"), out)
	}
	for _, args := range [][]string{{"list", "--json"}, {"outline", "--json", "3"}, {"diff", "--json", "1", "3"}, {"search", "--json", "枫桥经验"}} {
		en, _, _ := runCLI(t, "", append([]string{"--lang", "en"}, args...)...)
		zh, _, _ := runCLI(t, "", append([]string{"--lang", "zh"}, args...)...)
		if en != zh || en == "" {
			t.Errorf("%v: JSON differs between en and zh", args)
		}
	}
}

// TestChineseLoadErrors checks the reasons a file did not load, in Chinese.
func TestChineseLoadErrors(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "x.txt")
	_, errOut, code := runCLI(t, "", "--lang", "zh", "list", missing)
	if want := "baogao: " + missing + ": 没有这个文件或文件夹\n"; code != 2 || errOut != want {
		t.Errorf("exit %d, stderr %q, want %q", code, errOut, want)
	}
}

// TestHelpExamples runs every example of every help text, in both
// languages, with reports/ a folder of the seeds and report.txt, old.txt
// and new.txt files of it: each must work (exit 0, or 1 for a search that
// finds nothing or a check that fails a criterion) and print something. Examples that open the app are
// left out.
func TestHelpExamples(t *testing.T) {
	dir := seedDir(t)
	files := map[string]string{
		"reports/":   dir,
		"report.txt": filepath.Join(dir, "zibo-zhoucun-2023.txt"),
		"old.txt":    filepath.Join(dir, "jinan-lixia-2020.txt"),
		"new.txt":    filepath.Join(dir, "jinan-lixia-2024.txt"),
	}
	names := []string{""}
	for _, c := range commands() {
		names = append(names, c.name)
	}
	n := 0
	for _, lang := range []string{"en", "zh"} {
		for _, name := range names {
			args := []string{"--lang", lang, "help"}
			if name != "" {
				args = append(args, name)
			}
			help, _, _ := runCLI(t, "", args...)
			_, examples, ok := strings.Cut(help, map[string]string{"en": "Examples:\n", "zh": "示例：\n"}[lang])
			if !ok {
				t.Errorf("%s help %s: no examples", lang, name)
				continue
			}
			for _, line := range strings.Split(examples, "\n") {
				cmd, _, _ := strings.Cut(strings.TrimSpace(line), "  ")
				args := shellWords(cmd)
				if len(args) < 2 || args[0] != "baogao" {
					continue
				}
				if _, isCmd := findCommand(args[1]); !isCmd {
					continue // opens the reader
				}
				for i, a := range args {
					if f, ok := files[a]; ok {
						args[i] = f
					}
				}
				out, errOut, code := runCLI(t, "", args[1:]...)
				n++
				if code != 0 && !(code == 1 && (args[1] == "search" || args[1] == "check")) || out == "" {
					t.Errorf("%s help %s: %q: exit %d, stderr %q, %d bytes out", lang, name, cmd, code, errOut, len(out))
				}
			}
		}
	}
	if n < 20 {
		t.Errorf("only %d examples run", n)
	}
}

// shellWords splits a command line as a shell would, for the examples:
// words apart by spaces, 'single quotes' kept whole.
func shellWords(s string) []string {
	var words []string
	var b strings.Builder
	in, started := false, false
	for _, r := range s {
		switch {
		case r == '\'':
			in, started = !in, true
		case r == ' ' && !in:
			if started {
				words = append(words, b.String())
				b.Reset()
				started = false
			}
		default:
			b.WriteRune(r)
			started = true
		}
	}
	if started {
		words = append(words, b.String())
	}
	return words
}
