// Package format turns a published document's bytes into paragraphs of
// text: web pages, Word .docx, Word 97–2003 .doc and WPS .wps, PDF with a
// text layer, and plain text.
//
// It is the first step of loading (bytes → text by format → decode → clean
// → parse → metadata → Report). Each format is a sub-package with one
// Extract function; Sniff tells the format from the bytes, never from the
// file name, so a page saved as .txt is still read as HTML.
//
// What comes out is a Document: paragraphs in reading order (a table row is
// one paragraph, its cells joined by CellSep), an outline level where the
// document itself declares one (a Word heading style, an HTML h1–h6), and
// the metadata the document carries that cleaning would throw away
// (<title>, 发布时间, 来源, 索引号, 发文机关, 成文日期). Numbering that Word
// draws (numbering.xml) is written into the text as the marker it shows
// (一、 （一） 1.), because the parser reads levels from markers.
//
// Every extractor is bounded: input size (the loader's cap), extracted text
// (MaxText), zip entries and ratios (MaxZipRatio), and time (the context's
// deadline; PDF pages are many). A malformed document is an error, never a
// panic: extractors recover from panics in the libraries they call and
// return them as errors, per file.
package format
