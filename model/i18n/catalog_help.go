package i18n

// helpMessages are the help texts: the overview (help.main: the command
// list, the flags and the settings file are filled in) and one per command
// (its flags filled in). Each ends with examples a user can type as they
// are; keep them working (TestHelpExamples runs them).
var helpMessages = map[string]message{
	"help.usage":      {"Usage", "用法"},
	"help.usage_line": {"Usage: %s  (more: '%s')", "用法：%s  （详见 '%s'）"},
	"help.default":    {" (default %s)", "（默认 %s）"},

	"help.main": {`baogao reads and compares Chinese government annual reports.

Usage:
  baogao [flags] [PATH...]          open the reader
  baogao COMMAND [flags] [ARGS...]  print something and exit
  baogao help [COMMAND]             this help, or a command's

Commands:
%s
PATH is a report file (.txt .md .docx .doc .pdf .html) or a folder of
them. With none, the folders of the settings file are opened, or else the
sample reports built in. Every command takes reports the same way: PATHs
to load, then words that pick one (its number in 'baogao list', its ID, or
words from its unit, city, year or title: 历下 2024).

Flags:
%s
Examples:
  baogao reports/                      read the reports in a folder
  baogao list reports/ 2024            the 2024 reports in a folder
  baogao outline reports/ 历下 2024    a report's sections
  baogao show 历下 2024 不足           the part on shortcomings
  baogao search 法治 政府 reports/     paragraphs with both words
  baogao diff reports/ 历下 2020 2024  compare two years of a unit

Settings: %s
`, `baogao 阅读和对比政府年度报告（法治政府建设年度报告、政府工作报告）。

用法：
  baogao [选项] [PATH...]       打开阅读界面
  baogao 命令 [选项] [参数...]  打印结果后退出
  baogao help [命令]            显示本帮助或某个命令的帮助

命令：
%s
PATH 是报告文件（.txt .md .docx .doc .pdf .html）或存放报告的文件夹。
不给 PATH 时，打开设置文件中的文件夹，否则打开内置的示例报告。
各命令指明报告的方式相同：先给要载入的 PATH，再用词指明其中一份
（'baogao list' 中的序号、ID，或单位、城市、年度、标题中的词：历下 2024）。

选项：
%s
示例：
  baogao reports/                      阅读文件夹中的报告
  baogao list reports/ 2024            列出文件夹中 2024 年度的报告
  baogao outline reports/ 历下 2024    一份报告的章节目录
  baogao show 历下 2024 不足           “存在的不足”这一部分
  baogao search 法治 政府 reports/     同时含有两个词的段落
  baogao diff reports/ 历下 2020 2024  对比同一单位的两个年度

设置文件：%s
`},

	"help.list": {`Usage: baogao list [--json] [PATH...] [WORDS...]

Lists the loaded reports, one a line: number, ID, unit, year, sections,
characters and title. With WORDS, only the reports that hold them all (in
the unit, city, year, title or ID); the numbers stay those of all the
loaded reports, as the other commands take them.

Flags:
%s
Examples:
  baogao list
  baogao list reports/
  baogao list reports/ 2024
  baogao list reports/ 历下 --json
`, `用法：baogao list [--json] [PATH...] [词...]

列出载入的报告，每份一行：序号、ID、单位、年度、节数、字数和标题。
给出词时，只列出（在单位、城市、年度、标题或 ID 中）含有全部这些词的报告；
序号仍是全部载入报告中的序号，与其他命令所用的一致。

选项：
%s
示例：
  baogao list
  baogao list reports/
  baogao list reports/ 2024
  baogao list reports/ 历下 --json
`},

	"help.outline": {`Usage: baogao outline [--json] [PATH...] [REPORT]

Prints a report's section tree: the dotted path of each section (2.3, as
'baogao show' takes it), its heading indented by depth, and the mandated
part each top-level part covers ([measures], [shortcomings], [duties],
[plans], [other]).

REPORT is its number in 'baogao list', its ID, or words from its unit,
city, year or title; it may be left out when the PATHs hold one report.

Flags:
%s
Examples:
  baogao outline 历下 2024
  baogao outline reports/ 周村 2023
  baogao outline report.txt --json
`, `用法：baogao outline [--json] [PATH...] [报告]

打印一份报告的章节目录：每节的序号路径（如 2.3，'baogao show' 即用此路径）、
按层级缩进的标题，以及每个一级部分对应的规定内容（[举措和成效]、[不足和原因]、
[第一责任人职责]、[下一年度安排]、[其他情况]）。

报告可以是 'baogao list' 中的序号、ID，或单位、城市、年度、标题中的词；
PATH 中只有一份报告时可以不写。

选项：
%s
示例：
  baogao outline 历下 2024
  baogao outline reports/ 周村 2023
  baogao outline report.txt --json
`},

	"help.show": {`Usage: baogao show [PATH...] [REPORT] [SECTION]

Prints a report's cleaned text, or one section's: the headings above it on
one line, then the section, its heading once.

SECTION is a dotted path (2.3), a label path (二/三, 一/（二）/2), - for the
title and preamble, or a mandated part by a word of it (不足, 安排, 举措,
第一责任人, 其他; or shortcomings, plans …), or words of a heading.
REPORT is as for 'baogao outline'.

Flags:
%s
Examples:
  baogao show 历下 2024 2.3
  baogao show 济宁 一/（二）/2
  baogao show 历下 2024 不足
  baogao show reports/ 周村 安排
  baogao show report.txt -
`, `用法：baogao show [PATH...] [报告] [节]

打印一份报告清理后的全文，或其中一节：先在一行中列出它上级的标题，
再打印这一节（标题只出现一次）。

节可以是序号路径（2.3）、标号路径（二/三、一/（二）/2）、- （标题和导语），
也可以用一个词指明规定内容（不足、安排、举措、第一责任人、其他），
或用标题中的词。报告的写法同 'baogao outline'。

选项：
%s
示例：
  baogao show 历下 2024 2.3
  baogao show 济宁 一/（二）/2
  baogao show 历下 2024 不足
  baogao show reports/ 周村 安排
  baogao show report.txt -
`},

	"help.search": {`Usage: baogao search [--json] [--count] [--regex] QUERY... [PATH...]

Finds paragraphs that hold all the words of QUERY, in the reports of the
PATHs (the sample reports when there are none). Arguments that are files or
folders are searched; all the others are query words, no quotes needed.
"a phrase" in double quotes must occur as it is; with --regex QUERY is one
Go regular expression. Width, case, Traditional characters and spaces next
to Chinese do not matter: （一）=(一), １００％=100%%, 楓橋經驗=枫桥经验.

Prints ID  SECTION  SNIPPET per hit (SECTION - for the title and
preamble). Exit status 0 when something matched, 1 when nothing did, 2 on
error.

Flags:
%s
Examples:
  baogao search 法治 政府 建设
  baogao search 行政复议 reports/
  baogao search '"府院联动"' reports/ --count
  baogao search --regex '复议.{0,6}件' reports/
`, `用法：baogao search [--json] [--count] [--regex] 查询词... [PATH...]

在 PATH 的报告（不给时为示例报告）中查找同时含有全部查询词的段落。
是文件或文件夹的参数被搜索，其余参数都是查询词，不必加引号。
用双引号括起的 "短语" 须原样出现；用 --regex 时查询是一个 Go 正则表达式。
全角半角、大小写、繁简体以及中文旁的空格都不影响匹配：
（一）=(一)、１００％=100%%、楓橋經驗=枫桥经验。

每个命中打印一行：ID  节  摘录（标题和导语的节为 -）。
有命中时退出码为 0，没有为 1，出错为 2。

选项：
%s
示例：
  baogao search 法治 政府 建设
  baogao search 行政复议 reports/
  baogao search '"府院联动"' reports/ --count
  baogao search --regex '复议.{0,6}件' reports/
`},

	"help.diff": {`Usage: baogao diff [--json] [--unified|--side-by-side] [--width N] [PATH...] A B

Compares two reports section by section: pairs of sections in reading
order with their status and similarity, and within each pair the changed
sentences with the edit marked ([-removed-]{+added+} without colour).

A and B are two files, or two reports named as for 'baogao outline', each
in quotes ('历下 2024' '周村 2023'); words shared by both may be given once
(历下 2023 2024). On a terminal, without --json, --unified, --side-by-side
or --width, the app opens comparing A and B.

--export FORMAT -o FILE writes the comparison as a file instead:
  html: a page to print or mail, the 对照表 with a summary and contents
  docx: Word/WPS with tracked changes (accept all gives B, reject all gives A)
  docx-table: the two-column 对照表 in Word (A | B | 状态)
  md: Markdown for wikis
  csv, xlsx: the figures table for Excel (CSV in UTF-8 with a BOM, CRLF)

Flags:
%s
Examples:
  baogao diff 历下 2020 2024
  baogao diff '历下 2024' '周村 2023' --unified
  baogao diff old.txt new.txt --side-by-side --width 160
  baogao diff reports/ 历下 2020 2024 --json
`, `用法：baogao diff [--json] [--unified|--side-by-side] [--width N] [PATH...] A B

逐节对比两份报告：按阅读顺序列出配对的节及其状态和相似度，
每对节下列出改动的句子并标出改动（无颜色时为 [-删去-]{+新增+}）。

A 和 B 是两个文件，或按 'baogao outline' 的写法指明的两份报告，
各用引号括起（'历下 2024' '周村 2023'）；两者共有的词可以只写一次
（历下 2023 2024）。在终端上且未给 --json、--unified、--side-by-side、
--width 时，打开对比界面。

用 --export 格式 -o 文件 则把对比结果写成文件：
  html：可打印、可发送的网页对照表，附摘要和目录
  docx：带修订的 Word/WPS 文件（接受所有修订得 B，拒绝所有修订得 A）
  docx-table：Word 两栏对照表（A | B | 状态）
  md：供 wiki 使用的 Markdown
  csv、xlsx：供 Excel 使用的指标表（CSV 为带 BOM 的 UTF-8，CRLF 换行）

选项：
%s
示例：
  baogao diff 历下 2020 2024
  baogao diff '历下 2024' '周村 2023' --unified
  baogao diff old.txt new.txt --side-by-side --width 160
  baogao diff reports/ 历下 2020 2024 --json
`},

	"help.check": {`Usage: baogao check [--json] [--color WHEN] [PATH...] [REPORT...]

The completeness check (体检): each criterion of a report (the five
mandated parts, causes given for the shortcomings, title, 落款, year,
publication date, figures and cases, copied shortcomings, headings) pass,
warn, fail or info, with the evidence. Without REPORT, every report loaded.
Exit status 1 when any criterion of any report fails; model/check/CRITERIA.md
lists them.

REPORT is as for 'baogao outline'; several are given each in quotes
('历下 2024' '周村 2023'), or unquoted when the words can be read only one
way (历下 2024 周村 2023); a folder alone stands for every report in it,
beside words it is where they look.

Flags:
%s
Examples:
  baogao check 历下 2024
  baogao check 历下 2024 周村 2023
  baogao check reports/ --json
`, `用法：baogao check [--json] [--color WHEN] [PATH...] [报告...]

体检：逐项检查报告（规定的五个部分、不足是否分析原因、标题、落款、年度、
发布日期、数据和案例、不足是否照抄、标题层级），每项给出符合、提醒、不符或
说明，并附依据。不给报告时检查全部载入的报告。有任何一项不符时退出码为 1；
各项标准见 model/check/CRITERIA.md。

报告的写法同 'baogao outline'；几份报告各用引号括起（'历下 2024' '周村 2023'），
只有一种读法时也可以不加引号（历下 2024 周村 2023）；单独给出的文件夹代表其中
的全部报告，与词一起给出时则在其中查找。

选项：
%s
示例：
  baogao check 历下 2024
  baogao check '历下 2024' '周村 2023'
  baogao check reports/ --json
`},

	"help.figures": {`Usage: baogao figures [--json|--csv] [PATH...] REPORT...

One report: its key figures (what each counts, value, unit, section).
Two or more: the figures that correspond (same subject and unit in aligned
sections), with the change from the first to the last; one unit's reports
are put in year order. REPORT is as for 'baogao check'; words shared by
several may be given once (历下 2020 2024).

Flags:
%s
Examples:
  baogao figures 历下 2024
  baogao figures 历下 2020 2024
  baogao figures '历下 2020' '历下 2024' --csv
`, `用法：baogao figures [--json|--csv] [PATH...] 报告...

一份报告：列出其主要数据（统计的是什么、数值、单位、所在的节）。
两份以上：列出相互对应的数据（对应的节中主语和单位相同），并给出从第一份到
最后一份的变化；同一单位的报告按年度排列。报告的写法同 'baogao check'；
几份共有的词可以只写一次（历下 2020 2024）。

选项：
%s
示例：
  baogao figures 历下 2024
  baogao figures 历下 2020 2024
  baogao figures '历下 2020' '历下 2024' --csv
`},

	"help.followup": {`Usage: baogao followup [--json] [PATH...] A B

Follows each item of A's plans for the next year (下一年度安排) into B, the
next year's report: whether it was carried out, and B's sentences that do.
A and B are named as for 'baogao diff'.

Flags:
%s
Examples:
  baogao followup 历下 2020 2024
  baogao followup old.txt new.txt --json
`, `用法：baogao followup [--json] [PATH...] A B

把 A 的下一年度安排逐项对照 B（下一年度的报告）：是否落实，以及 B 中落实它
的句子。A 和 B 的写法同 'baogao diff'。

选项：
%s
示例：
  baogao followup 历下 2020 2024
  baogao followup old.txt new.txt --json
`},

	"help.timeline": {`Usage: baogao timeline [--json] [PATH...]

The loaded reports grouped by unit (district, city, province, department),
each unit's years side by side; with no PATH, the samples.

Flags:
%s
Examples:
  baogao timeline
  baogao timeline reports/ --json
`, `用法：baogao timeline [--json] [PATH...]

把载入的报告按单位（区县、市、省、部门）分组，同一单位的各年度并列；
不给 PATH 时为示例报告。

选项：
%s
示例：
  baogao timeline
  baogao timeline reports/ --json
`},
}
