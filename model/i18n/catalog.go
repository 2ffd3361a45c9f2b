package i18n

// message is one message in both languages.
type message struct{ en, zh string }

// catalog holds every message but the help texts (catalog_help.go), by key.
// The Chinese follows the usage of the reports themselves: 节 for a
// section, 单位 for the district or department that reports, 落款 for the
// signature.
var catalog = merge(cliMessages, diffMessages, helpMessages)

func merge(parts ...map[string]message) map[string]message {
	out := map[string]message{}
	for _, p := range parts {
		for k, v := range p {
			out[k] = v
		}
	}
	return out
}

var cliMessages = map[string]message{
	// Command summaries, as the overview lists them.
	"cmd.list":         {"list the loaded reports", "列出载入的报告"},
	"cmd.outline":      {"print a report's section tree", "打印一份报告的章节目录"},
	"cmd.show":         {"print a report's text, or one section's", "打印一份报告的全文或其中一节"},
	"cmd.search":       {"find words in the reports", "在报告中查找词语"},
	"cmd.diff":         {"compare two reports section by section", "逐节对比两份报告"},
	"cmd.index":        {"build or update a folder's search index", "建立或更新文件夹的搜索索引"},
	"flag.rm":          {"remove the folders' indexes", "删除这些文件夹的索引"},
	"err.export_print": {"--export writes a file; --json, --unified, --side-by-side and --width are for printing", "--export 写文件；--json、--unified、--side-by-side 和 --width 用于打印，不能同用"},
	"index.removed":    {"%s: index removed", "%s：索引已删除"},
	"cmd.check":        {"check reports for the mandated parts and what evaluators ask", "体检：检查报告是否具备规定的各部分及评估所看的内容"},
	"cmd.figures":      {"the key figures of a report, or of several side by side", "一份报告的主要数据，或几份并列对比"},
	"cmd.followup":     {"last year's plans followed into this year's report", "上一年度的工作安排在下一年度报告中的落实"},
	"cmd.timeline":     {"the reports by unit, a unit's years side by side", "按单位排列报告，同一单位的各年度并列"},
	"cmd.help":         {"show the help of baogao or of a command", "显示 baogao 或某个命令的帮助"},

	// Flags.
	"flag.ambiguous": {"width of East Asian ambiguous characters (“ ” … —): narrow, wide or auto (ask the terminal); env BAOGAO_AMBIGUOUS",
		"东亚歧义宽度字符（“ ” … —）的宽度：narrow（窄）、wide（宽）或 auto（询问终端）；环境变量 BAOGAO_AMBIGUOUS"},
	"flag.in":           {"load reports from this file or folder, as a PATH argument does (repeatable)", "从此文件或文件夹载入报告，与 PATH 参数相同（可重复）"},
	"flag.json":         {"print JSON for scripts (keys in English)", "输出供脚本使用的 JSON（键名为英文）"},
	"flag.version":      {"print the version and exit", "打印版本后退出"},
	"flag.lang":         {"language of messages and help: zh or en (default: the locale's)", "提示与帮助的语言：zh 或 en（默认随系统语言环境）"},
	"flag.unified":      {"one column (the default below 120 columns and when not a terminal)", "单栏输出（终端不足 120 列或不是终端时的默认方式）"},
	"flag.side_by_side": {"A on the left, B on the right", "左右并排：左 A 右 B"},
	"flag.width":        {"output width in columns (default: the terminal's, or 80)", "输出宽度，单位为列（默认取终端宽度，否则 80）"},
	"flag.search_json": {"print JSON: the query, the total and per report its id, count and hits (section, title, start, end, snippet); start and end are rune offsets in what 'baogao show ID SECTION' prints",
		"输出 JSON：查询、总数，以及每份报告的 id、count 和命中（section、title、start、end、snippet）；start 和 end 是在 'baogao show ID SECTION' 输出中的字符偏移"},
	"flag.check_color": {"colour the verdicts: auto (on a terminal, unless NO_COLOR is set), always or never",
		"为结论着色：auto（在终端上且未设 NO_COLOR 时）、always（总是）或 never（从不）"},
	"flag.csv":    {"print CSV for spreadsheets (UTF-8 with BOM, CRLF: Excel opens it as it is)", "输出供电子表格使用的 CSV（UTF-8 带 BOM、CRLF：Excel 可直接打开）"},
	"flag.export": {"write the result as a file: %s", "把结果写成文件：%s"},
	"flag.o":      {"with --export: the file to write (- for standard output)", "与 --export 同用：要写的文件（- 为标准输出）"},
	"flag.force":  {"with --export: overwrite an existing file", "与 --export 同用：覆盖已有的文件"},
	"flag.full":   {"with --export: unchanged sentences in full, not counted", "与 --export 同用：未变的句子全文列出，而不只计数"},
	"flag.count":  {"print the number of hits per report (ID  N), like rg -c", "只打印每份报告的命中数（ID  N），同 rg -c"},
	"flag.regex":  {"QUERY is a Go regular expression (https://golang.org/s/re2syntax)", "QUERY 是 Go 正则表达式（https://golang.org/s/re2syntax）"},
	"flag.color": {"highlight matches: auto (on a terminal, unless NO_COLOR is set), always or never",
		"高亮匹配：auto（在终端上且未设 NO_COLOR 时）、always（总是）或 never（从不）"},

	// Errors and notes; the caller puts "baogao: " before them.
	"err.nothing_loaded":       {"no report could be loaded", "没有能载入的报告"},
	"err.flag_undefined":       {"unknown flag %s", "没有 %s 这个选项"},
	"err.flag_needs_value":     {"flag %s needs a value", "选项 %s 需要一个值"},
	"err.dash_name":            {"%s was read as a flag; put -- before file names that start with -", "%s 被当成了选项；以 - 开头的文件名前请加 --"},
	"err.ambiguous":            {"--ambiguous must be narrow, wide or auto, not %s", "--ambiguous 只能是 narrow、wide 或 auto，而不是 %s"},
	"err.lang":                 {"--lang must be zh or en, not %s", "--lang 只能是 zh 或 en，而不是 %s"},
	"err.config":               {"%v; using the defaults", "%v；改用默认设置"},
	"err.help_args":            {"help takes one command at most: baogao help list", "help 最多接一个命令名：baogao help list"},
	"err.unknown_command":      {"%s is neither a command nor a file (see 'baogao help')", "%s 既不是命令也不是文件（见 'baogao help'）"},
	"err.unknown_command_near": {"unknown command %s; did you mean %s?", "没有 %s 这个命令；是不是要用 %s？"},
	"err.which_report": {"%d reports are loaded; name one by its number in 'baogao list', its ID or words (历下 2024)",
		"载入了 %d 份报告；请指明一份：'baogao list' 中的序号、ID，或单位、年度等词（历下 2024）"},
	"err.list_no_match": {"no report matches %s among the %d loaded", "载入的 %[2]d 份报告中没有与 %[1]s 相符的"},
	"err.outline_args":  {"outline needs a report: a file, or words that name one (历下 2024)", "outline 需要指明一份报告：文件，或能指明它的词（历下 2024）"},
	"err.show_args":     {"show needs a report: a file, or words that name one (历下 2024), and maybe a section", "show 需要指明一份报告：文件，或能指明它的词（历下 2024），可再加一节"},
	"err.search_args":   {"search needs a query: words that must all occur in one paragraph", "search 需要查询词：同一段中都要出现的词"},
	"err.regex_words":   {"with --regex the query is one argument, not %d; quote it: '法治.{0,4}建设'", "用 --regex 时查询只能是一个参数，而不是 %d 个；请加引号：'法治.{0,4}建设'"},
	"err.empty_query":   {"empty search: give words to look for", "查询为空：请给出要查找的词"},
	"err.color":         {"--color must be auto, always or never, not %s", "--color 只能是 auto、always 或 never，而不是 %s"},
	"err.no_section":    {"%[1]s has no section %[2]s (see 'baogao outline %[1]s')", "%[1]s 中没有 %[2]s 这一节（见 'baogao outline %[1]s'）"},
	"err.no_preamble":   {"%[1]s has no title or preamble (see 'baogao outline %[1]s')", "%[1]s 没有标题或导语（见 'baogao outline %[1]s'）"},
	"err.index_or_id": {"%[1]s matches 2 reports: %[2]s (#%[3]s in 'baogao list') and %[4]s (its ID); name the file by its path",
		"%[1]s 对应两份报告：%[2]s（'baogao list' 中的第 %[3]s 号）和 %[4]s（ID）；请用文件路径指明"},
	"err.no_file_or_report": {"%s is neither a file nor a report's ID (see 'baogao list')", "%s 既不是文件，也不是报告的 ID（见 'baogao list'）"},
	"err.no_match":          {"no report matches %s (see 'baogao list')", "没有与 %s 相符的报告（见 'baogao list'）"},
	"err.several_match":     {"%s matches %d reports: %s; add words (a year, a unit) or use an ID", "%s 对应 %d 份报告：%s；请再加词（年度、单位）或用 ID"},
	"err.unified_side":      {"--unified and --side-by-side exclude each other", "--unified 和 --side-by-side 不能同时使用"},
	"err.width":             {"--width must be at least 20", "--width 至少为 20"},
	"err.diff_args": {"diff takes two reports, A and B (got %d): two files, or words for each in quotes: baogao diff '历下 2024' '周村 2023'",
		"diff 需要两份报告 A 和 B（现有 %d 份）：两个文件，或各用引号括起的词：baogao diff '历下 2024' '周村 2023'"},
	"err.not_loaded":         {"%s could not be loaded", "%s 未能载入"},
	"err.diff_words":         {"%s does not name two reports; quote each: '历下 2023' '历下 2024'", "%s 指明不了两份报告；请分别加引号：'历下 2023' '历下 2024'"},
	"err.diff_words_several": {"%s names two reports in %d ways; quote each: '历下 2023' '历下 2024'", "%s 可以有 %d 种理解；请分别加引号：'历下 2023' '历下 2024'"},
	"note.query_word":        {"%s is no file or folder; searching for it as a word", "%s 不是文件或文件夹；当作查询词"},

	// Exports (--export).
	"export.flags_alone":   {"-o, --force and --full go with --export FORMAT", "-o、--force 和 --full 须与 --export 格式 同用"},
	"export.bad_format":    {"--export takes %s, not %s", "--export 只能是 %s，而不是 %s"},
	"export.needs_o":       {"--export needs -o FILE (or -o - for standard output)", "--export 需要 -o 文件（或 -o - 输出到标准输出）"},
	"export.docx_terminal": {"a .docx or .xlsx is a zip file, not for a terminal; give -o FILE, or pipe -o - into a file", ".docx 或 .xlsx 是 zip 文件，不能输出到终端；请用 -o 文件，或把 -o - 重定向到文件"},
	"export.exists":        {"%s exists; add --force to overwrite it", "%s 已存在；加 --force 可覆盖"},
	"export.cannot_write":  {"cannot write %s: %v", "无法写入 %s：%v"},
	"export.wrote":         {"wrote %s", "已写入 %s"},
	"export.is_input":      {"%s is an input (%s); choose another -o", "%s 是输入的报告（%s）；请换一个 -o"},
	"err.json_csv":         {"--json and --csv exclude each other", "--json 和 --csv 不能同时使用"},

	// Why a file did not load.
	"load.skipped":     {"skipped (%s)", "已跳过（%s）"},
	"load.not_txt":     {"not .txt or .md", "不是 .txt 或 .md 文件"},
	"load.not_regular": {"not a regular file", "不是普通文件"},
	"load.not_exist":   {"no such file or directory", "没有这个文件或文件夹"},
	"load.permission":  {"permission denied", "没有读取权限"},
	"load.is_dir":      {"is a directory", "是文件夹"},
	"load.empty":       {"empty file", "空文件"},
	"load.binary":      {"binary file, not text", "二进制文件，不是文本"},

	// list's column headers, separated by |.
	"list.header": {"#|ID|UNIT|YEAR|SECTIONS|CHARS|TITLE", "#|ID|单位|年度|节数|字数|标题"},

	// The mandated topics, as outline tags parts with them.
	"topic.measures":     {"measures", "举措和成效"},
	"topic.shortcomings": {"shortcomings", "不足和原因"},
	"topic.duties":       {"duties", "第一责任人职责"},
	"topic.plans":        {"plans", "下一年度安排"},
	"topic.other":        {"other", "其他情况"},
}

// diffMessages are the words of baogao diff's plain-text output.
var diffMessages = map[string]message{
	"diff.title":     {"title: ", "标题："},
	"diff.signature": {"signature: ", "落款："},
	"diff.summary": {"%d%% similar · sections: %d same, %d changed, %d parallel, %d only in A, %d only in B · sentences: %d same, %d changed, %d added, %d removed, %d moved",
		"相似度 %d%% · 节：相同 %d，改动 %d，并列 %d，仅 A 有 %d，仅 B 有 %d · 句：相同 %d，改动 %d，新增 %d，删去 %d，移动 %d"},
	"diff.unchanged":       {"… %d unchanged", "…… %d 句未变"},
	"flag.diff_color":      {"mark changes in colour: auto (on a terminal, unless NO_COLOR is set), always or never", "改动着色：auto（终端上，未设 NO_COLOR 时）、always 或 never"},
	"flag.years":           {"show the sentences that differ only by years moved on by the reports' year difference", "显示仅年份按两份报告年份差顺延的句子"},
	"flag.pair":            {"pair by hand `A=B`: A's section path with B's, as outline prints them (2.4=1.3; 2.4=- keeps 2.4 unpaired; repeatable)", "手动配对 `A=B`：A 的章节路径与 B 的，按 outline 所列（2.4=1.3；2.4=- 不配对；可重复）"},
	"diff.unchanged_years": {" (%d only by their years, --years shows them)", "（其中 %d 句仅年份顺延，--years 显示）"},
	"diff.preamble":        {"(preamble)", "（导语）"},
	"diff.status.same":     {"same", "相同"},
	"diff.status.changed":  {"changed", "改动"},
	"diff.status.parallel": {"parallel", "并列"},
	"diff.status.only-A":   {"only in A", "仅 A 有"},
	"diff.status.only-B":   {"only in B", "仅 B 有"},
	"diff.moved":           {", moved", "，移动"},
	"diff.pinned":          {", pinned", "，手动配对"},
}
