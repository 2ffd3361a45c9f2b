// Package pdf reads the text layer of a PDF as paragraphs.
//
// It is a small PDF reader of its own, written for this one job: the PDF
// libraries for Go either extract no text or read it too slowly, without
// positions fit for layout, and panic, loop or exhaust memory on broken
// files. It reads the file's objects through the cross-reference table
// (rebuilt by scanning when it is broken), decodes streams with every
// standard filter but the image ones, decrypts files protected by the
// standard security handler when the user password is empty, and runs each
// page's content streams to place every glyph on the page.
//
// Text comes from the fonts: a ToUnicode map first; for the predefined
// Chinese CMaps used without one (GBK-EUC-H, GBK2K-H, GB-EUC-H,
// GBpc-EUC-H, UniGB-UCS2-H, UniGB-UTF16-H, the Big5 ones) the codes
// themselves, read as GB 18030, UTF-16 or Big5; for simple fonts the
// encoding with its /Differences; for Identity-H without ToUnicode, the
// embedded TrueType program's own cmap table read backwards (truetype.go).
// A font that gives no way to know its characters (a CFF or unembedded
// font with Identity-H and no ToUnicode) yields U+FFFD, and a file that is
// mostly such text is refused (ErrUnmapped), as is one without text
// (ErrScanned). Kangxi radicals (⼀, U+2F00…), which ToUnicode maps often
// give for the ideographs sharing their glyph, are read as the ideographs.
//
// Layout, per page (layout.go): glyphs are turned upright (/Rotate, and
// pages whose text runs sideways), grouped into lines by baseline and
// ordered left to right; a glyph drawn twice over itself counts once; text
// in another direction than the page's (stamps, watermarks), outside the
// page or marked as an artifact is dropped. Then, over the document,
// running heads, feet and page numbers go (furniture.go), and lines are
// joined into paragraphs by indentation, line ends short of the margin,
// size and spacing, also across page breaks (paragraph.go).
//
// Meta comes from the document information dictionary: Title (without a
// word processor's "Microsoft Word - " and file extension), Author, and
// CreationDate as Published (a portal makes the PDF to publish it; it is
// never the 成文日期, which stays in the text).
//
// Buffers (decoded page content, operands, glyphs) hold no pointers where
// they can and are reused from page to page and, through a pool, from file
// to file.
//
// Bounds: nesting depth (64), reference chains (16), cross-reference
// sections (256), pages (5000), decoded bytes per stream (32 MB) and per
// file (256 MB; images are never decoded), glyphs (262 144) and operators
// (16 M) per page, form nesting (12) and format.MaxText; the context's deadline is checked
// between pages and every few thousand operators. A panic is recovered in
// Extract and returned as an error; nothing here starts a goroutine.
package pdf
