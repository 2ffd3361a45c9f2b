// Package i18n holds baogao's messages in English and Chinese and decides
// which language to speak.
//
// The language is Chinese when the locale asks for it and English
// otherwise: LC_ALL, then LC_MESSAGES, then LANG (the first that is set
// wins, as in POSIX; "C" and "POSIX" are English), then GNU's LANGUAGE
// list, then, on Windows, the user's preferred UI language
// (GetUserPreferredUILanguages, through golang.org/x/sys/windows, no CGO).
// A command line flag or a config file may force it with SetLang; cmd/baogao
// does so for --lang zh|en and the config's lang key.
//
// # Using it
//
// Look a message up by its key with T, which formats it with fmt.Sprintf
// when arguments are given:
//
//	fmt.Fprintln(stderr, "baogao: "+i18n.T("err.no_report"))
//	i18n.T("list.more", n) // "%d more" / "另有 %d 个"
//
// Keys are stable, dotted, English identifiers grouped by their user
// ("cli.", "help.", "diff.", "list.", "ui." for the app's labels); JSON keys
// and values printed for scripts are never translated. T never panics: a key
// missing from the catalog comes back as the key itself, and
// TestCatalogKeysUsed fails for any literal key used in the repository that
// the catalog lacks.
//
// The app (package ui) takes its labels from T as well, under keys that
// start with "ui." (ui.status.loading, ui.help.quit …): cmd/baogao sets the
// language before the app starts, so T always speaks the right one and the
// app need not keep it. A label that is measured for layout is measured
// after the lookup, with text.Measure, as the two languages differ in width;
// a label the app builds from parts takes them as arguments of one message
// (i18n.T("ui.notes", n)), never by joining translated pieces, because the
// order of words differs.
//
// # Adding a message
//
//  1. Add a line to the catalog in catalog.go (or catalog_help.go for help
//     texts): key, English, Chinese. Both are required; the test checks
//     that both are there and that they take the same fmt verbs. When the
//     Chinese order of arguments differs, use explicit indexes (%[2]s).
//  2. Use it: i18n.T("your.key", args...).
//  3. If it is part of a golden file (help, diff headers), run the tests
//     with -update and read the diff.
package i18n
