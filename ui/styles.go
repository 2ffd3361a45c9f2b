package ui

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// The palette: one colour for dark backgrounds and one for light, picked by
// lipgloss.LightDark once the terminal has told us its background.
var (
	accentLight  = lipgloss.Color("#005f87")
	accentDark   = lipgloss.Color("#5fafff")
	accent2Light = lipgloss.Color("#875f00")
	accent2Dark  = lipgloss.Color("#d7af5f")
	mutedLight   = lipgloss.Color("#8a8a8a")
	mutedDark    = lipgloss.Color("#6c6c6c")
	errorLight   = lipgloss.Color("#af0000")
	errorDark    = lipgloss.Color("#ff5f5f")
	barLight     = lipgloss.Color("#e4e4e4")
	barDark      = lipgloss.Color("#303030")

	// Compare: removed and added text, and the background of a character
	// edit inside a changed sentence.
	delLight   = lipgloss.Color("#af0000")
	delDark    = lipgloss.Color("#ff8787")
	insLight   = lipgloss.Color("#005f00")
	insDark    = lipgloss.Color("#87d787")
	delBgLight = lipgloss.Color("#ffd7d7")
	delBgDark  = lipgloss.Color("#5f0000")
	insBgLight = lipgloss.Color("#d7ffd7")
	insBgDark  = lipgloss.Color("#005f00")

	// Search: the background of a match, and of the current match.
	matchBgLight = lipgloss.Color("#ffd75f")
	matchBgDark  = lipgloss.Color("#875f00")
	matchFgLight = lipgloss.Color("#000000")
	matchFgDark  = lipgloss.Color("#ffffff")
	curBgLight   = lipgloss.Color("#ff8700")
	curBgDark    = lipgloss.Color("#d75f00")
)

// borderGlyphs are the characters a pane frame is drawn with.
type borderGlyphs struct {
	topLeft, topRight, bottomLeft, bottomRight, horizontal, vertical string

	moved string // before the status mark of a pair that moved (one cell)
}

// roundedGlyphs are box-drawing characters: ambiguous width, so used only
// when ambiguous characters are one cell.
var roundedGlyphs = borderGlyphs{"╭", "╮", "╰", "╯", "─", "│", "↕"}

// asciiGlyphs are used in wide mode, where Lip Gloss and terminals disagree
// about box-drawing widths.
var asciiGlyphs = borderGlyphs{"+", "+", "+", "+", "-", "|", "m"}

// styles is every colour and text attribute of the app; no other file
// names a colour. Without colour (NO_COLOR) the same distinctions are made
// with bold, reverse and underline, and the cursor rows carry a ">" marker
// in every mode.
type styles struct {
	glyphs borderGlyphs

	// Panes.
	Border        lipgloss.Style
	BorderFocused lipgloss.Style
	Title         lipgloss.Style
	TitleFocused  lipgloss.Style

	// Lists: the cursor row in the focused pane, the cursor row elsewhere,
	// topic tags and load problems.
	Cursor     lipgloss.Style
	CursorBlur lipgloss.Style
	Tag        lipgloss.Style
	Problem    lipgloss.Style

	// Reader: the document title and headings by level (1, 2, 3 and below).
	DocTitle lipgloss.Style
	Heading  [3]lipgloss.Style

	// Bottom lines and notices.
	Status   lipgloss.Style
	HelpKey  lipgloss.Style
	HelpDesc lipgloss.Style
	Notice   lipgloss.Style

	// Compare: removed and added sentences, a changed sentence's character
	// edits, phrases a parallel pair shares (underlined, also without
	// colour), counts of unchanged sentences, and the status marks of the
	// pairs (same, changed, parallel, only in A, only in B).
	Del, Ins, DelEdit, InsEdit lipgloss.Style
	SharedPhrase, Unchanged    lipgloss.Style
	PairStatus                 [5]lipgloss.Style

	// Search: a match, the current match (n/N), hit counts in the outline
	// and the results pane, a report's heading in the results, and the
	// prompt's error.
	Match, MatchCurrent lipgloss.Style
	HitCount, HitReport lipgloss.Style
	PromptError         lipgloss.Style

	// Pre-rendered vertical borders: drawn twice per row per pane, so
	// styling them once per style change keeps frames cheap.
	vbar, vbarFocused string
}

// newStyles builds the styles for a dark or light background. noColor
// drops every colour; ascii picks the ASCII border set.
func newStyles(dark, noColor, ascii bool) *styles {
	pick := lipgloss.LightDark(dark)
	c := func(light, dark color.Color) color.Color {
		if noColor {
			return lipgloss.NoColor{}
		}
		return pick(light, dark)
	}
	accent, accent2 := c(accentLight, accentDark), c(accent2Light, accent2Dark)
	muted, bar := c(mutedLight, mutedDark), c(barLight, barDark)
	plain := lipgloss.NewStyle()
	st := &styles{
		glyphs:        roundedGlyphs,
		Border:        plain.Foreground(muted),
		BorderFocused: plain.Foreground(accent).Bold(true),
		Title:         plain.Foreground(muted),
		TitleFocused:  plain.Foreground(accent).Bold(true).Reverse(noColor),
		Cursor:        plain.Reverse(true).Bold(true),
		CursorBlur:    plain.Bold(true).Underline(noColor).Foreground(accent),
		Tag:           plain.Foreground(muted).Faint(noColor),
		Problem:       plain.Foreground(c(errorLight, errorDark)).Bold(noColor),
		DocTitle:      plain.Bold(true).Foreground(accent),
		Heading: [3]lipgloss.Style{
			plain.Bold(true).Foreground(accent).Underline(noColor),
			plain.Bold(true).Foreground(accent2),
			plain.Bold(true),
		},
		Status:   plain.Background(bar).Reverse(noColor),
		HelpKey:  plain.Foreground(accent).Bold(true),
		HelpDesc: plain.Foreground(muted),
		Notice:   plain.Bold(true),
	}
	del, ins := c(delLight, delDark), c(insLight, insDark)
	st.Del, st.Ins = plain.Foreground(del), plain.Foreground(ins)
	st.DelEdit = plain.Foreground(del).Background(c(delBgLight, delBgDark)).Bold(true)
	st.InsEdit = plain.Foreground(ins).Background(c(insBgLight, insBgDark)).Bold(true)
	st.SharedPhrase, st.Unchanged = plain.Underline(true), plain.Foreground(muted).Faint(noColor)
	st.PairStatus = [5]lipgloss.Style{plain.Foreground(muted), plain.Foreground(accent2).Bold(true),
		plain.Foreground(accent), plain.Foreground(del).Bold(true), plain.Foreground(ins).Bold(true)}
	mfg := c(matchFgLight, matchFgDark)
	st.Match = plain.Foreground(mfg).Background(c(matchBgLight, matchBgDark)).Reverse(noColor)
	st.MatchCurrent = plain.Foreground(mfg).Background(c(curBgLight, curBgDark)).Bold(true).
		Reverse(noColor).Underline(noColor)
	st.HitCount = plain.Foreground(accent2).Bold(noColor)
	st.HitReport = plain.Foreground(accent).Bold(true)
	st.PromptError = plain.Foreground(c(errorLight, errorDark)).Bold(noColor)
	if ascii {
		st.glyphs = asciiGlyphs
	}
	if noColor {
		st.glyphs.moved = "m" // plain terminals may lack the arrow
	}
	st.vbar = st.Border.Render(st.glyphs.vertical)
	st.vbarFocused = st.BorderFocused.Render(st.glyphs.vertical)
	return st
}
