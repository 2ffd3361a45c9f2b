//go:build !windows

package i18n

// systemLanguage is the UI language of a system without one apart from the
// locale: none.
func systemLanguage() string { return "" }
