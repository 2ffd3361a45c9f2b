package export

// htmlCSS is the exports' style sheet. Print follows GB/T 9704 (党政机关公文
// 格式): A4, 天头 37 mm, 订口 28 mm (on the left of a right-hand page and
// the right of a left-hand one), a 156 × 225 mm 版心; 仿宋 三号 body, 黑体
// for level 1 and 楷体 for level 2 headings, each with the names Windows,
// macOS and Linux (Noto CJK) know it by. Deletions are struck and
// insertions underlined and bold, so a black-and-white print still tells
// them apart; the colours only help on screen.
const htmlCSS = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@page :left { margin-left: 26mm; margin-right: 28mm; }
:root {
  --fangsong: "仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif;
  --heiti: "黑体", "SimHei", "STHeiti", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
  --kaiti: "楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "Kaiti SC", "AR PL UKai CN", "Noto Serif CJK SC", serif;
  --songti: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "宋体", "SimSun", "STSong", "Noto Serif CJK SC", serif;
}
html { font-family: var(--fangsong); font-size: 16pt; line-height: 1.6; color: #000; background: #fff; }
body { margin: 0 auto; max-width: 60em; padding: 1em; }
@media print { body { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } }
h1.doc-title { font-family: var(--songti); font-size: 22pt; font-weight: normal; text-align: center; margin: 0 0 0.8em; }
h2, .level-1 { font-family: var(--heiti); font-size: 16pt; font-weight: normal; margin: 1.2em 0 0.4em; }
h3, .level-2 { font-family: var(--kaiti); font-size: 16pt; font-weight: normal; margin: 1em 0 0.3em; }
h4, .level-3 { font-family: var(--fangsong); font-size: 16pt; font-weight: bold; margin: 0.8em 0 0.3em; }
h2, h3, h4 { break-after: avoid; }
p { margin: 0; text-indent: 2em; text-align: justify; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 0.3em 0 0.8em; font-size: 12pt; line-height: 1.5; }
thead { display: table-header-group; }
th, td { border: 0.5pt solid #000; padding: 0.2em 0.4em; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { font-family: var(--heiti); font-weight: normal; background: #eee; }
table.pair td { width: 50%; }
td.same { text-align: center; color: #444; }
del { text-decoration: line-through; color: #a00; }
ins { text-decoration: underline; font-weight: bold; color: #0040a0; }
.shared { text-decoration: underline dotted; }
.status { text-indent: 0; font-size: 12pt; color: #333; break-after: avoid; }
table.pair tr:first-child td { break-before: avoid; }
.meta td, .meta th { font-size: 12pt; }
nav ol { margin: 0; padding-left: 2em; font-size: 12pt; list-style: none; }
nav .toc-2 { padding-left: 2em; } nav .toc-3 { padding-left: 4em; }
.legend p, .summary p { text-indent: 0; }
footer { margin-top: 2em; font-size: 10.5pt; border-top: 0.5pt solid #000; padding-top: 0.4em; overflow-wrap: anywhere; }
footer p { text-indent: 0; }
.num { text-align: right; white-space: nowrap; }
`
