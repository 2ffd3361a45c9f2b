package figures

// Word lists for subjects: what to drop around the words that say what a
// figure counts. Folded forms. They are the genre's vocabulary (reports say
// 全年共开展培训2次, 行政机关负责人出庭应诉率达到100%), kept as data so that
// a new phrasing is one more entry, not one more branch.

// fillers are dropped wherever they stand in a subject; 累计 also becomes
// the figure's qualifier.
var fillers = []string{"今年以来", "年初以来", "全年共", "全年", "今年", "本年度", "年内", "累计", "共计", "总计", "合计", "以来", "去年", "上年"}

// leadingWords are dropped from the start of a subject.
var leadingWords = []string{
	"截至目前", "在全区", "在全市", "在全县", "在全省", "在全国", "已与", "其中", "目前", "先后", "相继",
	"同时", "另外", "此外", "总共", "一共", "全区", "全市", "全县", "全省", "全镇", "各级", "各类",
	"各项", "区级", "市级", "县级", "以及", "共", "为", "对", "向", "与", "和", "及", "已", "还", "并", "均",
	"另", "又", "的", "同比", "比", "较", "即",
}

// genericVerbs are dropped from the start of a subject when something is
// left: 办理行政复议案件54件 counts 行政复议案件, but 受理94件 counts 受理.
var genericVerbs = []string{
	"组织开展", "组织", "开展", "办理", "举办", "召开", "接收", "收到", "受理", "完成", "实现", "实施",
	"设立", "建立", "建成", "公布", "发布", "形成", "编制", "确定", "推出", "打造", "成立", "出台",
	"制定", "印发", "开设", "组成", "组建", "培树", "共有", "现有", "拥有", "涉及", "累计",
}

// trailingWords join a subject to its number and are dropped from its end.
// list marks those that end a list of subjects sharing one number
// (报备率、规范率、及时率均为100%), which is then never cut.
var trailingWords = []struct {
	w        string
	notAfter string // runes before a one-rune word that make it part of a word
	list     bool
}{
	{"分别达到", "", true}, {"均达到", "", true}, {"分别为", "", true}, {"均为", "", true},
	{"均达", "", true}, {"均", "平", true}, {"分别", "", true}, {"持续保持", "", false},
	{"始终保持", "", false}, {"保持在", "", false}, {"稳定在", "", false}, {"保持", "", false},
	{"达到", "", false}, {"已达", "", false}, {"共计", "", false}, {"合计", "", false},
	{"总计", "", false}, {"累计", "", false}, {"同比", "", false}, {"达", "表到发通传下", false},
	{"为", "行作认成因称", false}, {"是", "但于就或只总还凡即", false}, {"计", "统设会审估", false},
	{"共", "公", false}, {"约", "签节制合公契预违履邀", false}, {"到", "达做收得报受", false},
	{"至", "甚以直乃", false}, {"的", "", false}, {"了", "", false}, {"从", "服听顺无自", false},
	{"由", "自理经缘来", false}, {"有", "没具所含", false}, {"等", "平高同对均相", false},
}

// cutVerbs end what a long subject says about who did it: in
// 区委常委会会议专题研究法治建设工作3次 what is counted follows 研究.
var cutVerbs = []string{
	"研究", "听取", "作出", "参加", "参与", "开展", "组织", "召开", "举办", "办理", "办结", "接收",
	"收到", "完成", "签订", "设立", "建立", "发布", "公布", "备案", "审议", "审定", "涉及", "承办",
}

// actionWords, standing alone before a number, count something named by
// the figure before them in the sentence: 行政复议案件96件，受理94件.
var actionWords = []string{
	"受理", "办理", "办结", "结案", "立案", "审结", "开庭", "化解", "维持", "终止", "撤销", "驳回",
	"败诉", "胜诉", "答复", "调解", "纠正", "撤诉", "和解", "处理", "处置", "查处", "审核", "审查",
	"执行", "整改", "采纳", "回复", "转办", "交办", "督办", "反馈", "解决", "未结", "未结案", "申请",
}

// nounStops end the words after a number that name what it counts
// (16台自助服务终端，…; 46个地市签订合作协议).
var nounStops = []string{
	"全覆盖", "开展", "实现", "提供", "签订", "参加", "参与", "进行", "实施", "设立", "合并", "完成",
	"获得", "获评", "纳入", "实行", "入选", "开通", "接受", "通过", "达到", "签约",
	"落户", "兑现", "覆盖", "联合", "用于", "参训", "累计", "共同", "全部", "已经", "分别",
	"同比", "其中", "以及", "提交", "得到", "受到", "作为", "成为", "均已",
	"被评为", "被授予", "被列为", "被确定为", "被命名为", "被表彰",
	"建有", "配备", "普遍", "基本", "启动", "全面", "提高", "增加", "增长", "下降", "减少", "提升", "降低", "上升", "到",
	"向", "已", "的", "作", "共", "均", "在", "为", "对",
}

// listStops end the words after a number only before another number:
// 36个党政机关和4个镇, but 6项区级总体及专项应急预案.
const listStops = "和与及"

// attributeNouns after a generic verb make one noun with it (办理时限,
// 办理环节): the verb is not dropped before them.
var attributeNouns = []string{"时限", "时间", "时长", "环节", "流程", "效率", "程序", "标准", "情况", "人员", "机构", "窗口", "方式", "周期"}

// nounStopExceptions are the words in which a one-rune stop is no stop:
// 工作室, 及时, 中心 ….
var nounStopExceptions = []string{
	"工作", "合作", "协作", "创作", "作品", "作用", "作风", "作业", "及时", "普及", "以及", "涉及",
	"和解", "和谐", "调和", "平和", "为民", "行为", "作为", "在线", "存在", "所在", "向前", "方向",
	"导向", "被告", "参与", "给与", "目的", "有的", "已经", "平均", "均衡", "公共", "共享", "共建",
	"共治", "共同", "总共", "一共", "因为", "对外", "对接", "对象", "对口", "对标", "面对", "针对",
	"相对", "绝对", "核对", "比对", "应对", "反对", "一对", "比例", "比重", "比率", "比赛", "较大", "较好",
}

// changeVerbs, standing alone before a number, say how the figure before
// them changed (浓度30.5微克/立方米、下降6.2%): the subject is that figure's.
var changeVerbs = []string{"增长", "下降", "增加", "减少", "提高", "降低", "上升", "提升", "压减", "压缩", "缩短", "扩大"}

// keepVerbs before a number say what kind of count it is (新增17名政府法律顾问
// counts new ones): they stay in front of the words after the number.
var keepVerbs = []string{"新聘任", "新招录", "新增", "新建", "新设", "新聘", "减少", "增加", "压减", "下降", "增长", "提高", "提升", "降低"}

// prepositions open clauses that say where or how, not what: 在三种不同的地区.
const prepositions = "在从对按据经通随为由自"
