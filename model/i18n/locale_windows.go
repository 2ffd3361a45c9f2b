//go:build windows

package i18n

import "golang.org/x/sys/windows"

// systemLanguage is the user's preferred Windows UI language ("zh-CN"),
// which a Chinese Windows sets even where no locale variable is.
func systemLanguage() string {
	langs, err := windows.GetUserPreferredUILanguages(windows.MUI_LANGUAGE_NAME)
	if err != nil || len(langs) == 0 {
		return ""
	}
	return langs[0]
}
