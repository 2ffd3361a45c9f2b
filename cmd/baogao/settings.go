package main

import (
	"fmt"
	"io"
	"strings"

	"baogao/model/config"
	"baogao/model/i18n"
)

// settings are the config file's settings (model/config), read once by
// setUp: the default folders, ambiguous width and language here, the keys,
// colours and reading width for the app (tuiOptions).
var settings = config.Defaults()

// setUp takes --lang out of the arguments (it may stand anywhere before
// --), reads the config file and sets the language: --lang, else the
// config's lang, else the locale. A bad config is one error line, and the
// defaults are used; a bad --lang is an error.
func setUp(args []string, stderr io.Writer) ([]string, bool) {
	args, lang, langGiven := takeLang(args)
	var err error
	settings, err = config.Load()
	switch {
	case langGiven:
		l, ok := i18n.ParseLang(lang)
		if !ok || lang == "" {
			i18n.SetLang(i18n.Detect())
			fmt.Fprintln(stderr, "baogao: "+i18n.T("err.lang", quote(lang)))
			return nil, false
		}
		i18n.SetLang(l)
	case settings.Lang != "":
		i18n.SetLang(i18n.Lang(settings.Lang))
	default:
		i18n.SetLang(i18n.Detect())
	}
	if err != nil {
		fmt.Fprintln(stderr, "baogao: "+i18n.T("err.config", err))
	}
	return args, true
}

// takeLang removes --lang X, --lang=X, -lang X and -lang=X from args.
func takeLang(args []string) (rest []string, lang string, given bool) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return append(rest, args[i:]...), lang, given
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "lang" {
			rest = append(rest, a)
			continue
		}
		given = true
		if !hasValue && i+1 < len(args) {
			i++
			value = args[i]
		}
		lang = value
	}
	return rest, lang, given
}

// configHint is the settings file in use, or where one would be read, for
// the help.
func configHint() string {
	if settings.Path != "" {
		return settings.Path
	}
	if p := config.UserPath(); p != "" {
		return p
	}
	return config.PortablePath()
}
