package i18n

import (
	"fmt"
	"os"
	"strings"
	"sync/atomic"
)

// Lang is a language baogao speaks.
type Lang string

// The languages baogao speaks.
const (
	En Lang = "en"
	Zh Lang = "zh"
)

// current is the language T speaks; nil until SetLang or the first T, which
// detects it.
var current atomic.Pointer[Lang]

// SetLang makes T speak l from now on.
func SetLang(l Lang) {
	if l != Zh {
		l = En
	}
	current.Store(&l)
}

// Current is the language T speaks: the one set last, or the detected one.
func Current() Lang {
	if l := current.Load(); l != nil {
		return *l
	}
	l := Detect()
	current.CompareAndSwap(nil, &l)
	return *current.Load()
}

// ParseLang reads a language as a user or a locale gives it: "zh",
// "zh_CN.UTF-8", "zh-Hans", "Chinese", "中文" are Chinese; "en", "en_US",
// "C", "POSIX", "English" are English. ok is false for anything else.
func ParseLang(s string) (l Lang, ok bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case s == "中文" || s == "chinese" || s == "zh" || strings.HasPrefix(s, "zh_") ||
		strings.HasPrefix(s, "zh-") || strings.HasPrefix(s, "zh."):
		return Zh, true
	case s == "english" || s == "en" || s == "c" || s == "posix" || strings.HasPrefix(s, "en_") ||
		strings.HasPrefix(s, "en-") || strings.HasPrefix(s, "en.") || strings.HasPrefix(s, "c."):
		return En, true
	}
	return En, false
}

// Detect decides the language from the environment (see the package
// documentation), without what SetLang set.
func Detect() Lang { return detect(os.Getenv, systemLanguage) }

// detect is Detect with the environment and the system's UI language
// given, for tests.
func detect(getenv func(string) string, system func() string) Lang {
	locale := ""
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			locale = v
			break
		}
	}
	// GNU gettext reads LANGUAGE, a list by preference, unless the locale
	// is C: the user who set it wants messages in the first of its languages.
	if list := getenv("LANGUAGE"); list != "" && !isCLocale(locale) {
		for _, item := range strings.Split(list, ":") {
			if l, ok := ParseLang(item); ok {
				return l
			}
		}
	}
	if locale != "" {
		l, _ := ParseLang(locale)
		return l
	}
	if l, ok := ParseLang(system()); ok {
		return l
	}
	return En
}

func isCLocale(locale string) bool {
	return locale == "C" || locale == "POSIX" || strings.HasPrefix(locale, "C.")
}

// T is the message with the key in the current language, formatted with
// args as fmt.Sprintf does when there are any. A key missing from the
// catalog comes back as itself.
func T(key string, args ...any) string { return In(Current(), key, args...) }

// In is T in the language l.
func In(l Lang, key string, args ...any) string {
	m, ok := catalog[key]
	if !ok {
		return key
	}
	s := m.en
	if l == Zh {
		s = m.zh
	}
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, args...)
}

// Has reports whether the catalog holds key.
func Has(key string) bool {
	_, ok := catalog[key]
	return ok
}
