// Package docx reads Word .docx files (also .docm, .dotx, and the .docx
// that WPS writes) into a format.Document: the body's paragraphs in
// reading order, the outline levels that heading styles declare, the
// numbers that automatic lists draw, and the core properties.
//
// # How
//
// The zip is opened with archive/zip and every part is streamed through a
// bounded reader: a part may expand at most format.MaxZipRatio times its
// compressed size and at most its cap (document.xml 1 GB, others 16 MB),
// whatever the zip declares. The main document is found as Word finds it,
// from the package relationships ([Content_Types].xml and _rels/.rels, then
// the document's own relationships for styles.xml and numbering.xml), with
// the usual names as a fallback for writers that leave them out. A zip that
// is something else says what: "not a Word document (an .xlsx
// spreadsheet)", an OpenDocument, OFD or EPUB file, a zip of other files.
//
// The XML is read by a small pull scanner (xml.go), not encoding/xml: it
// is several times faster, resolves namespaces (any prefix, a default
// namespace, the strict schema), parses attributes only where they are
// read, and never expands an entity other than the predefined five and
// character references, so a DTD's entities (billion laughs, external
// files) stay as written. It holds one token at a time, at most 16 MB, and
// at most 4096 open elements, and checks the context every few thousand
// tokens.
//
// The body is walked once (body.go, elements.go, props.go, paras.go) with
// a stack of open elements. What shows on the printed page is kept:
//
//   - runs, tabs (as \t), text of fields as shown (w:fldSimple's content,
//     a complex field's result between separate and end; instructions
//     dropped), content controls, hyperlinks, smart tags, ruby bases;
//   - tracked changes as if accepted: insertions and moved-to text kept,
//     deletions and moved-from text dropped, a deleted paragraph mark
//     joining its paragraph to the next, a deleted table row dropped;
//   - text boxes once: of an mc:AlternateContent only the first choice is
//     read (the fallback when the choice shows nothing), and a text box's
//     paragraphs come before the paragraph that anchors it;
//   - tables row by row: a row is a paragraph with its cells joined by
//     format.CellSep (a cell's paragraphs joined by a space, a nested table
//     flattened into its cell the same way); a cell covered by a vertical
//     merge is left out, so merged content is not repeated; a row with one
//     non-empty cell is a layout box and keeps its paragraphs and levels.
//
// Dropped: hidden text (w:vanish, directly or by style), the placeholder of
// an empty content control, a table of contents (a TOC field or a content
// control of the TOC gallery: baogao shows its own outline, and a TOC would
// repeat every heading), footnotes, endnotes, comments, headers and footers
// (other parts, not read), symbol-font characters (U+F000–U+F0FF), and the
// space used as indentation around a paragraph.
//
// A line break (w:br, w:cr) starts a new paragraph. Chinese official
// documents use soft breaks where they mean new paragraphs, and text pasted
// from web pages brings one for every <br>; keeping the pieces apart lets
// the parser see a heading that a break put above its text, and a piece cut
// mid-sentence is joined again by the parser, as for text files. A hidden
// paragraph mark (Word's style separator, used for run-in headings) joins
// the paragraph to the next one.
//
// # Numbering
//
// Word draws the numbers of automatic lists; document.xml has none, and
// the parser reads levels from markers, so the reader writes each marker
// as Word shows it (numbering.go): w:lvlText with %1…%9 substituted, each
// level in its w:numFmt (numfmt.go: chineseCounting 十一, chineseCountingThousand
// 一百零一, ideographTraditional 甲乙, decimalEnclosedCircle ①, decimal,
// decimalZero, decimalFullWidth, letters, Roman numerals, japaneseCounting
// and the other CJK systems; unknown formats as decimal), then w:suff (a tab
// by default, a space, or nothing). Lists come from a paragraph's own
// w:numPr or its style's (through w:basedOn, and w:numStyleLink list
// styles); w:start, w:lvlOverride with w:startOverride or a replacing
// w:lvl, w:lvlRestart, w:isLgl are followed; lists that share an abstract
// definition continue each other as in Word. Bullets show no marker.
//
// # Levels and metadata
//
// Para.Level is the outline level a paragraph declares: its own
// w:outlineLvl, else its style's, else a style named "heading N" or
// "标题 N", through w:basedOn. The core properties give Meta.Title (less a
// "Microsoft Word - " prefix and a file extension), Meta.Author, and
// Meta.Written from the creation date: a weak hint, since a file is often
// created when a report is converted or re-saved, not when it is written.
//
// Not read: the content of w:altChunk (an embedded HTML or RTF file; a
// document that is nothing else is an error saying so), charts, SmartArt,
// WordArt and embedded objects, text in DrawingML shapes outside
// wps:txbx, and a zip so damaged that its central directory is gone.
package docx
