// Package doc reads Word 97–2003 documents (.doc) and WPS Office .wps
// files, which are the same binary format, into format.Document.
//
// What it does:
//
//   - Opens the OLE compound file with mscfb, after a guard (ole.go) that
//     checks the header's counts against the file size and walks the
//     directory and mini stream chains itself with a step limit, since
//     mscfb follows chains until they end and recurses once per directory
//     entry. Streams are read in 32 KB calls (mscfb's chain merge is
//     quadratic in the sectors of one call) and never past the file size.
//   - Tells what an OLE file is that it will not read: a Microsoft Works
//     .wps (CONTENTS/MatOST/SPELLING streams, no WordDocument), an
//     encrypted .docx (EncryptionInfo/EncryptedPackage) or an encrypted or
//     obfuscated .doc (FIB flags), an .xls or .ppt, a Word 6.0/95 file
//     (nFib below Word 97's). Each is one clear error.
//   - Reads the FIB (magic 0xA5EC; its parts have counted lengths, so the
//     offsets of ccpText and the fc/lcb pairs are computed), picks 0Table
//     or 1Table by fWhichTblStm, and walks the piece table from the CLX:
//     each piece is cp1252 bytes (fCompressed) or UTF-16LE. Only the first
//     ccpText characters are read: the main document, not the footnotes,
//     headers, comments and text boxes stored after it.
//   - Turns the special characters into structure (text.go): 0x0D ends a
//     paragraph; 0x07 ends a table cell, or with sprmPFTtp a row, and a
//     row becomes one paragraph with its cells joined by format.CellSep
//     (paragraphs inside a cell are joined by a space); 0x0B and 0x0C
//     (line, page and section breaks) split paragraphs; of a field
//     (0x13 instruction 0x14 result 0x15) only the result is kept, nested
//     fields included, except a TOC field's: a table of contents repeats
//     the headings ahead of the text and the parser would take them for
//     the outline; objects (0x01, 0x08), note references and other
//     controls are dropped; 0x1E becomes "-", 0x1F disappears.
//   - Drops text that the document does not show (chpx.go, the CHPX FKPs):
//     tracked deletions (sprmCFRMarkDel) and hidden text (sprmCFVanish).
//   - Reads paragraph properties (papx.go: the PlcBtePapx and its 512-byte
//     PAPX FKPs) and the style sheet (styles.go) for three things: the
//     table flags above; the outline level hint (built-in Heading 1–9 or
//     sprmPOutLvl, through style bases); and automatic numbering.
//   - Writes automatic numbering into the text (lists.go, numfmt.go), as
//     the .docx reader does, because the parser reads levels from markers:
//     the paragraph's list instance (ilfo → LFO → LSTF by lsid) and level
//     give an LVL whose number text has placeholders 0–8 for the current
//     numbers of each level, formatted by nfc (decimal, 01, roman,
//     letters, full-width, circled ①, ⑴, ⒈, 一二三 counting with 十/百,
//     壹贰叁, 甲乙丙, 〇一二 digits; unknown formats fall back to decimal).
//     Counters are kept per list, levels restart under a higher level,
//     LFO start overrides apply once; bullets give no marker.
//   - Takes the title and author from SummaryInformation (in its code
//     page, GB18030 when unknown) and sets Format to WPS when Kingsoft
//     wrote the file (its application name, or the KSOProductBuildVer
//     property WPS Office puts in DocumentSummaryInformation), DOC
//     otherwise. The two are one format; the extension is not seen here.
//
// Bad input never panics (Extract recovers and returns format.ErrCorrupt).
// Work is bounded by the input: pieces must lie inside the WordDocument
// stream and together hold no more bytes than it (overlapping pieces could
// make a small file read for hours), property pages cannot outnumber the
// stream's 512-byte pages, a level's number text is cut at 32 characters.
// Output is capped at format.MaxText, counting a table row as it grows,
// and at a million paragraphs; the context is checked every 64 K
// characters.
//
// Not read: piece-level property modifiers (Prm), so a paragraph whose
// table or list flags come only from a Prm (rare, from fast saves) reads
// as body text; character styles (a toggle "as the style" counts as off);
// Word 6/95 ANLD numbering; the text box, header, footnote and comment
// stories; the file's dates (Meta has no field for them: 成文日期 and
// 发布时间 are the document's, not the file's).
package doc
