// Package html reads the article of a web page: the report a government
// portal publishes (a page saved from the browser, one saved as .txt, or a
// bare fragment) as paragraphs, with the metadata the page carries around
// it. Extract is its one entry; format.Sniff decides that bytes are a page.
//
// How:
//
//   - Decoding (decode.go): a byte order mark; else bytes that are valid
//     UTF-8 are UTF-8, whatever the page declares (a page saved as UTF-8
//     keeps its old charset=gb2312); else the declared charset (the
//     standard's 1024-byte prescan, or charset= later in the head); else
//     GB18030, the superset of GB2312 and GBK that undeclared Chinese pages
//     are in. A declared Latin-1 on a page that is not UTF-8 counts as
//     undeclared.
//   - The walk (walk.go, stack.go, text.go): the golang.org/x/net/html
//     tokenizer, an explicit stack of open elements (at most maxDepth) and
//     a flat list of paragraphs; no tree. Elements close as the HTML
//     standard closes them where text depends on it: a <p> by a block, a
//     cell by the next, end tags within their table, inline end tags
//     without ending the block inside them. Blocks and <br> end
//     paragraphs, a table row is one paragraph with its cells joined by
//     format.CellSep (a row whose cells hold blocks is layout: its cells are
//     paragraphs), h1–h6 give the paragraph's Level and a <br> inside them
//     joins the title's lines. Scripts, styles, form controls, media,
//     comments and hidden elements (display:none, visibility:hidden,
//     hidden) give no text. Blank space collapses; a line break inside
//     Chinese text disappears; indentation (&nbsp; &emsp; U+3000) is
//     trimmed; control characters are dropped, raw or from entities.
//   - The article (choose.go, chrome.go): every paragraph gets a value —
//     prose (Chinese text with sentence punctuation) counts, short
//     unpunctuated lines a little, chrome against: widgets (字号 大 中 小,
//     打印本页, 扫一扫), metadata lines, breadcrumbs, footers, related links,
//     pagers, mostly-link text, and text inside nav/footer/share-named
//     elements. The container is the element whose paragraphs add up to
//     the most; content class and id names (zoom, TRS_Editor, UCAP-CONTENT
//     …) add 5 %, a hint, not the decision. Widgets are dropped everywhere
//     in it, other chrome before its first and after its last paragraph of
//     prose. With no prose anywhere, the page's text minus chrome is taken.
//   - The title (title.go) is found by the title the page declares
//     (ArticleTitle, og:title, the segments of <title>) among the
//     paragraphs above the container or its first lines, up to three lines
//     joined; without a declared title, the nearest heading above it.
//   - Metadata (meta.go, labels.go, date.go): <meta> tags first
//     (ArticleTitle, PubDate, ContentSource, Open Graph, Dublin Core), then
//     labelled lines and metadata tables around the article, never inside
//     it: 发布时间/发布日期/…, 时间/日期 when nothing better says, 来源/信息来源,
//     索引号, 发文机关/发布机构, 成文日期/发文日期, 标题/名称, 作者. Labels
//     match with blanks inside (索 引 号), dates come out as YYYY-MM-DD
//     (2024年3月28日, 2024/3/28, 二〇二四年三月二十八日, full-width digits).
//
// Bounds: the walk looks at ctx every 1024 tokens and the decoder every
// megabyte; text past format.MaxText and pages of over a million
// paragraphs are errors; a panic is recovered and returned as
// format.ErrCorrupt. A page with no text outside scripts, styles, hidden
// elements and chrome is ErrNoText.
//
// Why not html.Parse: it builds a node per element and per text, and a
// 100 MB page of "<p>x" took 21.8 s and 5.8 GB of heap; it refuses pages
// nested deeper than 512. Why not go-readability (measured on the seed
// fixtures and the gov.cn samples): the same outlines, but eleven times
// the CPU time, 2.8 MB more binary, html.Parse underneath, no context and
// none of the metadata lines and tables.
//
// What is left to later steps: the loader's cleaning still drops chrome
// lines this package missed, and Sanitize strips what a terminal must not
// see; this package only never produces control characters itself.
package html
